/**
 * Loads a data folder that has a report description: report.json says which sections there are and what
 * their files hold, and every section's folder is checked against it, with every problem in every file
 * collected before anything is published.
 */
import { lstatSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { decodeUtf8 } from "../encoding.ts";
import { readDataFile, readFolder } from "../files.ts";
import type { DataIssue } from "../issues.ts";
import { MAX_CSV_BYTES } from "../limits.ts";
import type { SiteConfig } from "../schemas/site.ts";
import { loadSite } from "../site-file.ts";
import { type BandsRow, validateBandsFile } from "./bands-file.ts";
import { type CountsRow, validateCountsFile } from "./counts-file.ts";
import { loadReportDescription } from "./description-file.ts";
import { checkReportPublication, type ReportCorrection, type ReportRelease } from "./publication-files.ts";
import type {
  BandsSectionDescription,
  CountsSectionDescription,
  ReportDescription,
  SectionDescription,
} from "./description-schema.ts";
import {
  compareReportPeriods,
  parseReportPeriodId,
  periodsOverlap,
  type ReportPeriod,
  reportPeriodEnd,
  reportPeriodId,
} from "./report-period.ts";

/** The file name of a data folder's report description. */
export const REPORT_FILE = "report.json";

/** When a description sets no first period: the first the project has always accepted. */
export const DEFAULT_FIRST_PERIOD: ReportPeriod = { kind: "half", year: 2013, half: 1 };

export interface ReportPeriodFile<Row> {
  readonly period: ReportPeriod;
  readonly source: string;
  readonly rows: readonly Row[];
}

export type ReportSectionData =
  | {
      readonly kind: "counts";
      readonly description: CountsSectionDescription;
      readonly periods: readonly ReportPeriodFile<CountsRow>[];
    }
  | {
      readonly kind: "bands";
      readonly description: BandsSectionDescription;
      readonly periods: readonly ReportPeriodFile<BandsRow>[];
    };

/** A described report, validated: what every page and download of such a report is made from. */
export interface ReportData {
  readonly site: SiteConfig;
  readonly description: ReportDescription;
  /** In the description's order. */
  readonly sections: readonly ReportSectionData[];
  /** From releases.csv; undefined without the file, so no page states a day the publisher did not give. */
  readonly releases?: readonly ReportRelease[] | undefined;
  /** From corrections.csv; undefined without the file, which is not a statement that nothing was corrected. */
  readonly corrections?: readonly ReportCorrection[] | undefined;
}

/** True when the data folder holds a report description (a file or anything else by that name). */
export function hasReportDescription(dataDir: string): boolean {
  return lstatSync(join(dataDir, REPORT_FILE), { throwIfNoEntry: false }) !== undefined;
}

function folderOf(section: SectionDescription): string {
  return section.folder ?? section.id;
}

/** The period a file name stands for, or why the name is not one. */
function periodOfFile(name: string, folder: string, first: ReportPeriod, today: Date): ReportPeriod | string {
  const match = /^(\d{4}(?:-H[12])?)\.csv$/.exec(name);
  const period = match?.[1] === undefined ? undefined : parseReportPeriodId(match[1]);
  if (!period) {
    return name.toLowerCase().endsWith(".csv")
      ? "is not a period file name; use YYYY-H1.csv, YYYY-H2.csv, or YYYY.csv for a whole year"
      : `is not a CSV file; data/${folder}/ may only hold period files`;
  }
  if (compareReportPeriods(period, first) < 0 && !periodsOverlap(period, first)) {
    return `is before ${reportPeriodId(first)}, the first period report.json allows (periods.first)`;
  }
  const end = reportPeriodEnd(period);
  if (end > today) {
    return `is a period that has not ended yet; ${reportPeriodId(period)} can be published from ${end.toISOString().slice(0, 10)}`;
  }
  return period;
}

/** Reads one section's folder, file by file, with the section's own validator. */
function checkSectionFolder<Row>(
  dataDir: string,
  root: string,
  section: SectionDescription,
  description: ReportDescription,
  today: Date,
  validate: (file: string, text: string) => { rows: Row[]; issues: DataIssue[] },
  issues: DataIssue[],
): ReportPeriodFile<Row>[] {
  const folder = folderOf(section);
  const dir = join(dataDir, folder);
  const first =
    description.periods.first === undefined
      ? DEFAULT_FIRST_PERIOD
      : (parseReportPeriodId(description.periods.first) ?? DEFAULT_FIRST_PERIOD);
  if (!lstatSync(dir, { throwIfNoEntry: false })) {
    issues.push({
      file: relative(root, dir),
      message: `is missing; report.json declares the section ${section.id} with its files in this folder`,
    });
    return [];
  }
  const listed = readFolder(dir, dataDir);
  for (const problem of listed.problems) issues.push({ file: relative(root, problem.path), message: problem.message });
  if (listed.files.length === 0 && listed.problems.length === 0) {
    issues.push({
      file: relative(root, dir),
      message: "holds no period files; add one such as 2020-H2.csv, or remove the section from report.json",
    });
  }
  const periods: ReportPeriodFile<Row>[] = [];
  for (const { name, path } of listed.files) {
    const file = relative(root, path);
    const period = periodOfFile(name, folder, first, today);
    if (typeof period === "string") {
      issues.push({ file, value: name, message: period });
      continue;
    }
    const read = readDataFile(path, dataDir, MAX_CSV_BYTES);
    if ("problem" in read) {
      issues.push({ file, message: read.problem });
      continue;
    }
    const decoded = decodeUtf8(read.bytes);
    if ("problem" in decoded) {
      issues.push({
        file,
        line: decoded.problem.line,
        column: String(decoded.problem.column),
        message: decoded.problem.message,
      });
      continue;
    }
    const result = validate(file, decoded.text);
    issues.push(...result.issues);
    periods.push({ period, source: file, rows: result.rows });
  }
  periods.sort((a, b) => compareReportPeriods(a.period, b.period));
  if (description.periods.yearsBesideHalves === "refuse") {
    for (const year of periods.filter((p) => p.period.kind === "year")) {
      for (const half of periods.filter((p) => p.period.kind === "half" && periodsOverlap(p.period, year.period))) {
        issues.push({
          file: year.source,
          message: `is a whole year beside its own half-year ${half.source}; a year is never added up from its halves, so give one or the other, or set "yearsBesideHalves": "stated" in report.json if you publish both`,
        });
      }
    }
  }
  const known = new Set(periods.map((p) => reportPeriodId(p.period)));
  section.coverage?.forEach((note, ni) => {
    note.periods?.forEach((id, pi) => {
      if (!known.has(id)) {
        issues.push({
          file: relative(root, join(dataDir, REPORT_FILE)),
          column: `sections[${description.sections.indexOf(section)}].coverage[${ni}].periods[${pi}]`,
          value: id,
          message: `is a period data/${folder}/ has no file for; a coverage note qualifies figures that are published`,
        });
      }
    });
  });
  return periods;
}

/** Folders in the data folder that no section declares: most likely a section left out of report.json. */
function undeclaredFolders(dataDir: string, root: string, description: ReportDescription): DataIssue[] {
  const declared = new Set(description.sections.map(folderOf));
  return readdirSync(dataDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith(".") && !declared.has(entry.name))
    .map((entry) => ({
      file: relative(root, join(dataDir, entry.name)),
      message:
        "is a folder no section of report.json declares; declare its section or move the folder out of the data folder",
    }));
}

/** Each place of a period file, with the processes its rows name (none in a section without processes). */
function placeProcesses(rows: readonly { place: string; process?: string }[]): Map<string, Set<string>> {
  const places = new Map<string, Set<string>>();
  for (const row of rows) {
    const processes = places.get(row.place) ?? new Set<string>();
    if (row.process !== undefined) processes.add(row.process);
    places.set(row.place, processes);
  }
  return places;
}

/**
 * Reads and validates a data folder with a report description. Returns the report when everything is
 * good, and every issue found otherwise.
 */
export function checkReportDir(options: {
  dataDir: string;
  today?: Date;
  root?: string;
  /** A description given by the caller instead of report.json (the fixed layout's, fixed-layout.ts). */
  description?: ReportDescription;
}): {
  report?: ReportData;
  issues: DataIssue[];
} {
  const root = options.root ?? process.cwd();
  const today = options.today ?? new Date();
  const { dataDir } = options;
  const issues: DataIssue[] = [];
  const sitePath = join(dataDir, "site.json");
  const site = loadSite(sitePath, relative(root, sitePath), dataDir, issues);
  const descriptionPath = join(dataDir, REPORT_FILE);
  const given = options.description;
  const description = given ?? loadReportDescription(descriptionPath, relative(root, descriptionPath), dataDir, issues);
  if (!description) return { issues };
  if (!given) issues.push(...undeclaredFolders(dataDir, root, description));
  const sections = description.sections.map((section): ReportSectionData => {
    if (section.kind === "counts") {
      const validate = (file: string, text: string) => validateCountsFile(file, text, section, description.places);
      return {
        kind: "counts",
        description: section,
        periods: checkSectionFolder(dataDir, root, section, description, today, validate, issues),
      };
    }
    const validate = (file: string, text: string) => validateBandsFile(file, text, section);
    return {
      kind: "bands",
      description: section,
      periods: checkSectionFolder(dataDir, root, section, description, today, validate, issues),
    };
  });
  if (issues.length > 0 || !site) return { issues };
  // A fixed-layout folder read through its own description (fixed-layout.ts) keeps its own releases and
  // corrections files and readers (src/data/publication.ts).
  if (given) return { report: { site, description, sections }, issues };
  // Only against sections that read cleanly: a row left out for a fault of its own, or a period file that is
  // refused, would otherwise show up a second time as a correction or release that names nothing.
  const publication = checkReportPublication({
    dataDir,
    root,
    sections: sections.map((s) => ({
      description: s.description,
      periods: s.periods.map((p) => ({
        period: p.period,
        places: placeProcesses(p.rows as readonly { place: string; process?: string }[]),
      })),
    })),
    today,
  });
  if (publication.issues.length > 0) return { issues: publication.issues };
  const { releases, corrections } = publication;
  return { report: { site, description, sections, releases, corrections }, issues };
}

/**
 * checkReportDir on `dataDir`, once per process: the pages (src/lib/report-model.ts) and the sitemap's dates
 * (src/integrations/report-sitemap-lastmod.ts) read the same report. Astro bundles those two apart, each with
 * its own copy of this module, so the result is kept on globalThis; reading and validating a large report
 * again at the end of a build cost its main thread more than a second and a second copy of the data.
 */
export function checkReportDirOnce(dataDir: string): ReturnType<typeof checkReportDir> {
  const loaded = ((globalThis as { [key: symbol]: unknown })[Symbol.for("transparency-report.checked-report")] ??=
    new Map()) as Map<string, ReturnType<typeof checkReportDir>>;
  let checked = loaded.get(dataDir);
  if (!checked) loaded.set(dataDir, (checked = checkReportDir({ dataDir })));
  return checked;
}
