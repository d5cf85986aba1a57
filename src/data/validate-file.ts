import { COLUMN_NAMES } from "./columns.ts";
import type { DataIssue } from "./issues.ts";
import { requestRowSchema, type RowFigures } from "./schemas/request-row.ts";
import { validateTableFile } from "./csv-table.ts";

/** One validated row of a period file: the schema's output plus where it came from. */
export type RequestRow = RowFigures & {
  /** Line in the source file, kept so later checks can point at it. */
  line: number;
};

/**
 * Validates the text of one period file (law enforcement, emergency, civil): the header, then every row
 * against the row schema, then one row per country. Returns every issue found.
 */
export function validatePeriodFile(file: string, text: string): { rows: RequestRow[]; issues: DataIssue[] } {
  return validateTableFile(file, text, {
    columns: COLUMN_NAMES,
    schema: requestRowSchema,
    rowNoun: "country",
    duplicate: (row) => ({
      key: row.countryCode,
      column: "country_code",
      value: row.countryCode,
      message: (first) => `appears more than once; first on line ${first}. A country has one row per period`,
    }),
    toRow: (row, line) => ({ ...row, line }),
  });
}
