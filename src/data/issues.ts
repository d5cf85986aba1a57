/**
 * A problem found in the published data. Every issue points at the exact place a
 * publisher has to look: the file, the line as a text editor counts it, the column
 * and the offending value.
 */
export interface DataIssue {
  /** Path of the file, relative to the project root (for example `data/requests/2019-H2.csv`). */
  file: string;
  /** 1-based line number; omitted when the problem concerns the whole file. */
  line?: number;
  /** Column name from the header, or a description such as `cell 9`; omitted for whole-file problems. */
  column?: string;
  /** The raw value as written in the file. */
  value?: string;
  /** What is wrong, phrased so that it completes the sentence `"value" …`. */
  message: string;
}

/** Formats an issue as `file:line:column: "value" message`, the shape editors and CI logs link. */
export function formatIssue(issue: DataIssue): string {
  const place = [issue.file, issue.line, issue.column].filter((part) => part !== undefined).join(":");
  const value = issue.value === undefined ? "" : `${JSON.stringify(issue.value)} `;
  return `${place}: ${value}${issue.message}`;
}

/** Sorts issues by file, then line, so that a report reads top to bottom like the files. */
export function sortIssues(issues: readonly DataIssue[]): DataIssue[] {
  return [...issues].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}

/** Thrown when the data cannot be published. Carries every issue, not only the first. */
export class DataValidationError extends Error {
  readonly issues: readonly DataIssue[];

  constructor(issues: readonly DataIssue[]) {
    const sorted = sortIssues(issues);
    const count = `${sorted.length} ${sorted.length === 1 ? "error" : "errors"}`;
    super(`The data in data/ cannot be published (${count}):\n${sorted.map(formatIssue).join("\n")}`);
    this.name = "DataValidationError";
    this.issues = sorted;
  }
}
