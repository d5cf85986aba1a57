/**
 * Reads `data/report.json` as untrusted input with the hardened JSON reader every publisher JSON file gets
 * (json-file.ts: no folders, pipes or links out of the data folder, UTF-8 only, a size and nesting limit,
 * keys written twice, no control characters in any key or string), then the schema. Every fault
 * becomes `data/report.json:<path>: "value" reason`, where the path is the JSON path of the value
 * (`sections[2].outcomes.scheme`).
 */
import type { z } from "zod";
import type { DataIssue } from "../issues.ts";
import { readJsonFile } from "../json-file.ts";
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
  const read = readJsonFile(path, file, dataDir, {
    maxBytes: MAX_REPORT_JSON_BYTES,
    maxDepth: MAX_REPORT_JSON_DEPTH,
    whenMissing: "is missing",
  });
  // The reader names a value's place with dots (`sections.0.label`); this file's messages use JSON paths.
  const readIssues = read.issues.map((issue) =>
    issue.line === undefined && issue.column !== undefined
      ? { ...issue, column: issue.column.replace(/\.(\d+)(?=\.|$)/g, "[$1]") }
      : issue,
  );
  issues.push(...readIssues);
  if (read.json === undefined) return undefined;
  const parsed = reportDescriptionSchema.safeParse(read.json);
  if (!parsed.success) {
    // A value the reader already refused (a control character) is not reported a second time by the schema.
    const placed = new Set(readIssues.map((issue) => issue.column));
    issues.push(...descriptionIssues(parsed.error, file, read.json).filter((issue) => !placed.has(issue.column)));
    return undefined;
  }
  return read.issues.length === 0 ? parsed.data : undefined;
}
