/**
 * Reading a JSON description file from the publisher (site.json, and any later one) without
 * trusting it: the file-system rules and UTF-8 check every data file gets, a byte-order
 * mark allowed, a depth limit checked before parsing, syntax errors with their line and
 * column, keys written twice, and characters no published text may hold in any key or
 * string. The caller checks the parsed value against its own schema.
 */
import { NOT_FOUND } from "./files.ts";
import type { DataIssue } from "./issues.ts";
import { MAX_JSON_DEPTH } from "./limits.ts";
import { forbiddenCharacterProblem } from "./text-checks.ts";
import { readTextFile } from "./text-file.ts";

export interface JsonFileOptions {
  /** Largest file accepted, in bytes. */
  maxBytes: number;
  /** Deepest nesting of objects and arrays accepted; {@link MAX_JSON_DEPTH} unless told. */
  maxDepth?: number;
  /**
   * The message when nothing is at the path, for a required file. Without it an absent
   * file gives `absent: true` and no issue (a dangling link is still reported).
   */
  whenMissing?: string;
}

export interface JsonFileResult {
  /** The parsed value; undefined when the file is absent or could not be parsed. */
  json?: unknown;
  /** True when nothing is at the path and the file is optional. */
  absent?: true;
  /**
   * Every problem found. When `json` is set these are the problems of a file that did
   * parse (keys written twice, forbidden characters), and the schema can still be checked.
   */
  issues: DataIssue[];
}

/** Line and column (1-based, in characters) of offset `at` in `text`. */
function lineAndColumn(text: string, at: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < at; i = text.indexOf("\n", i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, column: at - lineStart + 1 };
}

/** Offset of the first `{` or `[` that opens level `maxDepth + 1`, or -1. Skips strings. */
function tooDeepAt(text: string, maxDepth: number): number {
  let depth = 0;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (char === '"') {
      for (i += 1; i < text.length && text[i] !== '"'; i += text[i] === "\\" ? 2 : 1);
    } else if (char === "{" || char === "[") {
      depth += 1;
      if (depth > maxDepth) return i;
    } else if (char === "}" || char === "]") depth -= 1;
  }
  return -1;
}

/**
 * Keys that appear twice in one object of a JSON text, with the line of the second.
 * JSON.parse keeps the last silently; a publisher who edits the first would see no change.
 * Assumes `text` already parsed, so it only tracks strings and nesting.
 */
export function duplicateKeys(text: string): { key: string; line: number }[] {
  const found: { key: string; line: number }[] = [];
  const stack: { keys: Set<string> | undefined }[] = [];
  let line = 1;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (char === "\n") line += 1;
    else if (char === "{") stack.push({ keys: new Set() });
    else if (char === "[") stack.push({ keys: undefined });
    else if (char === "}" || char === "]") stack.pop();
    else if (char === '"') {
      let end = i + 1;
      while (end < text.length && text[end] !== '"') end += text[end] === "\\" ? 2 : 1;
      const raw = text.slice(i, end + 1);
      i = end;
      const keys = stack.at(-1)?.keys;
      if (keys && /^\s*:/.test(text.slice(end + 1, end + 64))) {
        const key = JSON.parse(raw) as string;
        if (keys.has(key)) found.push({ key, line });
        keys.add(key);
      }
    }
  }
  return found;
}

/**
 * Every key and string in a parsed value that holds a character no published text may
 * hold, as issues whose column is the path (`sections.civil.label`). The walk keeps its own
 * stack; the depth limit has already bounded it.
 */
function characterIssues(json: unknown, file: string, name: string): DataIssue[] {
  const issues: DataIssue[] = [];
  const what = `text in ${name}`;
  const pending: { value: unknown; path: string[] }[] = [{ value: json, path: [] }];
  for (let item = pending.pop(); item !== undefined; item = pending.pop()) {
    const { value, path } = item;
    if (typeof value === "string") {
      const problem = forbiddenCharacterProblem(value, what);
      if (problem) issues.push({ file, column: path.join(".") || "(file)", value, message: problem });
    } else if (Array.isArray(value)) {
      value.forEach((element, i) => pending.push({ value: element, path: [...path, String(i)] }));
    } else if (typeof value === "object" && value !== null) {
      for (const [key, element] of Object.entries(value)) {
        const problem = forbiddenCharacterProblem(key, `a key in ${name}`);
        if (problem) issues.push({ file, column: [...path, key].join("."), value: key, message: problem });
        pending.push({ value: element, path: [...path, key] });
      }
    }
  }
  return issues.reverse();
}

/**
 * Reads the JSON file at `path` (inside `allowedRoot`); `file` is the path messages show.
 * Returns the parsed value with any problems that do not stop a schema check, or only the
 * problems when the file cannot be read or parsed.
 */
export function readJsonFile(
  path: string,
  file: string,
  allowedRoot: string,
  { maxBytes, maxDepth = MAX_JSON_DEPTH, whenMissing }: JsonFileOptions,
): JsonFileResult {
  const read = readTextFile(path, file, allowedRoot, maxBytes);
  if ("issue" in read) {
    if (read.issue.message !== NOT_FOUND) return { issues: [read.issue] };
    return whenMissing === undefined ? { absent: true, issues: [] } : { issues: [{ file, message: whenMissing }] };
  }
  // A UTF-8 byte-order mark is what many Windows editors write; JSON.parse would refuse it.
  const text = read.text.replace(/^\uFEFF/, "");
  const deep = tooDeepAt(text, maxDepth);
  if (deep !== -1) {
    const { line, column } = lineAndColumn(text, deep);
    return {
      issues: [
        {
          file,
          line,
          column: String(column),
          message: `nests objects and arrays more than ${maxDepth} levels deep; this file needs far fewer, so check its brackets`,
        },
      ],
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    // V8 says where: "… in JSON at position 12 (line 2 column 3)". The place goes where editors look for it.
    const reason = (error as Error).message;
    const place = /\(line (\d+) column (\d+)\)/.exec(reason);
    const what = reason.replace(/\s*in JSON at position \d+.*$/s, "");
    return {
      issues: [
        {
          file,
          ...(place ? { line: Number(place[1]), column: place[2] } : {}),
          message: `is not valid JSON: ${what}`,
        },
      ],
    };
  }
  const name = file.split("/").at(-1) ?? file;
  const issues: DataIssue[] = duplicateKeys(text).map(({ key, line }) => ({
    file,
    line,
    column: key,
    message: "is set twice; keep one of the two",
  }));
  for (const issue of characterIssues(json, file, name)) issues.push(issue);
  return { json, issues };
}
