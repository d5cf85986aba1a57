import { COLUMN_NAMES } from "./columns.ts";
import { readCsvRecords } from "./csv-records.ts";
import type { DataIssue } from "./issues.ts";
import { requestRowSchema, type RowFigures } from "./schemas/request-row.ts";
import { headerIssues, raggedRowIssue, rowCells, rowIssues } from "./csv-table.ts";

/** One validated row of a period file: the schema's output plus where it came from. */
export type RequestRow = RowFigures & {
  /** Line in the source file, kept so later checks can point at it. */
  line: number;
};

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
  const columns = headerRecord.cells;
  const problems = headerIssues(file, columns, COLUMN_NAMES);
  for (const issue of problems) issues.push(issue);
  if (problems.length > 0) return { rows: [], issues };
  if (body.length === 0 && issues.length === 0) {
    issues.push({ file, line: 1, message: "has a header but no data rows; a period needs at least one country" });
  }

  const rows: RequestRow[] = [];
  const firstLineOfCode = new Map<string, number>();
  for (const record of body) {
    const ragged = raggedRowIssue(file, record, columns.length);
    if (ragged) {
      issues.push(ragged);
      continue;
    }
    const input = rowCells(columns, record);
    const parsed = requestRowSchema.safeParse(input);
    if (!parsed.success) {
      for (const issue of rowIssues(parsed.error, file, record.line, input)) issues.push(issue);
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
