/**
 * Release dates and corrections of a described report (releases.csv, corrections.csv), as its pages, feed,
 * sitemap and previews read them. Pure: a day is only ever one the publisher's files give, never one made up.
 */
import type { CountsSectionDescription, SectionDescription } from "../data/report/description-schema.ts";
import type { ReportData } from "../data/report/load-report.ts";
import type { ReportCorrection } from "../data/report/publication-files.ts";
import { parseReportPeriodId, type ReportPeriod, reportPeriodId } from "../data/report/report-period.ts";
import { reportUrls, urls } from "../lib/urls.ts";
import { latestDay } from "../publication/dates.ts";
import type { PublicationNote } from "../publication/note.ts";
import { placeRowsIn, reportPlaces } from "./report-model.ts";
import { processLabel } from "./report-words.ts";

/** The day `period` was first published, when releases.csv gives it. */
export function reportReleaseOf(report: ReportData, period: ReportPeriod): string | undefined {
  const id = reportPeriodId(period);
  return report.releases?.find((r) => r.period === id)?.published;
}

/** The corrections to a period's figures: every one naming the period, whatever its section or place. */
export function periodCorrections(report: ReportData, period: ReportPeriod): ReportCorrection[] {
  const id = reportPeriodId(period);
  return (report.corrections ?? []).filter((c) => c.period === id);
}

/** The corrections to one place's own figures, in any period and section. */
export function placeCorrections(report: ReportData, code: string): ReportCorrection[] {
  return (report.corrections ?? []).filter((c) => c.place === code);
}

/** The periods in which `code` has a row in any section. */
function placePeriods(report: ReportData, code: string): ReportPeriod[] {
  const byId = new Map<string, ReportPeriod>();
  for (const section of report.sections)
    for (const file of section.periods)
      if (placeRowsIn(file.rows as readonly { place: string }[], code).length > 0)
        byId.set(reportPeriodId(file.period), file.period);
  return [...byId.values()];
}

function refs(corrections: readonly ReportCorrection[]): PublicationNote["corrections"] {
  return corrections.map((c) => ({ date: c.date, anchor: c.anchor }));
}

/** The release line of a period page (src/views/release-note.ts writes it). */
export function periodPublicationNote(report: ReportData, period: ReportPeriod): PublicationNote {
  const published = reportReleaseOf(report, period);
  return { ...(published ? { published } : {}), corrections: refs(periodCorrections(report, period)) };
}

/**
 * The release line of a place's page, which shows every period: the latest release among the periods it has a
 * row in, and the corrections to its own figures.
 */
export function placePublicationNote(report: ReportData, code: string): PublicationNote {
  const published = latestDay(placePeriods(report, code).map((p) => reportReleaseOf(report, p)));
  return { ...(published ? { published } : {}), corrections: refs(placeCorrections(report, code)) };
}

/** The words readers see for a column a correction names: the publisher's own for a measure. */
export function figureLabel(section: SectionDescription, column: string): string {
  const measures = section.measures as Readonly<Record<string, { label: string } | undefined>>;
  const measure = measures[column];
  if (measure) return measure.label;
  const outcomes: Record<string, string> = {
    content: "content disclosed",
    non_content: "only non-content data disclosed",
    no_data: "no data found",
    rejected: "rejected",
  };
  const scheme = (section as CountsSectionDescription).outcomes;
  if (scheme.scheme === "some-data") return column === "some_data_percent" ? `${scheme.label} (%)` : scheme.label;
  return outcomes[column] ?? column;
}

/**
 * `Civil demands, January–June 2023, Brazil`, or `…, United States, Subpoenas` for a correction to one process
 * row: what a correction changed, in words.
 */
export function correctionSubject(report: ReportData, c: ReportCorrection, periodLabel: (p: ReportPeriod) => string) {
  const section = report.sections.find((s) => s.description.id === c.section)?.description;
  const period = parseReportPeriodId(c.period);
  const place =
    c.place === "total"
      ? "the publisher's stated total"
      : (reportPlaces(report).find((p) => p.code === c.place)?.name ?? c.place);
  const process = c.process === undefined || section?.kind !== "counts" ? undefined : processLabel(section, c.process);
  return [section?.label ?? c.section, period ? periodLabel(period) : c.period, place, process]
    .filter((part) => part !== undefined)
    .join(", ");
}

/** `Requests, rejected`: the figures a correction changed. */
export function correctedFiguresText(report: ReportData, c: ReportCorrection): string {
  const section = report.sections.find((s) => s.description.id === c.section)?.description;
  return c.figures.map((f) => (section ? figureLabel(section, f) : f)).join(", ");
}

/** The corrections to one cell of a section: see {@link sectionCellCorrections}. */
export type CellCorrections = (
  period: ReportPeriod,
  place: string,
  column: string,
  process?: string,
) => ReportCorrection[];

const NONE: readonly ReportCorrection[] = [];

/**
 * The corrections that changed one cell of `section`: `column` of `place`'s row of `process` (undefined in a
 * section without processes) in `period`. A correction that names a process changes that row only; one that
 * names none changes every row of the place. `place` "sum" is the worldwide sum of the rows, which a correction
 * to any place that counts in totals changes, unless it names a process that totals leave out.
 *
 * The places and processes that totals leave out, and the section's corrections by period, are found once
 * here: a table asks for every one of its cells, and each ask built both sets from every place anew.
 */
export function sectionCellCorrections(report: ReportData, section: string): CellCorrections {
  const byPeriod = new Map<string, ReportCorrection[]>();
  for (const c of report.corrections ?? []) {
    if (c.section !== section) continue;
    const list = byPeriod.get(c.period);
    if (list) list.push(c);
    else byPeriod.set(c.period, [c]);
  }
  if (byPeriod.size === 0) return () => [];
  const outOfTotals = new Set(report.description.places.filter((p) => !p.inTotals).map((p) => p.id));
  const described = report.sections.find((s) => s.description.id === section)?.description;
  const processesOutOfTotals = new Set(
    (described?.kind === "counts" ? (described.processes ?? []) : []).filter((p) => !p.inTotals).map((p) => p.id),
  );
  return (period, place, column, process) =>
    (byPeriod.get(reportPeriodId(period)) ?? NONE).filter(
      (c) =>
        c.figures.includes(column) &&
        (place === "sum"
          ? c.place !== "total" &&
            !outOfTotals.has(c.place) &&
            (c.process === undefined || !processesOutOfTotals.has(c.process))
          : c.place === place && (c.process === undefined || c.process === process)),
    );
}

/**
 * The day each described page's figures last changed, for the sitemap's `lastmod`: a period page its release
 * or a later correction to it, a place page the latest release of its periods or a correction to it, the
 * overview, lists and downloads the latest of all. A page whose days the files do not state gets none.
 */
export function reportLastModified(report: ReportData): Map<string, string> {
  const result = new Map<string, string>();
  const set = (path: string, day: string | undefined) => {
    if (day !== undefined) result.set(path, day);
  };
  for (const section of report.sections)
    for (const file of section.periods) {
      const p = file.period;
      const days = [reportReleaseOf(report, p), ...periodCorrections(report, p).map((c) => c.date)];
      set(reportUrls.period(p), latestDay(days));
    }
  // A section's process pages (report-period-processes.ts) show their period's rows, so they have its day.
  for (const section of report.sections) {
    if (section.kind !== "counts" || !section.description.processes) continue;
    for (const file of section.periods) {
      const day = result.get(reportUrls.period(file.period));
      const processes = new Set(file.rows.filter((r) => r.place !== "total").map((r) => r.process ?? "all"));
      for (const process of processes) set(reportUrls.periodProcess(file.period, section.description.id, process), day);
    }
  }
  for (const place of reportPlaces(report)) {
    const note = placePublicationNote(report, place.code);
    set(reportUrls.place(place.code), latestDay([note.published, ...note.corrections.map((c) => c.date)]));
  }
  const corrections = (report.corrections ?? []).map((c) => c.date);
  const latest = latestDay([...(report.releases ?? []).map((r) => r.published), ...corrections]);
  for (const path of [urls.home, urls.countries, urls.downloads]) set(path, latest);
  set(urls.corrections, latestDay(corrections) ?? latest);
  return result;
}
