import { COLUMN_NAMES, type ColumnName } from "./columns.ts";
import { readCsvRecords } from "./csv-records.ts";
import type { DataIssue } from "./issues.ts";
import { requestRowSchema, type RowFigures } from "./schemas/request-row.ts";
import { issuesFromZod } from "./zod-issues.ts";

/** One validated row of a period file: the schema's output plus where it came from. */
export type RequestRow = RowFigures & {
  /** Line in the source file, kept so later checks can point at it. */
  line: number;
};

type HeaderCheck = { columns: ColumnName[]; issues: DataIssue[] };

function checkHeader(file: string, header: readonly string[]): HeaderCheck {
  const issues: DataIssue[] = [];
  const seen = new Set<string>();
  header.forEach((name, index) => {
    const column = name === "" ? `cell ${index + 1}` : name;
    if (seen.has(name)) {
      issues.push({ file, line: 1, column, value: name, message: "is a duplicate column in the header" });
    } else if (!(COLUMN_NAMES as readonly string[]).includes(name)) {
      issues.push({
        file,
        line: 1,
        column,
        value: name,
        message: `is not a known column; expected ${COLUMN_NAMES.join(", ")}`,
      });
    }
    seen.add(name);
  });
  for (const name of COLUMN_NAMES) {
    if (!seen.has(name)) issues.push({ file, line: 1, column: name, message: "column is missing from the header" });
  }
  return { columns: header as ColumnName[], issues };
}

/**
 * Validates the text of one period file: the header, then every row against
 * the row schema, then the rules across rows. Returns every issue found.
 */
export function validatePeriodFile(file: string, text: string): { rows: RequestRow[]; issues: DataIssue[] } {
  if (text.replace(/^\uFEFF/, "").trim() === "") {
    return { rows: [], issues: [{ file, message: "is empty; expected a header row and one row per country" }] };
  }
  const { records, issues } = readCsvRecords(file, text);
  const [headerRecord, ...body] = records;
  if (!headerRecord) return { rows: [], issues };
  const header = checkHeader(file, headerRecord.cells);
  for (const issue of header.issues) issues.push(issue);
  if (header.issues.length > 0) return { rows: [], issues };
  if (body.length === 0 && issues.length === 0) {
    issues.push({ file, line: 1, message: "has a header but no data rows; a period needs at least one country" });
  }

  const rows: RequestRow[] = [];
  const firstLineOfCode = new Map<string, number>();
  for (const record of body) {
    if (record.cells.length !== header.columns.length) {
      issues.push({
        file,
        line: record.line,
        column: "(row)",
        value: record.cells.join(","),
        message: `has ${record.cells.length} cells, but the header has ${header.columns.length}`,
      });
      continue;
    }
    const input: Record<string, string> = Object.fromEntries(
      header.columns.map((name, i) => [name, record.cells[i] ?? ""]),
    );
    const parsed = requestRowSchema.safeParse(input);
    if (!parsed.success) {
      const found = issuesFromZod(parsed.error, { file, line: record.line }, (column) => input[column]);
      for (const issue of found) issues.push(issue.column ? issue : { ...issue, column: "(row)" });
      continue;
    }
    const row = parsed.data;
    const earlier = firstLineOfCode.get(row.countryCode);
    if (earlier !== undefined) {
      issues.push({
        file,
        line: record.line,
        column: "country_code",
        value: row.countryCode,
        message: `appears more than once; first on line ${earlier}. A country has one row per period`,
      });
      continue;
    }
    firstLineOfCode.set(row.countryCode, record.line);
    rows.push({ ...row, line: record.line });
  }
  return { rows, issues };
}
