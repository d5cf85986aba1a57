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
  return [...csvPieces(columns, [records])].join("");
}

/**
 * {@link toCsv}'s text in pieces, one per batch of records (a period's, say), for a file too large to hold as
 * one string (see utf8.ts). Joined, the pieces are the text toCsv gives for every batch's records in order.
 */
export function* csvPieces(
  columns: readonly DownloadColumn[],
  batches: Iterable<readonly DownloadRecord[]>,
): Generator<string> {
  const fields = columns.map((c) => c.name);
  const unparse = (records: readonly DownloadRecord[], header: boolean) =>
    Papa.unparse(
      { fields, data: records.map((record) => fields.map((name) => csvValue(record[name] ?? null))) },
      { newline: CRLF, escapeFormulae: FORMULA_START, header },
    );
  yield BOM;
  let header = true;
  for (const records of batches) {
    if (records.length === 0) continue;
    yield `${unparse(records, header)}${CRLF}`;
    header = false;
  }
  // Papa ends a header with no rows after it with a line break already; another would add a blank row.
  if (header) yield unparse([], true);
}
