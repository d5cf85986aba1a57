/**
 * The checks every CSV a publisher writes shares, whatever its columns: the header (unknown,
 * duplicate and missing columns), each row's width, and a row's schema issues as messages.
 * Period files, national-security bands and the publication files (releases, corrections) all
 * use them, so a header or ragged-row mistake reads the same in every file.
 */
import type { z } from "zod";
import { type CsvRecord, readCsvRecords } from "./csv-records.ts";
import type { DataIssue } from "./issues.ts";
import { issuesFromZod } from "./zod-issues.ts";

/** Unknown, duplicate and missing columns of a header row (line 1); empty when the header is right. */
export function headerIssues(
  file: string,
  header: readonly string[],
  required: readonly string[],
  optional: readonly string[] = [],
): DataIssue[] {
  const known = [...required, ...optional];
  const issues: DataIssue[] = [];
  const seen = new Set<string>();
  header.forEach((name, index) => {
    const column = name === "" ? `cell ${index + 1}` : name;
    if (seen.has(name)) {
      issues.push({ file, line: 1, column, value: name, message: "is a duplicate column in the header" });
    } else if (!known.includes(name)) {
      issues.push({
        file,
        line: 1,
        column,
        value: name,
        message: `is not a known column; expected ${known.join(", ")}`,
      });
    }
    seen.add(name);
  });
  for (const name of required) {
    if (!seen.has(name)) issues.push({ file, line: 1, column: name, message: "column is missing from the header" });
  }
  return issues;
}

/** A row whose number of cells differs from the header's, or undefined when it matches. */
export function raggedRowIssue(file: string, record: CsvRecord, width: number): DataIssue | undefined {
  if (record.cells.length === width) return undefined;
  return {
    file,
    line: record.line,
    column: "(row)",
    value: record.cells.join(","),
    message: `has ${record.cells.length} cells, but the header has ${width}`,
  };
}

/** A row's cells by column name, as written. */
export function rowCells(header: readonly string[], record: CsvRecord): Record<string, string> {
  return Object.fromEntries(header.map((name, i) => [name, record.cells[i] ?? ""]));
}

/** A row's schema issues as messages; an issue of the whole row is placed at `(row)`. */
export function rowIssues(error: z.ZodError, file: string, line: number, cells: Record<string, string>): DataIssue[] {
  return issuesFromZod(error, { file, line }, (column) => cells[column]).map((issue) =>
    issue.column ? issue : { ...issue, column: "(row)" },
  );
}

/** What tells one kind of period file from another: its columns, row rules, key and row shape. */
export interface TableSpec<S extends z.ZodType, Row> {
  /** The required columns, in any order. */
  columns: readonly string[];
  schema: S;
  /** What one row stands for, for messages: "country", "authority". */
  rowNoun: string;
  /** A row's key within the file, and the message when a later row repeats it. */
  duplicate: (data: z.output<S>) => { key: string; column: string; value: string; message: (first: number) => string };
  /** The row the site keeps, from the schema's output and the line it came from. */
  toRow: (data: z.output<S>, line: number) => Row;
}

/**
 * Validates the text of one period file of any section: the header, then every row against the schema,
 * then the key across rows. Returns the rows that passed and every issue found.
 */
export function validateTableFile<S extends z.ZodType, Row>(
  file: string,
  text: string,
  spec: TableSpec<S, Row>,
): { rows: Row[]; issues: DataIssue[] } {
  if (text.replace(/^\uFEFF/, "").trim() === "") {
    return { rows: [], issues: [{ file, message: `is empty; expected a header row and one row per ${spec.rowNoun}` }] };
  }
  const { records, issues } = readCsvRecords(file, text);
  const [headerRecord, ...body] = records;
  if (!headerRecord) return { rows: [], issues };
  const columns = headerRecord.cells;
  const problems = headerIssues(file, columns, spec.columns);
  for (const issue of problems) issues.push(issue);
  if (problems.length > 0) return { rows: [], issues };
  if (body.length === 0 && issues.length === 0) {
    issues.push({
      file,
      line: 1,
      message: `has a header but no data rows; a period needs at least one ${spec.rowNoun}`,
    });
  }
  const rows: Row[] = [];
  const firstLineOfKey = new Map<string, number>();
  for (const record of body) {
    const ragged = raggedRowIssue(file, record, columns.length);
    if (ragged) {
      issues.push(ragged);
      continue;
    }
    const input = rowCells(columns, record);
    const parsed = spec.schema.safeParse(input);
    if (!parsed.success) {
      for (const issue of rowIssues(parsed.error, file, record.line, input)) issues.push(issue);
      continue;
    }
    const data = parsed.data;
    const repeat = spec.duplicate(data);
    const earlier = firstLineOfKey.get(repeat.key);
    if (earlier !== undefined) {
      const { column, value } = repeat;
      issues.push({ file, line: record.line, column, value, message: repeat.message(earlier) });
      continue;
    }
    firstLineOfKey.set(repeat.key, record.line);
    rows.push(spec.toRow(data, record.line));
  }
  return { rows, issues };
}
