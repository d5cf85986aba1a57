/**
 * The checks every CSV a publisher writes shares, whatever its columns: the header (unknown,
 * duplicate and missing columns), each row's width, and a row's schema issues as messages.
 * Period files, national-security bands and the publication files (releases, corrections) all
 * use them, so a header or ragged-row mistake reads the same in every file.
 */
import type { z } from "zod";
import type { CsvRecord } from "./csv-records.ts";
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
