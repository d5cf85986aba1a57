/**
 * Validates one `data/national-security/YYYY-Hn.csv` file, with the same
 * reading, header and message rules as a requests file (see validate-file.ts),
 * against the range columns and band rules.
 */
import { readCsvRecords } from "./csv-records.ts";
import { headerIssues, raggedRowIssue, rowCells, rowIssues } from "./csv-table.ts";
import type { DataIssue } from "./issues.ts";
import { RANGE_COLUMN_NAMES, type RangeRow } from "./national-security.ts";
import { rangeRowSchema } from "./schemas/range-row.ts";

/** Validates the text of one national-security file and returns its rows and every issue found. */
export function validateRangeFile(file: string, text: string): { rows: RangeRow[]; issues: DataIssue[] } {
  if (text.replace(/^\uFEFF/, "").trim() === "") {
    return { rows: [], issues: [{ file, message: "is empty; expected a header row and one row per authority" }] };
  }
  const { records, issues } = readCsvRecords(file, text);
  const [headerRecord, ...body] = records;
  if (!headerRecord) return { rows: [], issues };
  const columns = headerRecord.cells;
  const problems = headerIssues(file, columns, RANGE_COLUMN_NAMES);
  for (const issue of problems) issues.push(issue);
  if (problems.length > 0) return { rows: [], issues };
  if (body.length === 0 && issues.length === 0) {
    issues.push({ file, line: 1, message: "has a header but no data rows; a period needs at least one authority" });
  }

  const rows: RangeRow[] = [];
  const firstLineOfKey = new Map<string, number>();
  for (const record of body) {
    const ragged = raggedRowIssue(file, record, columns.length);
    if (ragged) {
      issues.push(ragged);
      continue;
    }
    const input = rowCells(columns, record);
    const parsed = rangeRowSchema.safeParse(input);
    if (!parsed.success) {
      for (const issue of rowIssues(parsed.error, file, record.line, input)) issues.push(issue);
      continue;
    }
    const row = parsed.data;
    const key = `${row.country_code} ${row.authority}`;
    const earlier = firstLineOfKey.get(key);
    if (earlier !== undefined) {
      issues.push({
        file,
        line: record.line,
        column: "authority",
        value: row.authority,
        message: `appears more than once for ${row.country_code}; first on line ${earlier}. An authority has one row per country and period`,
      });
      continue;
    }
    firstLineOfKey.set(key, record.line);
    rows.push({
      countryCode: row.country_code,
      country: row.country,
      authority: row.authority,
      bandWidth: row.band_width,
      demands: { low: row.demands_low, high: row.demands_high },
      accounts:
        row.accounts_low === null || row.accounts_high === null
          ? null
          : { low: row.accounts_low, high: row.accounts_high },
      line: record.line,
    });
  }
  return { rows, issues };
}
