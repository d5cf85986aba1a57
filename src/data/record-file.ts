import type { z } from "zod";
import { readCsvRecords } from "./csv-records.ts";
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
  const known = [...columns.required, ...(columns.optional ?? [])];
  const seen = new Set<string>();
  header.cells.forEach((name, index) => {
    const column = name === "" ? `cell ${index + 1}` : name;
    if (seen.has(name))
      issues.push({ file, line: 1, column, value: name, message: "is a duplicate column in the header" });
    else if (!known.includes(name))
      issues.push({
        file,
        line: 1,
        column,
        value: name,
        message: `is not a known column; expected ${known.join(", ")}`,
      });
    seen.add(name);
  });
  for (const name of columns.required) {
    if (!seen.has(name)) issues.push({ file, line: 1, column: name, message: "column is missing from the header" });
  }
  if (issues.length > 0) return { rows: [], issues };

  const rows: ParsedRow<z.output<S>>[] = [];
  for (const record of body) {
    if (record.cells.length !== header.cells.length) {
      issues.push({
        file,
        line: record.line,
        column: "(row)",
        value: record.cells.join(","),
        message: `has ${record.cells.length} cells, but the header has ${header.cells.length}`,
      });
      continue;
    }
    const raw = Object.fromEntries(header.cells.map((name, i) => [name, record.cells[i] ?? ""]));
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const column = String(issue.path[0] ?? "(row)");
        issues.push({ file, line: record.line, column, value: raw[column] ?? "", message: issue.message });
      }
      continue;
    }
    rows.push({ line: record.line, raw, data: parsed.data });
  }
  return { rows, issues };
}
