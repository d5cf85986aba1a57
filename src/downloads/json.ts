import type { DownloadColumn } from "./columns.ts";
import type { Cell, DownloadRecord } from "./records.ts";

type JsonValue = string | number | null;

function jsonValue(cell: Cell): JsonValue {
  if (cell === null || typeof cell === "string" || typeof cell === "number") return cell;
  return cell.basisPoints / 100;
}

/**
 * The rows as a JSON array of objects, as a Frictionless JSON resource expects.
 * Names are exact (no apostrophe: JSON is not opened by spreadsheets), blanks are
 * `null`, percentages are numbers. One row per line keeps the file readable and diffable.
 */
export function toJson(columns: readonly DownloadColumn[], records: readonly DownloadRecord[]): string {
  const lines = records.map((record) => {
    const object: Record<string, JsonValue> = {};
    for (const column of columns) object[column.name] = jsonValue(record[column.name] ?? null);
    return JSON.stringify(object);
  });
  return lines.length === 0 ? "[]\n" : `[\n${lines.join(",\n")}\n]\n`;
}
