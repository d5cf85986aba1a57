import type { DataIssue } from "./issues.ts";
import { readJsonFile } from "./json-file.ts";
import { MAX_SITE_JSON_BYTES } from "./limits.ts";
import { siteSchema, type SiteConfig } from "./schemas/site.ts";
import { issuesFromZod } from "./zod-issues.ts";

/** Reads and validates `site.json`; pushes every problem onto `issues`. */
export function loadSite(path: string, file: string, dataDir: string, issues: DataIssue[]): SiteConfig | undefined {
  const read = readJsonFile(path, file, dataDir, {
    maxBytes: MAX_SITE_JSON_BYTES,
    whenMissing: "is missing; it names the organisation and the site's address",
  });
  if (read.json === undefined) {
    for (const issue of read.issues) issues.push(issue);
    return undefined;
  }
  const json = read.json;
  const parsed = siteSchema.safeParse(json);
  // The value at a dotted path (`sections.civil.label`), as a message quotes it; objects are not quoted.
  const valueOf = (column: string): string | undefined => {
    let value: unknown = json;
    for (const key of column.split(".")) {
      value = typeof value === "object" && value !== null ? (value as Record<string, unknown>)[key] : undefined;
    }
    if (typeof value === "string") return value;
    return typeof value === "number" || typeof value === "boolean" ? String(value) : undefined;
  };
  const schemaIssues = parsed.success
    ? []
    : issuesFromZod(parsed.error, { file }, valueOf, Object.keys(siteSchema.shape)).map((issue) =>
        issue.column ? issue : { ...issue, column: "(file)" },
      );
  // A character the schema flags in words of its own ("the organisation's name") is not reported twice.
  const flagged = new Set(schemaIssues.map((issue) => issue.column));
  const readIssues = read.issues.filter((issue) => issue.value === undefined || !flagged.has(issue.column));
  for (const issue of [...readIssues, ...schemaIssues]) issues.push(issue);
  return parsed.success && readIssues.length === 0 ? parsed.data : undefined;
}
