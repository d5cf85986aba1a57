/**
 * Validates one `data/national-security/YYYY-Hn.csv` file, with the same
 * reading, header and message rules as a requests file (see validate-file.ts),
 * against the range columns and band rules.
 */
import { validateTableFile } from "./csv-table.ts";
import type { DataIssue } from "./issues.ts";
import { RANGE_COLUMN_NAMES, type RangeRow } from "./national-security.ts";
import { rangeRowSchema } from "./schemas/range-row.ts";

/** Validates the text of one national-security file and returns its rows and every issue found. */
export function validateRangeFile(file: string, text: string): { rows: RangeRow[]; issues: DataIssue[] } {
  return validateTableFile(file, text, {
    columns: RANGE_COLUMN_NAMES,
    schema: rangeRowSchema,
    rowNoun: "authority",
    duplicate: (row) => ({
      key: `${row.country_code} ${row.authority}`,
      column: "authority",
      value: row.authority,
      message: (first) =>
        `appears more than once for ${row.country_code}; first on line ${first}. An authority has one row per country and period`,
    }),
    toRow: (row, line) => ({
      countryCode: row.country_code,
      country: row.country,
      authority: row.authority,
      bandWidth: row.band_width,
      demands: { low: row.demands_low, high: row.demands_high },
      accounts:
        row.accounts_low === null || row.accounts_high === null
          ? null
          : { low: row.accounts_low, high: row.accounts_high },
      line,
    }),
  });
}
