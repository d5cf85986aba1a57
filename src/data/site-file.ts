import { decodeUtf8 } from "./encoding.ts";
import { readDataFile } from "./files.ts";
import type { DataIssue } from "./issues.ts";
import { MAX_SITE_JSON_BYTES } from "./limits.ts";
import { siteSchema, type SiteConfig } from "./schemas/site.ts";
import { issuesFromZod } from "./zod-issues.ts";

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

/** Reads and validates `site.json`; pushes every problem onto `issues`. */
export function loadSite(path: string, file: string, dataDir: string, issues: DataIssue[]): SiteConfig | undefined {
  const read = readDataFile(path, dataDir, MAX_SITE_JSON_BYTES);
  if ("problem" in read) {
    const missing = read.problem === "cannot be found";
    issues.push({
      file,
      message: missing ? "is missing; it names the organisation and the site's address" : read.problem,
    });
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
  // A UTF-8 byte-order mark is what many Windows editors write; JSON.parse would refuse it.
  const text = decoded.text.replace(/^\uFEFF/, "");
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    issues.push({ file, message: `is not valid JSON: ${(error as Error).message}` });
    return undefined;
  }
  let clean = true;
  for (const { key, line } of duplicateKeys(text)) {
    clean = false;
    issues.push({ file, line, column: key, message: "is set twice; keep one of the two" });
  }
  const parsed = siteSchema.safeParse(json);
  if (parsed.success) return clean ? parsed.data : undefined;
  const record = typeof json === "object" && json !== null ? (json as Record<string, unknown>) : {};
  // A path such as licence.url reaches into the object it names.
  const valueOf = (key: string): string | undefined => {
    const value = key
      .split(".")
      .reduce<unknown>(
        (at, part) => (typeof at === "object" && at !== null ? (at as Record<string, unknown>)[part] : undefined),
        record,
      );
    return typeof value === "string" ? value : value === undefined ? undefined : JSON.stringify(value);
  };
  for (const issue of issuesFromZod(parsed.error, { file }, valueOf, Object.keys(siteSchema.shape))) {
    issues.push(issue.column ? issue : { ...issue, column: "(file)" });
  }
  return undefined;
}
