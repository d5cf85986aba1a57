import type { z } from "zod";
import type { DataIssue } from "./issues.ts";

/**
 * The one place that turns zod issues into {@link DataIssue}s (as Starlight's
 * `error-map.ts` does): the path becomes the column, the raw value is looked up by
 * that column, and zod's generic wording is replaced where it would say nothing useful.
 */
export function issuesFromZod(
  error: z.ZodError,
  place: { file: string; line?: number },
  valueOf: (column: string) => string | undefined,
  knownKeys: readonly string[] = [],
): DataIssue[] {
  const out: DataIssue[] = [];
  const at = place.line === undefined ? { file: place.file } : { file: place.file, line: place.line };
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") {
      // `knownKeys` are the top level's; a key inside an object (licence, sections) is named with its path.
      const parent = issue.path.map(String).join(".");
      for (const key of issue.keys) {
        out.push(
          parent === ""
            ? { ...at, column: key, message: `is not a known setting; use ${knownKeys.join(", ")}` }
            : { ...at, column: `${parent}.${key}`, message: `is not a known setting of ${parent}` },
        );
      }
      continue;
    }
    const column = issue.path.map(String).join(".");
    const value = column === "" ? undefined : valueOf(column);
    const message =
      issue.code === "invalid_type" && value === undefined
        ? "is missing"
        : issue.code === "invalid_type"
          ? `is not a ${issue.expected}`
          : issue.message;
    out.push({
      ...at,
      ...(column === "" ? {} : { column }),
      ...(value === undefined ? {} : { value }),
      message,
    });
  }
  return out;
}
