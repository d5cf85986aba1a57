/**
 * One place in one period of a described report (the country × period pages): the place's rows in every section
 * that has them, its own figure per measure and counted outcome, and the worldwide figures of the same period
 * beside it. Worked out from the same objects as the period pages (periodSections), so the two never disagree.
 */
import type { BandsRow } from "../data/report/bands-file.ts";
import type { CountsRow } from "../data/report/counts-file.ts";
import type { CountsSectionDescription } from "../data/report/description-schema.ts";
import type { ReportData, ReportSectionData } from "../data/report/load-report.ts";
import {
  type CountMeasure,
  type CountOutcome,
  measureOf,
  outcomeOf,
  type PeriodTotals,
  placeFigure,
} from "../data/report/report-aggregate.ts";
import { type ReportPeriod, reportPeriodId } from "../data/report/report-period.ts";
import { type PlaceEntry, type PlaceRows, periodSections, reportPeriods, reportPlaces } from "./report-model.ts";

/** A figure of the place beside the worldwide one: `place` null is "not reported", undefined is "no row for it". */
export interface PlaceFigure<Key> {
  readonly key: Key;
  readonly place: number | null | undefined;
}

/** One section of a place's period page. */
export type PlacePeriodSection =
  | {
      readonly kind: "counts";
      readonly section: CountsSectionDescription;
      readonly source: string;
      /** Process rows in the order report.json declares them; the `all` row apart, below. */
      readonly processRows: readonly CountsRow[];
      /** The row covering every process (or the place's only row in a section without processes). */
      readonly allRow: CountsRow | undefined;
      /** The place's own figure, as totals count it: its `all` row, else the sum of its in-totals process rows. */
      readonly measures: readonly PlaceFigure<CountMeasure>[];
      readonly outcomes: readonly PlaceFigure<CountOutcome>[];
      /** Whether the worldwide figures count this place (a declared place may say `inTotals: false`). */
      readonly inWorldwide: boolean;
      readonly totals: PeriodTotals;
      /** Names of every place in the period, for the note that says who left a worldwide total incomplete. */
      readonly names: ReadonlyMap<string, string>;
    }
  | {
      readonly kind: "bands";
      readonly section: ReportSectionData["description"];
      readonly source: string;
      readonly rows: readonly BandsRow[];
    };

const MEASURES: readonly CountMeasure[] = ["requests", "accounts", "notified"];

function countedOutcomes(section: CountsSectionDescription): CountOutcome[] {
  const o = section.outcomes;
  if (o.scheme === "four") return ["content", "nonContent", "noData", "rejected"];
  if (o.scheme === "some-data" && o.given === "count") return ["someData"];
  return [];
}

/** A section period's places by code, and their names; every place's page of the period reads the same ones. */
const placesByEntry = new WeakMap<object, PlacesIndex<unknown>>();

interface PlacesIndex<Row> {
  readonly byCode: ReadonlyMap<string, PlaceRows<Row>>;
  readonly names: ReadonlyMap<string, string>;
}

function placesOf<Row>(entry: { readonly places: readonly PlaceRows<Row>[] }): PlacesIndex<Row> {
  let found = placesByEntry.get(entry) as PlacesIndex<Row> | undefined;
  if (!found) {
    found = {
      byCode: new Map(entry.places.map((p) => [p.place.code, p])),
      names: new Map(entry.places.map((p) => [p.place.code, p.place.name])),
    };
    placesByEntry.set(entry, found);
  }
  return found;
}

/** Every section in which `code` has a row in `period`, in the publisher's order. */
export function placePeriodSections(report: ReportData, code: string, period: ReportPeriod): PlacePeriodSection[] {
  const sections = periodSections(report, period);
  const outside = report.description.places.some((p) => p.id === code && !p.inTotals);
  return sections.flatMap((entry): PlacePeriodSection[] => {
    if (entry.kind === "bands") {
      const rows = placesOf(entry).byCode.get(code)?.rows;
      return rows ? [{ kind: "bands", section: entry.section, source: entry.source, rows }] : [];
    }
    const { byCode, names } = placesOf(entry);
    const mine = byCode.get(code);
    if (!mine) return [];
    const { section } = entry;
    const inTotals = new Set((section.processes ?? []).filter((p) => p.inTotals).map((p) => p.id));
    const order = (section.processes ?? []).map((p) => p.id);
    const allRow = mine.rows.find((r) => r.process === "all" || r.process === undefined);
    const processRows = mine.rows
      .filter((r) => r !== allRow)
      .sort((a, b) => order.indexOf(a.process ?? "") - order.indexOf(b.process ?? ""));
    return [
      {
        kind: "counts",
        section,
        source: entry.source,
        processRows,
        allRow,
        measures: MEASURES.filter((m) => section.measures[m] !== undefined).map((key) => ({
          key,
          place: placeFigure(mine.rows, measureOf(key), inTotals),
        })),
        outcomes: countedOutcomes(section).map((key) => ({
          key,
          place: placeFigure(mine.rows, outcomeOf(key), inTotals),
        })),
        inWorldwide: !outside,
        totals: entry.totals,
        names,
      },
    ];
  });
}

/** Every place and period with at least one row, in place order then time order: one page each. */
export function placePeriods(report: ReportData): readonly { place: PlaceEntry; period: ReportPeriod }[] {
  // Every country × period page and every period page asks for the list; it is worked out once per report.
  let pairs = pairsByReport.get(report);
  if (!pairs) pairsByReport.set(report, (pairs = listPlacePeriods(report)));
  return pairs;
}

const pairsByReport = new WeakMap<ReportData, { place: PlaceEntry; period: ReportPeriod }[]>();

type PlacePeriod = { place: PlaceEntry; period: ReportPeriod };

/**
 * The pairs grouped once per report, by place code and by period id: every country, country × period and
 * period page asks for its own group, and filtering the whole list on each of thousands of pages made the
 * build quadratic in its pages.
 */
const groupsByReport = new WeakMap<
  ReportData,
  { byPlace: Map<string, PlacePeriod[]>; byPeriod: Map<string, PlacePeriod[]> }
>();

function groups(report: ReportData): { byPlace: Map<string, PlacePeriod[]>; byPeriod: Map<string, PlacePeriod[]> } {
  let found = groupsByReport.get(report);
  if (!found) {
    found = { byPlace: new Map(), byPeriod: new Map() };
    for (const pair of placePeriods(report)) {
      const period = reportPeriodId(pair.period);
      const ofPlace = found.byPlace.get(pair.place.code);
      if (ofPlace) ofPlace.push(pair);
      else found.byPlace.set(pair.place.code, [pair]);
      const inPeriod = found.byPeriod.get(period);
      if (inPeriod) inPeriod.push(pair);
      else found.byPeriod.set(period, [pair]);
    }
    groupsByReport.set(report, found);
  }
  return found;
}

/** The periods in which the place `code` has a row, in time order: placePeriods' pairs for that place. */
export function placePeriodsOf(report: ReportData, code: string): readonly PlacePeriod[] {
  return groups(report).byPlace.get(code) ?? [];
}

/** The places with a row in `period`, in place order: placePeriods' pairs for that period. */
export function placePeriodsIn(report: ReportData, period: ReportPeriod): readonly PlacePeriod[] {
  return groups(report).byPeriod.get(reportPeriodId(period)) ?? [];
}

function listPlacePeriods(report: ReportData): { place: PlaceEntry; period: ReportPeriod }[] {
  const seen = new Set<string>();
  for (const section of report.sections) {
    for (const file of section.periods) {
      for (const row of file.rows as readonly (CountsRow | BandsRow)[]) {
        if (row.place !== "total") seen.add(`${row.place}\u0000${reportPeriodId(file.period)}`);
      }
    }
  }
  const periods = reportPeriods(report);
  return reportPlaces(report).flatMap((place) =>
    periods
      .filter((period) => seen.has(`${place.code}\u0000${reportPeriodId(period)}`))
      .map((period) => ({ place, period })),
  );
}
