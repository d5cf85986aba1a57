/**
 * Reads `data/report.json` as untrusted input: the hardened file reader (no folders, pipes or links out of
 * the data folder), UTF-8 only, a size and nesting limit, keys written twice, then the schema. Every fault
 * becomes `data/report.json:<path>: "value" reason`, where the path is the JSON path of the value
 * (`sections[2].outcomes.scheme`).
 */
import type { z } from "zod";
import { decodeUtf8 } from "../encoding.ts";
import { readDataFile } from "../files.ts";
import type { DataIssue } from "../issues.ts";
import { duplicateKeys } from "../site-file.ts";
import { type ReportDescription, reportDescriptionSchema } from "./description-schema.ts";

/** Largest report.json, in bytes: a description with every list full is well under it. */
export const MAX_REPORT_JSON_BYTES = 256_000;

/** Deepest nesting of objects and arrays; the format needs 6, and a deeper file is not a description. */
export const MAX_REPORT_JSON_DEPTH = 16;

/** `sections[2].outcomes.scheme`: a zod path as a reader of the file finds it. */
export function jsonPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out === "" ? String(part) : `.${String(part)}`;
  }
  return out === "" ? "(file)" : out;
}

/** The value at a zod path in the parsed JSON, as the message quotes it. */
function valueAt(json: unknown, path: readonly PropertyKey[]): string | undefined {
  let current: unknown = json;
  for (const part of path) {
    if (typeof current !== "object" || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[part];
  }
  if (current === undefined) return undefined;
  if (typeof current === "string") return current;
  const shown = JSON.stringify(current);
  return shown.length > 200 ? `${shown.slice(0, 200)}…` : shown;
}

/**
 * The deepest nesting of `text`, counted without parsing, so that a file of 100,000 brackets is refused
 * before JSON.parse could run out of stack.
 */
export function nestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (char === '"') {
      for (i += 1; i < text.length && text[i] !== '"'; i += text[i] === "\\" ? 2 : 1);
    } else if (char === "{" || char === "[") {
      depth += 1;
      if (depth > deepest) deepest = depth;
    } else if (char === "}" || char === "]") depth -= 1;
  }
  return deepest;
}

/** What zod says, in the words of this project's other messages. */
function messageOf(issue: z.core.$ZodIssue, value: string | undefined): string {
  if (issue.code === "invalid_type" && value === undefined) return "is missing";
  if (issue.code === "invalid_type") return `is not ${issue.expected === "array" ? "a list" : `a ${issue.expected}`}`;
  if (issue.code === "invalid_union" && "discriminator" in issue)
    return `is not one of the choices for ${String(issue.discriminator)}`;
  if (issue.code === "invalid_value") return `is not one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
  return issue.message;
}

/** Turns the schema's issues into messages placed at JSON paths. */
export function descriptionIssues(error: z.ZodError, file: string, json: unknown): DataIssue[] {
  const issues: DataIssue[] = [];
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        issues.push({
          file,
          column: jsonPath([...issue.path, key]),
          message: "is not a known setting here; check its spelling in docs/report-model.md",
        });
      }
      continue;
    }
    const value = valueAt(json, issue.path);
    issues.push({
      file,
      column: jsonPath(issue.path),
      ...(value === undefined ? {} : { value }),
      message: messageOf(issue, value),
    });
  }
  return issues;
}

/** Reads and validates a report description; pushes every problem onto `issues`. */
export function loadReportDescription(
  path: string,
  file: string,
  dataDir: string,
  issues: DataIssue[],
): ReportDescription | undefined {
  const read = readDataFile(path, dataDir, MAX_REPORT_JSON_BYTES);
  if ("problem" in read) {
    issues.push({ file, message: read.problem });
    return undefined;
  }
  const decoded = decodeUtf8(read.bytes);
  if ("problem" in decoded) {
    issues.push({
      file,
      line: decoded.problem.line,
      column: String(decoded.problem.column),
      message: decoded.problem.message,
    });
    return undefined;
  }
  const text = decoded.text.replace(/^\uFEFF/, "");
  const depth = nestingDepth(text);
  if (depth > MAX_REPORT_JSON_DEPTH) {
    issues.push({
      file,
      message: `nests lists and objects ${depth} deep; a description needs at most ${MAX_REPORT_JSON_DEPTH}`,
    });
    return undefined;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    issues.push({ file, message: `is not valid JSON: ${(error as Error).message}` });
    return undefined;
  }
  const repeated = duplicateKeys(text);
  for (const { key, line } of repeated)
    issues.push({ file, line, column: key, message: "is set twice in one object; keep one of the two" });
  const parsed = reportDescriptionSchema.safeParse(json);
  if (!parsed.success) {
    for (const issue of descriptionIssues(parsed.error, file, json)) issues.push(issue);
    return undefined;
  }
  return repeated.length === 0 ? parsed.data : undefined;
}
