import { decodeUtf8 } from "./encoding.ts";
import { entryProblem, NOT_FOUND, readDataFile } from "./files.ts";
import type { DataIssue } from "./issues.ts";

/**
 * One publisher file read as text, the way every file in the data folder is read: only a
 * regular file inside `allowedRoot` (never a folder, pipe, device or a link leading out),
 * at most `maxBytes`, strict UTF-8. `file` is the path messages show.
 */
export function readTextFile(
  path: string,
  file: string,
  allowedRoot: string,
  maxBytes: number,
): { text: string } | { issue: DataIssue } {
  const read = readDataFile(path, allowedRoot, maxBytes);
  if ("problem" in read) return { issue: { file, message: read.problem } };
  const decoded = decodeUtf8(read.bytes);
  if ("problem" in decoded) {
    const { line, column, message } = decoded.problem;
    return { issue: { file, line, column: String(column), message } };
  }
  return { text: decoded.text };
}

/**
 * Like {@link readTextFile} for a file the publisher may leave out: undefined when nothing
 * at all is at `path`. A dangling link is something, so it is reported, not taken as absent.
 */
export function readOptionalTextFile(
  path: string,
  file: string,
  allowedRoot: string,
  maxBytes: number,
): { text: string } | { issue: DataIssue } | undefined {
  if (entryProblem(path, allowedRoot) === NOT_FOUND) return undefined;
  return readTextFile(path, file, allowedRoot, maxBytes);
}
