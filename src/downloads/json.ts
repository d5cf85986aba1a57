import type { DownloadColumn } from "./columns.ts";
import type { Cell, DownloadRecord } from "./records.ts";

type JsonValue = string | number | null;

function jsonValue(cell: Cell): JsonValue {
  if (cell === null || typeof cell === "string" || typeof cell === "number") return cell;
  return cell.basisPoints / 100;
}

/**
 * A JSON array with one value per line, in pieces, one per batch of lines, so that a file of every period is
 * never one string (see utf8.ts). `open` comes before the array and `close` after it, then a line break: the
 * framing every JSON download shares, whether the array is the whole file or one member of an object.
 */
export function* jsonLinePieces(batches: Iterable<readonly string[]>, open = "", close = ""): Generator<string> {
  let first = true;
  for (const lines of batches) {
    if (lines.length === 0) continue;
    yield `${first ? `${open}[\n` : ",\n"}${lines.join(",\n")}`;
    first = false;
  }
  yield first ? `${open}[]${close}\n` : `\n]${close}\n`;
}

/**
 * The rows as a JSON array of objects, as a Frictionless JSON resource expects, in pieces: one per batch of
 * records (a period's, say). Names are exact (no apostrophe: JSON is not opened by spreadsheets), blanks are
 * `null`, percentages are numbers. One row per line keeps the file readable and diffable.
 */
export function jsonPieces(
  columns: readonly DownloadColumn[],
  batches: Iterable<readonly DownloadRecord[]>,
): Generator<string> {
  function* lines(): Generator<string[]> {
    for (const records of batches)
      yield records.map((record) => {
        const object: Record<string, JsonValue> = {};
        for (const column of columns) object[column.name] = jsonValue(record[column.name] ?? null);
        return JSON.stringify(object);
      });
  }
  return jsonLinePieces(lines());
}
