import { lstatSync } from "node:fs";
import { join, relative } from "node:path";
import {
  type Dataset,
  datasetOf,
  type PeriodData,
  type PeriodFile,
  type RangePeriodData,
  type SectionData,
} from "./dataset.ts";
import { readFolder } from "./files.ts";
import { describeCharacter, glyphIssues, type HasGlyph, missingCharacters } from "./glyphs.ts";
import { type DataIssue, DataValidationError } from "./issues.ts";
import { MAX_CSV_BYTES } from "./limits.ts";
import { applyNames, nameRule } from "./names.ts";
import { comparePeriods, periodId } from "./period.ts";
import { checkPublicationFiles } from "./publication.ts";
import { periodFileNameSchema } from "./schemas/period-file.ts";
import { FIRST_SECTION, SECTION_IDS, SECTIONS } from "./sections.ts";
import type { SiteConfig } from "./schemas/site.ts";
import { loadSite } from "./site-file.ts";
import { readTextFile } from "./text-file.ts";
import { validatePeriodFile } from "./validate-file.ts";
import { validateRangeFile } from "./validate-range-file.ts";
import { hasReportDescription, REPORT_FILE } from "./report/load-report.ts";

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
  /** The folder's name under data/, for messages; `requests` unless told. */
  folder?: string;
}

/** Validates the text of one period file; `file` is the path used in messages. */
type FileValidator<Row> = (file: string, text: string) => { rows: Row[]; issues: DataIssue[] };

/**
/**
 * Validates every file in one folder of period files: `requests/`, or another
 * section's folder of the same columns. Returns the periods that could be read and
 * every issue found, across all files. With `validate`, checks a folder of another
 * format (national-security ranges) with the same folder and file-name rules.
 */
export function checkRequestsDir(
  requestsDir: string,
  options?: FolderOptions,
): { periods: PeriodData[]; issues: DataIssue[] };
export function checkRequestsDir<Row>(
  requestsDir: string,
  options: FolderOptions,
  validate: FileValidator<Row>,
): { periods: PeriodFile<Row>[]; issues: DataIssue[] };
export function checkRequestsDir(
  requestsDir: string,
  {
    today = new Date(),
    root = process.cwd(),
    allowedRoot = join(requestsDir, ".."),
    folder: folderName = "requests",
  }: FolderOptions = {},
  validate: FileValidator<unknown> = validatePeriodFile,
): { periods: PeriodFile<unknown>[]; issues: DataIssue[] } {
  const issues: DataIssue[] = [];
  const folder = readFolder(requestsDir, allowedRoot);
  for (const problem of folder.problems) issues.push({ file: relative(root, problem.path), message: problem.message });
  if (folder.files.length === 0 && folder.problems.length === 0) {
    issues.push({ file: relative(root, requestsDir), message: "holds no period files; add one such as 2020-H2.csv" });
  }
  const nameSchema = periodFileNameSchema(today, folderName);
  const periods: PeriodFile<unknown>[] = [];
  for (const { name, path } of folder.files) {
    const file = relative(root, path);
    const period = nameSchema.safeParse(name);
    if (!period.success) {
      for (const issue of period.error.issues) issues.push({ file, value: name, message: issue.message });
      continue;
    }
    const read = readTextFile(path, file, allowedRoot, MAX_CSV_BYTES);
    if ("issue" in read) {
      issues.push(read.issue);
      continue;
    }
    const result = validate(file, read.text);
    for (const issue of result.issues) issues.push(issue);
    periods.push({ period: period.data, rows: result.rows, source: file });
  }
  periods.sort((a, b) => comparePeriods(a.period, b.period));
  return { periods, issues };
}

/** Texts of site.json the PDF font cannot draw: the organisation, the title and every section's wording. */
function siteGlyphIssues(site: SiteConfig, file: string, hasGlyph: HasGlyph): DataIssue[] {
  const texts: [column: string, text: string | undefined][] = [
    ["organisation", site.organisation],
    ["title", site.title],
  ];
  for (const id of SECTION_IDS) {
    for (const key of ["label", "shortLabel", "description"] as const) {
      texts.push([`sections.${id}.${key}`, site.sections?.[id]?.[key]]);
    }
  }
  const issues: DataIssue[] = [];
  for (const [column, text] of texts) {
    const missing = text === undefined ? [] : missingCharacters(text, hasGlyph);
    if (missing.length === 0) continue;
    issues.push({
      file,
      column,
      value: text ?? "",
      message: `has characters the PDF font cannot draw: ${missing.map(describeCharacter).join(", ")}`,
    });
  }
  return issues;
}

/**
 * Validates the folder of every optional section that exists in `dataDir`.
 * A section's periods must be among the law-enforcement ones, which set the
 * report's pages: a period only a section has would be published nowhere.
 */
function checkSectionDirs(
  dataDir: string,
  lawEnforcement: readonly PeriodData[],
  options: FolderOptions,
): { sections: SectionData[]; issues: DataIssue[] } {
  const issues: DataIssue[] = [];
  const sections: SectionData[] = [];
  const known = new Set(lawEnforcement.map((p) => periodId(p.period)));
  for (const def of SECTIONS) {
    const dir = join(dataDir, def.folder);
    // An absent folder is a section the publisher does not report; anything else there
    // (a file, a dangling link) is checked like requests/ and reported.
    if (def.required || !lstatSync(dir, { throwIfNoEntry: false })) continue;
    const dirOptions = { ...options, folder: def.folder };
    const checked =
      def.kind === "ranges" ? checkRequestsDir(dir, dirOptions, validateRangeFile) : checkRequestsDir(dir, dirOptions);
    issues.push(...checked.issues);
    for (const p of checked.periods.filter((p) => !known.has(periodId(p.period)))) {
      issues.push({
        file: p.source,
        message: `is a period that data/${FIRST_SECTION.folder}/ does not have; a section's periods must each have a law-enforcement file too, since those set the report's pages`,
      });
    }
    sections.push(
      def.kind === "ranges"
        ? { id: def.id, kind: def.kind, periods: checked.periods as RangePeriodData[] }
        : { id: def.id, kind: def.kind, periods: checked.periods as PeriodData[] },
    );
  }
  return { sections, issues };
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
  if (hasReportDescription(options.dataDir)) {
    // A described report is read by checkReportDir (src/data/report/) and built from src/described/; read
    // as the fixed layout it would lose what the description says, so it is refused here rather than misread.
    const file = relative(root, join(options.dataDir, REPORT_FILE));
    const message =
      "describes the report, so the folder is read through the report model (src/data/report/), not as the fixed layout of data/README.md";
    return { issues: [{ file, message }], warnings: [] };
  }
  const issues: DataIssue[] = [];
  const sitePath = join(options.dataDir, "site.json");
  const site = loadSite(sitePath, relative(root, sitePath), options.dataDir, issues);
  const requests = checkRequestsDir(join(options.dataDir, "requests"), {
    root,
    allowedRoot: options.dataDir,
    ...(options.today ? { today: options.today } : {}),
  });
  for (const issue of requests.issues) issues.push(issue);
  const others = checkSectionDirs(options.dataDir, requests.periods, {
    root,
    allowedRoot: options.dataDir,
    ...(options.today ? { today: options.today } : {}),
  });
  for (const issue of others.issues) issues.push(issue);
  const sectionFiles = others.sections.flatMap(
    (section): readonly PeriodFile<{ countryCode: string; country: string; line: number }>[] => section.periods,
  );
  if (options.hasGlyph) {
    for (const issue of glyphIssues([...requests.periods, ...sectionFiles], options.hasGlyph)) issues.push(issue);
    if (site) for (const issue of siteGlyphIssues(site, relative(root, sitePath), options.hasGlyph)) issues.push(issue);
  }
  const { releases, corrections, ...publication } = checkPublicationFiles(options.dataDir, requests.periods, {
    root,
    ...(options.today ? { today: options.today } : {}),
    sections: [{ id: FIRST_SECTION.id, periods: requests.periods }, ...others.sections],
    ...(options.hasGlyph ? { hasGlyph: options.hasGlyph } : {}),
  });
  for (const issue of publication.issues) issues.push(issue);
  const names = nameRule([...requests.periods, ...sectionFiles]);
  if (issues.length > 0 || !site) return { issues, warnings: names.warnings };
  const sections = others.sections.map((section): SectionData =>
    section.kind === "ranges"
      ? { ...section, periods: applyNames(section.periods, names.shown) }
      : { ...section, periods: applyNames(section.periods, names.shown) },
  );
  return {
    dataset: {
      ...datasetOf(site, applyNames(requests.periods, names.shown), sections),
      // Only when the files exist, so a folder without them loads exactly as it did before they did.
      ...(releases.length > 0 ? { releases } : {}),
      // A corrections.csv with no rows is kept (as an empty list): it says that nothing was corrected.
      ...(corrections !== undefined ? { corrections } : {}),
    },
    issues,
    warnings: names.warnings,
  };
}

/** Like {@link checkDataDir}, but throws a {@link DataValidationError} listing every issue. */
export function loadDataset(options: LoadOptions): Dataset {
  const { dataset, issues } = checkDataDir(options);
  if (!dataset) throw new DataValidationError(issues);
  return dataset;
}
