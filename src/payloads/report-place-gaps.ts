/**
 * The place × period combinations of a described report that have no figures: a place with no row in any
 * section in that period. The view form offers every place and every period, and without JavaScript the host's
 * redirect rule sends a choice to `/countries/<place>/<period>/` whatever it is; each such address gets a page
 * that says there are no figures and links to the nearest pages that have them, rather than the 404 page.
 */
import {
  compareReportPeriods,
  periodsOverlap,
  type ReportPeriod,
  reportPeriodId,
} from "../data/report/report-period.ts";
import type { ReportData } from "../data/report/load-report.ts";
import { type PlaceEntry, reportPeriods, reportPlaces } from "./report-model.ts";
import { placePeriods } from "./report-place-period.ts";

export interface PlacePeriodGap {
  readonly place: PlaceEntry;
  readonly period: ReportPeriod;
  /** The place's periods with figures, in time order. */
  readonly withFigures: readonly ReportPeriod[];
  /** Those that share months with the period: a whole year with figures holds the half-year without. */
  readonly overlapping: readonly ReportPeriod[];
  /** The nearest of them before and after the period, when there is one. */
  readonly before: ReportPeriod | undefined;
  readonly after: ReportPeriod | undefined;
}

/** Every place × period without figures, place by place in the places' order, periods in time order. */
export function placePeriodGaps(report: ReportData): PlacePeriodGap[] {
  const byPlace = new Map<string, ReportPeriod[]>();
  for (const { place, period } of placePeriods(report))
    byPlace.set(place.code, [...(byPlace.get(place.code) ?? []), period]);
  const periods = reportPeriods(report);
  return reportPlaces(report).flatMap((place) => {
    const withFigures = byPlace.get(place.code) ?? [];
    const has = new Set(withFigures.map(reportPeriodId));
    return periods
      .filter((period) => !has.has(reportPeriodId(period)))
      .map((period) => ({
        place,
        period,
        withFigures,
        overlapping: withFigures.filter((p) => periodsOverlap(p, period)),
        before: withFigures.filter((p) => compareReportPeriods(p, period) < 0).at(-1),
        after: withFigures.find((p) => compareReportPeriods(p, period) > 0),
      }));
  });
}
