import { ISSUES_SHOWN_PER_FILE } from "./limits.ts";
import { escapeForTerminal } from "./text-checks.ts";

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

/** Longest value a message quotes in full; a 100,000-character name is cut, with its length. */
const MAX_SHOWN_VALUE = 120;

function shownValue(value: string): string {
  const chars = Array.from(value);
  if (chars.length <= MAX_SHOWN_VALUE) return JSON.stringify(value);
  return `${JSON.stringify(chars.slice(0, MAX_SHOWN_VALUE).join(""))}… (${chars.length} characters)`;
}

/**
 * Formats an issue as `file:line:column: "value" message`, the shape editors and CI logs
 * link. Everything that comes from the data is escaped, so a value can never drive the
 * terminal (escape sequences) or reorder the line (direction overrides).
 */
export function formatIssue(issue: DataIssue): string {
  const place = [issue.file, issue.line, issue.column]
    .filter((part) => part !== undefined)
    .map((part) => {
      const chars = Array.from(String(part));
      const cut = chars.length > MAX_SHOWN_VALUE ? `${chars.slice(0, MAX_SHOWN_VALUE).join("")}…` : String(part);
      return escapeForTerminal(cut);
    })
    .join(":");
  const value = issue.value === undefined ? "" : `${escapeForTerminal(shownValue(issue.value))} `;
  return `${place}: ${value}${escapeForTerminal(issue.message)}`;
}

/** Sorts issues by file, then line, so that a report reads top to bottom like the files. */
export function sortIssues(issues: readonly DataIssue[]): DataIssue[] {
  return issues.slice().sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}

/**
 * The formatted lines of a report: sorted, at most `perFile` issues of each file and then
 * one line with the count of the rest, so that 100,000 problems stay readable.
 */
export function formatIssueList(issues: readonly DataIssue[], perFile = ISSUES_SHOWN_PER_FILE): string[] {
  const lines: string[] = [];
  const shownPerFile = new Map<string, number>();
  const hiddenPerFile = new Map<string, number>();
  for (const issue of sortIssues(issues)) {
    const shown = shownPerFile.get(issue.file) ?? 0;
    if (shown < perFile) {
      shownPerFile.set(issue.file, shown + 1);
      lines.push(formatIssue(issue));
    } else hiddenPerFile.set(issue.file, (hiddenPerFile.get(issue.file) ?? 0) + 1);
  }
  for (const [file, hidden] of hiddenPerFile) {
    lines.push(
      `${escapeForTerminal(file)}: … and ${hidden} more ${hidden === 1 ? "problem" : "problems"} in this file`,
    );
  }
  return lines;
}

/** Thrown when the data cannot be published. Carries every issue, not only the first. */
export class DataValidationError extends Error {
  readonly issues: readonly DataIssue[];

  constructor(issues: readonly DataIssue[]) {
    const sorted = sortIssues(issues);
    const count = `${sorted.length} ${sorted.length === 1 ? "error" : "errors"}`;
    super(`The data in data/ cannot be published (${count}):\n${formatIssueList(sorted).join("\n")}`);
    this.name = "DataValidationError";
    this.issues = sorted;
  }
}
