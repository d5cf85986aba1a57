import Papa from "papaparse";
import type { DownloadColumn } from "./columns.ts";
import type { Cell, DownloadRecord } from "./records.ts";

/**
 * Text that a spreadsheet program would run as a formula (OWASP, "CSV Injection").
 * Papaparse's own default misses a line feed and any text after a line break, so we give it ours.
 */
export const FORMULA_START = /^[=+\-@\t\r\n]/;

const CRLF = "\r\n";
const BOM = "\uFEFF";

/** `534` → `5.34`, exactly, without going through floating point. */
export function percentText(bp: number): string {
  return `${Math.floor(bp / 100)}.${String(bp % 100).padStart(2, "0")}`;
}

function csvValue(cell: Cell): string | number | null {
  if (cell === null || typeof cell === "string" || typeof cell === "number") return cell;
  return percentText(cell.basisPoints);
}

/**
 * RFC 4180 CSV: CRLF line ends (one after the last row too), fields quoted only
 * when they hold a comma, quote or line break, quotes doubled. A UTF-8 BOM leads
 * so that spreadsheet programs read accents correctly. Text cells that start like
 * a formula get a leading apostrophe (and quotes); counts stay plain numbers and
 * a blank stays empty.
 */
export function toCsv(columns: readonly DownloadColumn[], records: readonly DownloadRecord[]): string {
  const fields = columns.map((c) => c.name);
  const body = Papa.unparse(
    { fields, data: records.map((record) => fields.map((name) => csvValue(record[name] ?? null))) },
    { newline: CRLF, escapeFormulae: FORMULA_START, header: true },
  );
  // Papa ends a header with no rows after it with a line break already; another would add a blank row.
  return `${BOM}${body}${records.length === 0 ? "" : CRLF}`;
}
