/**
 * The period axis of a described report's history charts, and the rows each point reads. A section's axis
 * runs from its own first period to the report's last, so the years before it began are not drawn as gaps;
 * a period the section skipped, or a place has no row in, stays on the axis as "no figure".
 */
import type { CountsRow } from "../data/report/counts-file.ts";
import type { ReportData, ReportSectionData } from "../data/report/load-report.ts";
import { type PeriodTotals, periodTotals } from "../data/report/report-aggregate.ts";
import { compareReportPeriods, periodsOverlap, type ReportPeriod } from "../data/report/report-period.ts";
import { placeRowsIn, reportPeriods } from "./report-model.ts";

type CountsSection = Extract<ReportSectionData, { kind: "counts" }>;

/** One point of a section's axis: its file, or none when the section has no file for the period. */
export interface SeriesPeriod<Row = CountsRow> {
  readonly period: ReportPeriod;
  readonly rows: readonly Row[] | null;
}

/**
 * The periods a section's charts show: its own files, and every other period of the report from its first
 * period on that none of its files overlaps (a half-year inside one of its whole years is not a gap).
 */
export function sectionAxis<S extends ReportSectionData>(
  report: ReportData,
  section: S,
): SeriesPeriod<S["periods"][number]["rows"][number]>[] {
  // A whole year stated beside its own halves (`yearsBesideHalves: "stated"`) is drawn as its two halves when
  // both are there, else as the year; what is not drawn stays in the tables. No month is drawn twice or
  // shown as missing while a stated figure covers it.
  const halvesOf = (year: ReportPeriod) =>
    section.periods.filter((g) => g.period.kind === "half" && periodsOverlap(g.period, year)).length;
  const own = section.periods.filter((f) => {
    if (f.period.kind === "year") return halvesOf(f.period) < 2;
    return !section.periods.some(
      (g) => g.period.kind === "year" && periodsOverlap(g.period, f.period) && halvesOf(g.period) < 2,
    );
  });
  const first = own[0]?.period;
  if (!first) return [];
  const others = reportPeriods(report).filter(
    (p) => compareReportPeriods(p, first) > 0 && !own.some((f) => periodsOverlap(f.period, p)),
  );
  return [
    ...own.map((f) => ({ period: f.period, rows: f.rows })),
    ...others.map((period) => ({ period, rows: null })),
  ].sort((a, b) => compareReportPeriods(a.period, b.period));
}

/** Worldwide totals on a section's axis; `totals` is null where the section has no file. */
export function sectionTotalsSeries(
  report: ReportData,
  section: CountsSection,
): { period: ReportPeriod; totals: PeriodTotals | null; rows: readonly CountsRow[] | null }[] {
  return sectionAxis(report, section).map((p) => ({
    period: p.period,
    rows: p.rows,
    totals: p.rows ? periodTotals(section.description, report.description.places, p.rows) : null,
  }));
}

/**
 * One place's rows on a section's axis from the place's first row on: an empty list where the place has no row
 * in a period's file after that.
 */
export function placeSeries<S extends ReportSectionData>(
  report: ReportData,
  section: S,
  code: string,
): { period: ReportPeriod; rows: readonly S["periods"][number]["rows"][number][] }[] {
  const points = sectionAxis(report, section).map((p) => ({
    period: p.period,
    rows: p.rows ? placeRowsIn(p.rows, code) : [],
  }));
  const start = points.findIndex((p) => p.rows.length > 0);
  return start < 0 ? [] : points.slice(start);
}
