import type { z } from "zod";
import { readCsvRecords } from "./csv-records.ts";
import { headerIssues, raggedRowIssue, rowCells, rowIssues } from "./csv-table.ts";
import type { DataIssue } from "./issues.ts";

/** A row that passed its schema, with the line it came from so later checks can point at it. */
export interface ParsedRow<T> {
  line: number;
  /** The raw cells by column name, for messages that quote the value as written. */
  raw: Record<string, string>;
  data: T;
}

/**
 * Reads a small CSV file whose header names its columns (required ones in any
 * order, optional ones allowed) and checks each row with a zod schema. Used by the
 * optional publication files (releases, corrections); the period files keep their own
 * reader because their rules across rows are richer.
 */
export function readRecordFile<S extends z.ZodType>(
  file: string,
  text: string,
  columns: { required: readonly string[]; optional?: readonly string[] },
  schema: S,
): { rows: ParsedRow<z.output<S>>[]; issues: DataIssue[] } {
  if (text.replace(/^\uFEFF/, "").trim() === "") {
    return { rows: [], issues: [{ file, message: `is empty; expected the header ${columns.required.join(",")}` }] };
  }
  const { records, issues } = readCsvRecords(file, text);
  const [header, ...body] = records;
  if (!header) return { rows: [], issues };
  for (const issue of headerIssues(file, header.cells, columns.required, columns.optional)) issues.push(issue);
  if (issues.length > 0) return { rows: [], issues };

  const rows: ParsedRow<z.output<S>>[] = [];
  for (const record of body) {
    const ragged = raggedRowIssue(file, record, header.cells.length);
    if (ragged) {
      issues.push(ragged);
      continue;
    }
    const raw = rowCells(header.cells, record);
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of rowIssues(parsed.error, file, record.line, raw)) issues.push(issue);
      continue;
    }
    rows.push({ line: record.line, raw, data: parsed.data });
  }
  return { rows, issues };
}
