import type { DownloadColumn } from "./columns.ts";
import type { Cell, DownloadRecord } from "./records.ts";

type JsonValue = string | number | null;

function jsonValue(cell: Cell): JsonValue {
  if (cell === null || typeof cell === "string" || typeof cell === "number") return cell;
  return cell.basisPoints / 100;
}

/**
 * The rows as a JSON array of objects, as a Frictionless JSON resource expects, in pieces: one per batch of
 * records (a period's, say), so that a file of every period is never one string (see utf8.ts). Names are exact
 * (no apostrophe: JSON is not opened by spreadsheets), blanks are `null`, percentages are numbers. One row per
 * line keeps the file readable and diffable.
 */
export function* jsonPieces(
  columns: readonly DownloadColumn[],
  batches: Iterable<readonly DownloadRecord[]>,
): Generator<string> {
  let first = true;
  for (const records of batches) {
    if (records.length === 0) continue;
    const lines = records.map((record) => {
      const object: Record<string, JsonValue> = {};
      for (const column of columns) object[column.name] = jsonValue(record[column.name] ?? null);
      return JSON.stringify(object);
    });
    yield `${first ? "[\n" : ",\n"}${lines.join(",\n")}`;
    first = false;
  }
  yield first ? "[]\n" : "\n]\n";
}
