import { COLUMN_NAMES, type ColumnName } from "./columns.ts";
import { readCsvRecords } from "./csv-records.ts";
import type { DataIssue } from "./issues.ts";
import { requestRowSchema } from "./schemas/request-row.ts";

/** One validated row of a period file. */
export interface RequestRow {
  /** ISO 3166-1 alpha-2 code, upper case. */
  countryCode: string;
  /** The publisher's display name. */
  country: string;
  requests: number;
  /** `null` when not reported. */
  accounts: number | null;
  content: number;
  nonContent: number;
  noData: number;
  rejected: number;
  /** Line in the source file, kept so later checks can point at it. */
  line: number;
}

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
  issues.push(...header.issues);
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
    const input = Object.fromEntries(header.columns.map((name, i) => [name, record.cells[i] ?? ""]));
    const parsed = requestRowSchema.safeParse(input);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const column = String(issue.path[0] ?? "(row)");
        issues.push({ file, line: record.line, column, value: input[column] ?? "", message: issue.message });
      }
      continue;
    }
    const row = parsed.data;
    const earlier = firstLineOfCode.get(row.country_code);
    if (earlier !== undefined) {
      issues.push({
        file,
        line: record.line,
        column: "country_code",
        value: row.country_code,
        message: `appears more than once; first on line ${earlier}. A country has one row per period`,
      });
      continue;
    }
    firstLineOfCode.set(row.country_code, record.line);
    rows.push({
      countryCode: row.country_code,
      country: row.country,
      requests: row.requests,
      accounts: row.accounts,
      content: row.content,
      nonContent: row.non_content,
      noData: row.no_data,
      rejected: row.rejected,
      line: record.line,
    });
  }
  return { rows, issues };
}
