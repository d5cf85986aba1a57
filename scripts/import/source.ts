/**
 * Reading a publisher's CSV files: one place that turns a file into rows with their line numbers and refuses
 * anything it does not expect (a missing file, bytes that are not UTF-8, a renamed or missing column, a malformed
 * number), always as a SourceError naming `file:line:column`.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { CsvError, parse } from "csv-parse/sync";
import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json" with { type: "json" };
import { periodId } from "../../src/data/period.ts";
import { SourceError, type SourcePosition } from "./types.ts";

countries.registerLocale(en);

export interface SourceRow {
  /** The file's name as the log and errors give it (relative to the source folder). */
  readonly file: string;
  /** 1-based line of the row in the file. */
  readonly line: number;
  readonly cells: Readonly<Record<string, string>>;
}

export interface SourceTable {
  readonly file: string;
  readonly rows: readonly SourceRow[];
}

/** `file:line` of a row, or `file:line:column` when a column is named. */
export function at(row: SourceRow, column?: string): SourcePosition {
  return column === undefined ? `${row.file}:${row.line}` : `${row.file}:${row.line}:${column}`;
}

/** A cell of a row; the column was checked when the file was read, so it is always there. */
export function cell(row: SourceRow, column: string): string {
  return row.cells[column] ?? "";
}

/** A parsed row with csv-parse's `info`: `lines` is the line the record ends on. */
interface InfoRecord {
  readonly record: string[];
  readonly info: { readonly lines: number };
}

const decoder = new TextDecoder("utf-8", { fatal: true });

/**
 * Reads `file` (a path relative to `folder`) and checks that its header holds exactly `columns`, in any order.
 * Empty lines are skipped; a byte-order mark and CRLF line ends are accepted, as publishers' exports have them.
 */
export async function readSourceCsv(folder: string, file: string, columns: readonly string[]): Promise<SourceTable> {
  let bytes: Buffer;
  try {
    bytes = await readFile(join(folder, file));
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const why =
      code === "ENOENT"
        ? "is a source folder without this file"
        : `is a source folder where this file cannot be read (${String(code)})`;
    throw new SourceError(file, folder, why);
  }
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    throw new SourceError(file, file, "is not UTF-8 text");
  }
  let records: readonly InfoRecord[];
  try {
    // csv-parse's types give string[][] for every non-column option set; with `info: true` each record is
    // { record, info } (its documented shape), hence the cast.
    records = parse(text, {
      bom: true,
      info: true,
      skip_empty_lines: true,
      relax_column_count: false,
      // Both line ends, also mixed in one file (rows appended to a Windows export); csv-parse would otherwise
      // keep to the first one it sees and leave a "\n" inside the last cell.
      record_delimiter: ["\r\n", "\n"],
    }) as unknown as InfoRecord[];
  } catch (error) {
    if (error instanceof CsvError) {
      const line = (error as CsvError & { lines?: number }).lines;
      throw new SourceError(line ? `${file}:${line}` : file, "", `is not a well-formed CSV row (${error.code})`);
    }
    throw error;
  }
  const header = records[0];
  if (!header) throw new SourceError(file, "", "is empty; a header row was expected");
  const seen = new Set<string>();
  for (const [i, name] of header.record.entries()) {
    if (!columns.includes(name)) {
      throw new SourceError(
        `${file}:1:${i + 1}`,
        name,
        `is not a column this importer knows; expected ${columns.map((c) => JSON.stringify(c)).join(", ")}`,
      );
    }
    if (seen.has(name)) throw new SourceError(`${file}:1:${i + 1}`, name, "is a column given twice");
    seen.add(name);
  }
  for (const name of columns) {
    if (!seen.has(name)) throw new SourceError(`${file}:1`, name, "column is missing from the header");
  }
  const rows = records.slice(1).map(({ record, info }) => ({
    file,
    line: info.lines,
    cells: Object.fromEntries(header.record.map((name, i) => [name, record[i] ?? ""])),
  }));
  return { file, rows };
}

const WHOLE = /^(0|[1-9][0-9]*)$/;
/** The data folder's limit for a count (data/README.md). */
const MAX_COUNT = 100_000_000_000;

/** A count cell: plain digits, as written; empty stays empty when `optional`. */
export function wholeNumber(row: SourceRow, column: string, optional = false): string {
  const value = cell(row, column);
  if (value === "" && optional) return "";
  if (!WHOLE.test(value)) throw new SourceError(at(row, column), value, "is not a whole number");
  if (Number(value) > MAX_COUNT) throw new SourceError(at(row, column), value, "is larger than any count can be");
  return value;
}

const PERCENT = /^(0|[1-9][0-9]*)(\.[0-9]+)?$/;
/** A percentage cell, kept exactly as written: digits with an optional decimal part, 0 to 100; empty when absent. */
export function percentage(row: SourceRow, column: string): string {
  const value = cell(row, column);
  if (value === "") return "";
  if (!PERCENT.test(value) || Number(value) > 100) {
    throw new SourceError(at(row, column), value, "is not a percentage from 0 to 100");
  }
  return value;
}

/** `2009-12-31` → `2009-H2`: Google's "Period Ending" dates, which end half-years. */
export function periodEnding(row: SourceRow, column: string): string {
  const value = cell(row, column);
  const match = /^([0-9]{4})-(06-30|12-31)$/.exec(value);
  if (!match)
    throw new SourceError(at(row, column), value, "is not the last day of a half-year (YYYY-06-30 or YYYY-12-31)");
  return periodId({ year: Number(match[1]), half: match[2] === "06-30" ? 1 : 2 });
}

/** A four-digit year cell. */
export function year(row: SourceRow, column: string): string {
  const value = cell(row, column);
  if (!/^(19|20)[0-9]{2}$/.test(value)) throw new SourceError(at(row, column), value, "is not a year");
  return value;
}

const CODES = new Set(Object.keys(countries.getAlpha2Codes()));

/** An upper-case ISO 3166-1 alpha-2 code (CLDR's territory codes are the same for countries; XK included). */
export function countryCode(row: SourceRow, column: string): string {
  const value = cell(row, column);
  if (!CODES.has(value))
    throw new SourceError(at(row, column), value, "is not a known ISO 3166-1 alpha-2 country code");
  return value;
}

const CODE_BY_NAME = new Map<string, string>();
for (const [code, names] of Object.entries(countries.getNames("en", { select: "all" }))) {
  for (const name of names) if (!CODE_BY_NAME.has(name)) CODE_BY_NAME.set(name, code);
}

/**
 * The code of a country written by name only, through i18n-iso-countries' English names and aliases, matched
 * exactly; any other name stops the import (the reviewed alias table comes later, never a guess).
 */
export function codeForName(row: SourceRow, column: string): string {
  const value = cell(row, column);
  const code = CODE_BY_NAME.get(value);
  if (!code) {
    throw new SourceError(at(row, column), value, "is not a country name the importer can map to a code");
  }
  return code;
}

/**
 * The log in source order: by file (in the order given), then by line, then as logged. Importers log while they
 * work through files in whatever order their checks need; readers of IMPORT-LOG.md follow the files.
 */
export function inSourceOrder<T extends { readonly source: SourcePosition }>(
  log: readonly T[],
  files: readonly string[],
): T[] {
  const place = (source: SourcePosition): [number, number] => {
    const [file = "", line = "0"] = source.split(":");
    const index = files.indexOf(file);
    return [index < 0 ? files.length : index, Number(line) || 0];
  };
  return log
    .map((entry, i) => ({ entry, i, at: place(entry.source) }))
    .sort((a, b) => a.at[0] - b.at[0] || a.at[1] - b.at[1] || a.i - b.i)
    .map(({ entry }) => entry);
}
