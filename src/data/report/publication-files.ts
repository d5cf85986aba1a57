/**
 * `releases.csv` and `corrections.csv` of a described report (docs/report-model.md): the day each period was
 * first published, and what was corrected after that. Read with the hardened reader every data file goes
 * through and checked row by row with zod (record-file.ts), then against the model: a release dates a period
 * some section published, and a correction names the section, place, period and declared figures it changed.
 */
import { join, relative } from "node:path";
import { z } from "zod";
import type { DataIssue } from "../issues.ts";
import { MAX_CSV_BYTES, MAX_NOTE_LENGTH } from "../limits.ts";
import { readRecordFile } from "../record-file.ts";
import { dayId, pastDayCell } from "../schemas/day.ts";
import { textProblem } from "../text-checks.ts";
import { readOptionalTextFile } from "../text-file.ts";
import type { SectionDescription } from "./description-schema.ts";
import { parseReportPeriodId, type ReportPeriod, reportPeriodEnd, reportPeriodId } from "./report-period.ts";

/** The day one period's figures were first published. */
export interface ReportRelease {
  /** `2023-H1` or `2022`, as in file names. */
  readonly period: string;
  /** `2023-08-01`. */
  readonly published: string;
}

/** One correction to a described report's published figures. */
export interface ReportCorrection {
  /** `2023-09-12`. */
  readonly date: string;
  /** A section id of report.json. */
  readonly section: string;
  /** `2023-H1` or `2022`. */
  readonly period: string;
  /** An ISO code, a declared place's id, or `total` (the publisher's stated total). */
  readonly place: string;
  /**
   * The one process row the correction changed (`subpoena`, or `all` for the row of every process), when the
   * file names one; undefined for a correction to the place's rows in that file, whatever their process.
   */
  readonly process?: string;
  /** The columns the correction changed, as the section's files name them (`requests`, `some_data_percent`, `demands`). */
  readonly figures: readonly string[];
  readonly note: string;
  /** A stable, unique id for links: `correction-2023-09-12-civil-2023-h1-br`, numbered when two would clash. */
  readonly anchor: string;
}

/** What the two files say; undefined where the file is absent, which is not the same as a file with no rows. */
export interface ReportPublication {
  readonly releases: readonly ReportRelease[] | undefined;
  readonly corrections: readonly ReportCorrection[] | undefined;
}

/** The files a described data folder may hold beside report.json, site.json and the section folders. */
export const PUBLICATION_FILES = ["releases.csv", "corrections.csv"] as const;

export const REPORT_RELEASE_COLUMNS = ["period", "published"] as const;
export const REPORT_CORRECTION_COLUMNS = ["date", "section", "period", "place", "figures", "note"] as const;
/** An optional column: the process row a correction changed, in a section that declares processes. */
export const REPORT_CORRECTION_OPTIONAL_COLUMNS = ["process"] as const;

/** A period as a file names it, `2023-H1`, `2023-H2` or `2023`; whether it was published is checked after. */
const reportPeriodCell = z
  .string()
  .refine(
    (text) => /^\d{4}(-H[12])?$/.test(text) && parseReportPeriodId(text) !== undefined,
    "is not a period written YYYY-H1, YYYY-H2 or YYYY for a whole year, such as 2023-H1",
  );

function releaseRowSchema(today: Date) {
  return z.object({ period: reportPeriodCell, published: pastDayCell(today) });
}

function correctionRowSchema(today: Date) {
  return z.object({
    date: pastDayCell(today),
    section: z.string().min(1, "is empty; name the section of report.json whose figures changed"),
    period: reportPeriodCell,
    place: z.string().min(1, "is empty; name the country code or the declared place whose figures changed"),
    process: z.string().optional(),
    figures: z
      .string()
      .transform((cell) => cell.split(" ").filter((name) => name !== ""))
      .refine((names) => names.length > 0, "is empty; name the columns whose figures changed, separated by spaces"),
    note: z
      .string()
      .transform((note) => note.replace(/\r\n?/g, "\n").trim())
      .superRefine((note, ctx) => {
        const problem = textProblem(note, "a correction note", MAX_NOTE_LENGTH, "is empty; say what changed and why");
        if (problem) ctx.addIssue({ code: "custom", message: problem });
      }),
  });
}

/** The columns of a section's files that hold figures a correction can name. */
export function correctableColumns(section: SectionDescription): string[] {
  if (section.kind === "bands") return Object.keys(section.measures);
  const columns = ["requests"];
  if (section.measures.accounts) columns.push("accounts");
  if (section.measures.notified) columns.push("notified");
  const scheme = section.outcomes;
  if (scheme.scheme === "four") columns.push("content", "non_content", "no_data", "rejected");
  if (scheme.scheme === "some-data") columns.push(scheme.given === "count" ? "some_data" : "some_data_percent");
  return columns;
}

/** A section's published periods, with the places each file has a row for and the processes of their rows. */
export interface PublishedSection {
  readonly description: SectionDescription;
  readonly periods: readonly { period: ReportPeriod; places: ReadonlyMap<string, ReadonlySet<string>> }[];
}

function checkReleases(
  file: string,
  text: string,
  sections: readonly PublishedSection[],
  today: Date,
): { releases: ReportRelease[]; issues: DataIssue[] } {
  const { rows, issues } = readRecordFile(file, text, { required: REPORT_RELEASE_COLUMNS }, releaseRowSchema(today));
  const periods = new Map<string, ReportPeriod>();
  for (const s of sections) for (const p of s.periods) periods.set(reportPeriodId(p.period), p.period);
  const firstLine = new Map<string, number>();
  const releases: ReportRelease[] = [];
  for (const { line, raw, data } of rows) {
    const period = periods.get(data.period);
    if (!period) {
      issues.push({
        file,
        line,
        column: "period",
        value: raw["period"] ?? "",
        message: "is not a period any section has a file for; date only periods that were published",
      });
      continue;
    }
    const earlier = firstLine.get(data.period);
    if (earlier !== undefined) {
      issues.push({
        file,
        line,
        column: "period",
        value: data.period,
        message: `appears more than once; first on line ${earlier}. A period is published once; record later changes in corrections.csv`,
      });
      continue;
    }
    firstLine.set(data.period, line);
    const end = reportPeriodEnd(period);
    if (data.published < end) {
      issues.push({
        file,
        line,
        column: "published",
        value: raw["published"] ?? "",
        message: `is before ${data.period} ended; it can be published from ${dayId(end)}`,
      });
      continue;
    }
    releases.push({ period: data.period, published: dayId(data.published) });
  }
  if (issues.length === 0) {
    for (const id of periods.keys())
      if (!firstLine.has(id))
        issues.push({ file, column: "period", value: id, message: "has no release date; add a row for it" });
  }
  return { releases: releases.sort((a, b) => a.period.localeCompare(b.period)), issues };
}

/** Newest first; on one day by section, period, place and process, so the order never depends on the file's. */
export function compareReportCorrections(a: ReportCorrection, b: ReportCorrection): number {
  return (
    b.date.localeCompare(a.date) ||
    a.section.localeCompare(b.section) ||
    a.period.localeCompare(b.period) ||
    a.place.localeCompare(b.place) ||
    (a.process ?? "").localeCompare(b.process ?? "") ||
    a.anchor.localeCompare(b.anchor)
  );
}

function checkCorrections(
  file: string,
  text: string,
  sections: readonly PublishedSection[],
  releases: readonly ReportRelease[],
  today: Date,
): { corrections: ReportCorrection[]; issues: DataIssue[] } {
  const { rows, issues } = readRecordFile(
    file,
    text,
    { required: REPORT_CORRECTION_COLUMNS, optional: REPORT_CORRECTION_OPTIONAL_COLUMNS },
    correctionRowSchema(today),
  );
  const corrections: ReportCorrection[] = [];
  const anchorCounts = new Map<string, number>();
  for (const { line, raw, data } of rows) {
    const at = (column: string, message: string, value = raw[column] ?? "") =>
      issues.push({ file, line, column, value, message });
    const section = sections.find((s) => s.description.id === data.section);
    if (!section) {
      at("section", `is not a section of report.json; use ${sections.map((s) => s.description.id).join(", ")}`);
      continue;
    }
    const published = section.periods.find((p) => reportPeriodId(p.period) === data.period);
    if (!published) {
      at(
        "period",
        `has no file in the ${section.description.id} section, so it published no figures for ${data.period} to correct`,
      );
      continue;
    }
    if (!published.places.has(data.place)) {
      at(
        "place",
        `has no row in the ${section.description.id} section's ${data.period} file; name a country code or declared place that has one`,
      );
      continue;
    }
    const process = data.process === undefined || data.process === "" ? undefined : data.process;
    if (process !== undefined) {
      const declared = section.description.kind === "counts" ? (section.description.processes ?? []) : [];
      if (declared.length === 0) {
        at("process", `names a process, but the ${section.description.id} section declares none; leave the cell empty`);
        continue;
      }
      if (process !== "all" && !declared.some((p) => p.id === process)) {
        at(
          "process",
          `is not a process of the ${section.description.id} section; use ${[...declared.map((p) => p.id), "all"].join(", ")}, or leave it empty for every row of the place`,
        );
        continue;
      }
      if (!published.places.get(data.place)?.has(process)) {
        at(
          "process",
          `has no row for ${data.place} in the ${section.description.id} section's ${data.period} file; name a process the place has a row for, or leave it empty`,
        );
        continue;
      }
    }
    const columns = correctableColumns(section.description);
    const unknown = data.figures.find((name) => !columns.includes(name));
    if (unknown !== undefined) {
      at(
        "figures",
        `names "${unknown}", which is not a figure of the ${section.description.id} section; use ${columns.join(", ")}, separated by spaces`,
      );
      continue;
    }
    const twice = data.figures.find((name, i) => data.figures.indexOf(name) !== i);
    if (twice !== undefined) {
      at("figures", `names "${twice}" twice`);
      continue;
    }
    const date = dayId(data.date);
    const release = releases.find((r) => r.period === data.period);
    if (release && date < release.published) {
      at("date", `is before ${data.period} was published on ${release.published}; a correction follows its release`);
      continue;
    }
    // An id starts with a letter (HTML's rule as html-validate applies it), so the date follows a word.
    const base = [
      "correction",
      date,
      section.description.id,
      data.period.toLowerCase(),
      data.place.toLowerCase(),
      ...(process === undefined ? [] : [process]),
    ].join("-");
    const n = (anchorCounts.get(base) ?? 0) + 1;
    anchorCounts.set(base, n);
    corrections.push({
      date,
      section: section.description.id,
      period: data.period,
      place: data.place,
      ...(process === undefined ? {} : { process }),
      figures: data.figures,
      note: data.note,
      anchor: n === 1 ? base : `${base}-${n}`,
    });
  }
  return { corrections: corrections.sort(compareReportCorrections), issues };
}

/**
 * Reads the two optional files of a described data folder, when present, and checks them against the sections
 * already read. An absent file gives undefined; anything else at its place (a folder, a pipe, a dangling link,
 * another encoding) is an issue, never an absent file.
 */
export function checkReportPublication(options: {
  dataDir: string;
  root: string;
  sections: readonly PublishedSection[];
  today: Date;
}): ReportPublication & { issues: DataIssue[] } {
  const { dataDir, root, sections, today } = options;
  const issues: DataIssue[] = [];
  const read = (name: string): { file: string; text: string } | undefined => {
    const path = join(dataDir, name);
    const file = relative(root, path);
    const got = readOptionalTextFile(path, file, dataDir, MAX_CSV_BYTES);
    if (got === undefined) return undefined;
    if ("issue" in got) {
      issues.push(got.issue);
      return undefined;
    }
    return { file, text: got.text };
  };
  const releasesFile = read("releases.csv");
  const releases = releasesFile ? checkReleases(releasesFile.file, releasesFile.text, sections, today) : undefined;
  issues.push(...(releases?.issues ?? []));
  const correctionsFile = read("corrections.csv");
  const corrections = correctionsFile
    ? checkCorrections(correctionsFile.file, correctionsFile.text, sections, releases?.releases ?? [], today)
    : undefined;
  issues.push(...(corrections?.issues ?? []));
  return { releases: releases?.releases, corrections: corrections?.corrections, issues };
}
