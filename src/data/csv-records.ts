import Papa from "papaparse";
import type { DataIssue } from "./issues.ts";

/** A CSV record with the line on which it starts, as a text editor counts. */
export interface CsvRecord {
  line: number;
  cells: string[];
}

/** Offsets at which each line starts, so that a character offset maps to a line. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

function lineAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/**
 * Splits CSV text into records with papaparse, keeping every value a string
 * (no dynamic typing) and the line each record starts on. Quoting errors become
 * issues instead of silently merged or dropped rows.
 */
export function readCsvRecords(file: string, rawText: string): { records: CsvRecord[]; issues: DataIssue[] } {
  // A UTF-8 BOM is allowed; papaparse would otherwise keep it in the first header name.
  // CRLF becomes LF: papaparse guesses one line end per file, so rows appended with LF to a
  // Windows (CRLF) export would otherwise run together. Line numbers do not change.
  const text = (rawText.startsWith("\uFEFF") ? rawText.slice(1) : rawText).replaceAll("\r\n", "\n");
  const starts = lineStarts(text);
  const records: CsvRecord[] = [];
  const issues: DataIssue[] = [];
  let recordStart = 0;

  Papa.parse<string[]>(text, {
    delimiter: ",",
    newline: "\n",
    quoteChar: '"',
    escapeChar: '"',
    header: false,
    dynamicTyping: false,
    skipEmptyLines: false,
    step: (result) => {
      const line = lineAt(starts, recordStart);
      const cursor = result.meta.cursor;
      const cells = result.data;
      // One message per broken record is enough; papaparse often reports a quoting fault twice.
      for (const error of result.errors.slice(0, 1)) {
        const at = error.index === undefined ? line : lineAt(starts, error.index);
        issues.push({
          file,
          line: at,
          column: "(row)",
          value: text.slice(starts[at - 1], (starts[at] ?? text.length + 1) - 1).replace(/\r$/, ""),
          message: `cannot be read as CSV: ${error.message.replace(/\.$/, "")}. Put a field in double quotes if it contains a comma, a quote or a line break, and double any quote inside it ("")`,
        });
      }
      // Papaparse reports a blank line as one empty cell; blank lines carry no data.
      const blank = cells.length === 1 && cells[0] === "";
      if (!blank && result.errors.length === 0) records.push({ line, cells });
      recordStart = cursor;
      // Skip the line break after the record so the next record starts on its own line.
      while (text[recordStart] === "\r" || text[recordStart] === "\n") {
        if (text[recordStart] === "\n") {
          recordStart += 1;
          break;
        }
        recordStart += 1;
      }
    },
  });
  return { records, issues };
}
