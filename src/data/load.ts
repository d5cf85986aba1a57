import { join, relative } from "node:path";
import type { Dataset, PeriodData } from "./dataset.ts";
import { decodeUtf8 } from "./encoding.ts";
import { readDataFile, readFolder } from "./files.ts";
import { describeCharacter, type HasGlyph, missingCharacters } from "./glyphs.ts";
import { type DataIssue, DataValidationError } from "./issues.ts";
import { MAX_CSV_BYTES } from "./limits.ts";
import { displayNames } from "./names.ts";
import { comparePeriods } from "./period.ts";
import { periodFileNameSchema } from "./schemas/period-file.ts";
import { loadSite } from "./site-file.ts";
import { validatePeriodFile } from "./validate-file.ts";

export interface LoadOptions {
  /** Folder holding `site.json` and `requests/`. */
  dataDir: string;
  /** The day against which "in the future" is judged. Defaults to now. */
  today?: Date;
  /** Base for the file paths in messages. Defaults to the working directory. */
  root?: string;
  /**
   * The PDF font's glyph check, injected by the caller (scripts/validate.ts) so this
   * layer does not import the PDF code. When given, names it cannot draw are errors.
   */
  hasGlyph?: HasGlyph;
}

export interface FolderOptions {
  today?: Date;
  root?: string;
  /** Files (and symlink targets) must lie inside this folder. Defaults to the folder's parent. */
  allowedRoot?: string;
}

/**
 * Validates every file in one folder of period files (such as `requests/`). Returns the
 * periods that could be read and every issue found, across all files.
 */
export function checkRequestsDir(
  requestsDir: string,
  { today = new Date(), root = process.cwd(), allowedRoot = join(requestsDir, "..") }: FolderOptions = {},
): { periods: PeriodData[]; issues: DataIssue[] } {
  const issues: DataIssue[] = [];
  const folder = readFolder(requestsDir, allowedRoot);
  for (const problem of folder.problems) issues.push({ file: relative(root, problem.path), message: problem.message });
  if (folder.files.length === 0 && folder.problems.length === 0) {
    issues.push({ file: relative(root, requestsDir), message: "holds no period files; add one such as 2020-H2.csv" });
  }
  const nameSchema = periodFileNameSchema(today);
  const periods: PeriodData[] = [];
  for (const { name, path } of folder.files) {
    const file = relative(root, path);
    const period = nameSchema.safeParse(name);
    if (!period.success) {
      for (const issue of period.error.issues) issues.push({ file, value: name, message: issue.message });
      continue;
    }
    const read = readDataFile(path, allowedRoot, MAX_CSV_BYTES);
    if ("problem" in read) {
      issues.push({ file, message: read.problem });
      continue;
    }
    const decoded = decodeUtf8(read.bytes);
    if ("problem" in decoded) {
      const { line, column, message } = decoded.problem;
      issues.push({ file, line, column: String(column), message });
      continue;
    }
    const result = validatePeriodFile(file, decoded.text);
    for (const issue of result.issues) issues.push(issue);
    periods.push({ period: period.data, rows: result.rows, source: file });
  }
  periods.sort((a, b) => comparePeriods(a.period, b.period));
  return { periods, issues };
}

/** Names the PDF font cannot draw, one issue per row. */
function glyphIssues(periods: readonly PeriodData[], hasGlyph: HasGlyph): DataIssue[] {
  const issues: DataIssue[] = [];
  for (const p of periods) {
    for (const row of p.rows) {
      const missing = missingCharacters(row.country, hasGlyph);
      if (missing.length === 0) continue;
      issues.push({
        file: p.source,
        line: row.line,
        column: "country",
        value: row.country,
        message: `has characters the PDF font cannot draw: ${missing.map(describeCharacter).join(", ")}; write the name in a script the font covers (Latin, Greek, Cyrillic, Arabic, Hebrew …)`,
      });
    }
  }
  return issues;
}

/**
 * Reads and validates everything in the data folder. Collects the issues of
 * all files before it gives up, so a publisher sees the whole list at once.
 * Warnings (a country named differently across periods) do not stop publishing.
 */
export function checkDataDir(options: LoadOptions): {
  dataset?: Dataset;
  issues: DataIssue[];
  warnings: DataIssue[];
} {
  const root = options.root ?? process.cwd();
  const issues: DataIssue[] = [];
  const sitePath = join(options.dataDir, "site.json");
  const site = loadSite(sitePath, relative(root, sitePath), options.dataDir, issues);
  const requests = checkRequestsDir(join(options.dataDir, "requests"), {
    root,
    allowedRoot: options.dataDir,
    ...(options.today ? { today: options.today } : {}),
  });
  for (const issue of requests.issues) issues.push(issue);
  if (options.hasGlyph) {
    for (const issue of glyphIssues(requests.periods, options.hasGlyph)) issues.push(issue);
    for (const key of ["organisation", "title"] as const) {
      const missing = site ? missingCharacters(site[key], options.hasGlyph) : [];
      if (missing.length > 0) {
        issues.push({
          file: relative(root, sitePath),
          column: key,
          value: site?.[key] ?? "",
          message: `has characters the PDF font cannot draw: ${missing.map(describeCharacter).join(", ")}`,
        });
      }
    }
  }
  const named = displayNames(requests.periods);
  if (issues.length > 0 || !site) return { issues, warnings: named.warnings };
  return { dataset: { site, periods: named.periods }, issues, warnings: named.warnings };
}

/** Like {@link checkDataDir}, but throws a {@link DataValidationError} listing every issue. */
export function loadDataset(options: LoadOptions): Dataset {
  const { dataset, issues } = checkDataDir(options);
  if (!dataset) throw new DataValidationError(issues);
  return dataset;
}
