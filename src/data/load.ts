import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join, relative } from "node:path";
import {
  type Dataset,
  datasetOf,
  type PeriodData,
  type PeriodFile,
  type RangePeriodData,
  type SectionData,
} from "./dataset.ts";
import { type DataIssue, DataValidationError } from "./issues.ts";
import { comparePeriods, periodId } from "./period.ts";
import { periodFileNameSchema } from "./schemas/period-file.ts";
import { siteSchema, type SiteConfig } from "./schemas/site.ts";
import { LAW_ENFORCEMENT, SECTIONS } from "./sections.ts";
import { validatePeriodFile } from "./validate-file.ts";
import { validateRangeFile } from "./validate-range-file.ts";

export interface LoadOptions {
  /** Folder holding `site.json` and `requests/`. */
  dataDir: string;
  /** The day against which "in the future" is judged. Defaults to now. */
  today?: Date;
  /** Base for the file paths in messages. Defaults to the working directory. */
  root?: string;
}

function loadSite(path: string, file: string, issues: DataIssue[]): SiteConfig | undefined {
  if (!existsSync(path)) {
    issues.push({ file, message: "is missing; it names the organisation and the site's address" });
    return undefined;
  }
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    issues.push({ file, message: `is not valid JSON: ${(error as Error).message}` });
    return undefined;
  }
  const parsed = siteSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        issues.push({
          file,
          column: key,
          message: `is not a known setting; use ${Object.keys(siteSchema.shape).join(", ")}`,
        });
      }
      continue;
    }
    const key = issue.path.join(".") || "(file)";
    const value = typeof json === "object" && json !== null ? (json as Record<string, unknown>)[key] : undefined;
    const shown = typeof value === "string" ? value : value === undefined ? undefined : JSON.stringify(value);
    issues.push({ file, column: key, ...(shown === undefined ? {} : { value: shown }), message: issue.message });
  }
  return undefined;
}

interface DirOptions {
  /** The day against which "in the future" is judged. */
  today?: Date;
  /** Base for the file paths in messages. */
  root?: string;
  /** The folder's name under data/, for messages; `requests` unless told. */
  folder?: string;
}

/** Validates the text of one period file; `file` is the path used in messages. */
type FileValidator<Row> = (file: string, text: string) => { rows: Row[]; issues: DataIssue[] };

/**
 * Validates every file in a `requests/` folder (or another section's folder of
 * the same columns). Returns the periods that could be read and every issue
 * found, across all files. With `validate`, checks a folder of another format
 * (national-security ranges) with the same folder and file-name rules.
 */
export function checkRequestsDir(
  requestsDir: string,
  options?: DirOptions,
): { periods: PeriodData[]; issues: DataIssue[] };
export function checkRequestsDir<Row>(
  requestsDir: string,
  options: DirOptions,
  validate: FileValidator<Row>,
): { periods: PeriodFile<Row>[]; issues: DataIssue[] };
export function checkRequestsDir(
  requestsDir: string,
  { today = new Date(), root = process.cwd(), folder = "requests" }: DirOptions = {},
  validate: FileValidator<unknown> = validatePeriodFile,
): { periods: PeriodFile<unknown>[]; issues: DataIssue[] } {
  const issues: DataIssue[] = [];
  const names = existsSync(requestsDir)
    ? readdirSync(requestsDir)
        .filter((name) => !name.startsWith("."))
        .sort()
    : [];
  if (names.length === 0) {
    issues.push({ file: relative(root, requestsDir), message: "holds no period files; add one such as 2020-H2.csv" });
  }
  const nameSchema = periodFileNameSchema(today, folder);
  const periods: PeriodFile<unknown>[] = [];
  for (const name of names) {
    const path = join(requestsDir, name);
    const file = relative(root, path);
    const period = nameSchema.safeParse(name);
    if (!period.success) {
      for (const issue of period.error.issues) issues.push({ file, value: name, message: issue.message });
      continue;
    }
    const result = validate(file, readFileSync(path, "utf8"));
    issues.push(...result.issues);
    periods.push({ period: period.data, rows: result.rows, source: file });
  }
  periods.sort((a, b) => comparePeriods(a.period, b.period));
  return { periods, issues };
}

/**
 * Validates the folder of every optional section that exists in `dataDir`.
 * A section's periods must be among the law-enforcement ones, which set the
 * report's pages: a period only a section has would be published nowhere.
 */
function checkSectionDirs(
  dataDir: string,
  lawEnforcement: readonly PeriodData[],
  options: DirOptions,
): { sections: SectionData[]; issues: DataIssue[] } {
  const issues: DataIssue[] = [];
  const sections: SectionData[] = [];
  const known = new Set(lawEnforcement.map((p) => periodId(p.period)));
  for (const def of SECTIONS) {
    const dir = join(dataDir, def.folder);
    if (def.required || !existsSync(dir)) continue;
    const dirOptions = { ...options, folder: def.folder };
    const checked =
      def.kind === "ranges" ? checkRequestsDir(dir, dirOptions, validateRangeFile) : checkRequestsDir(dir, dirOptions);
    issues.push(...checked.issues);
    for (const p of checked.periods.filter((p) => !known.has(periodId(p.period)))) {
      issues.push({
        file: p.source,
        message: `is a period that data/${LAW_ENFORCEMENT.folder}/ does not have; a section's periods must each have a law-enforcement file too, since those set the report's pages`,
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
 */
export function checkDataDir(options: LoadOptions): { dataset?: Dataset; issues: DataIssue[] } {
  const root = options.root ?? process.cwd();
  const issues: DataIssue[] = [];
  const sitePath = join(options.dataDir, "site.json");
  const site = loadSite(sitePath, relative(root, sitePath), issues);
  const requests = checkRequestsDir(join(options.dataDir, "requests"), {
    root,
    ...(options.today ? { today: options.today } : {}),
  });
  issues.push(...requests.issues);
  const others = checkSectionDirs(options.dataDir, requests.periods, {
    root,
    ...(options.today ? { today: options.today } : {}),
  });
  issues.push(...others.issues);
  if (issues.length > 0 || !site) return { issues };
  return { dataset: datasetOf(site, requests.periods, others.sections), issues };
}

/** Like {@link checkDataDir}, but throws a {@link DataValidationError} listing every issue. */
export function loadDataset(options: LoadOptions): Dataset {
  const { dataset, issues } = checkDataDir(options);
  if (!dataset) throw new DataValidationError(issues);
  return dataset;
}
