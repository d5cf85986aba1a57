import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join, relative } from "node:path";
import type { Dataset, PeriodData } from "./dataset.ts";
import { type DataIssue, DataValidationError } from "./issues.ts";
import { comparePeriods } from "./period.ts";
import { checkPublicationFiles } from "./publication.ts";
import { periodFileNameSchema } from "./schemas/period-file.ts";
import { siteSchema, type SiteConfig } from "./schemas/site.ts";
import { validatePeriodFile } from "./validate-file.ts";

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

/**
 * Validates every file in a `requests/` folder. Returns the periods that could be
 * read and every issue found, across all files.
 */
export function checkRequestsDir(
  requestsDir: string,
  { today = new Date(), root = process.cwd() }: { today?: Date; root?: string } = {},
): { periods: PeriodData[]; issues: DataIssue[] } {
  const issues: DataIssue[] = [];
  const names = existsSync(requestsDir)
    ? readdirSync(requestsDir)
        .filter((name) => !name.startsWith("."))
        .sort()
    : [];
  if (names.length === 0) {
    issues.push({ file: relative(root, requestsDir), message: "holds no period files; add one such as 2020-H2.csv" });
  }
  const nameSchema = periodFileNameSchema(today);
  const periods: PeriodData[] = [];
  for (const name of names) {
    const path = join(requestsDir, name);
    const file = relative(root, path);
    const period = nameSchema.safeParse(name);
    if (!period.success) {
      for (const issue of period.error.issues) issues.push({ file, value: name, message: issue.message });
      continue;
    }
    const result = validatePeriodFile(file, readFileSync(path, "utf8"));
    issues.push(...result.issues);
    periods.push({ period: period.data, rows: result.rows, source: file });
  }
  periods.sort((a, b) => comparePeriods(a.period, b.period));
  return { periods, issues };
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
  const { releases, corrections, ...publication } = checkPublicationFiles(options.dataDir, requests.periods, {
    root,
    ...(options.today ? { today: options.today } : {}),
  });
  issues.push(...publication.issues);
  if (issues.length > 0 || !site) return { issues };
  return { dataset: { site, periods: requests.periods, releases, corrections }, issues };
}

/** Like {@link checkDataDir}, but throws a {@link DataValidationError} listing every issue. */
export function loadDataset(options: LoadOptions): Dataset {
  const { dataset, issues } = checkDataDir(options);
  if (!dataset) throw new DataValidationError(issues);
  return dataset;
}
