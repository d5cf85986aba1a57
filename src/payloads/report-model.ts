/**
 * What the pages of a described report (data/report.json) show, computed once from the validated model:
 * the periods, the places with the name each is shown under, and per section the worldwide figures of each
 * period and the rows of each place. Pure: pages, downloads and tests read the same objects.
 */
import type { BandsRow } from "../data/report/bands-file.ts";
import type { CountsRow } from "../data/report/counts-file.ts";
import type { CountsSectionDescription } from "../data/report/description-schema.ts";
import type { ReportData, ReportSectionData } from "../data/report/load-report.ts";
import { type PeriodTotals, periodTotals } from "../data/report/report-aggregate.ts";
import { compareReportPeriods, type ReportPeriod, reportPeriodId } from "../data/report/report-period.ts";

/** A country or a declared place, as its pages and tables name it. */
export interface PlaceEntry {
  /** ISO code or the place's id: the key in the files. */
  readonly code: string;
  /** The address segment: the code in lower case. */
  readonly slug: string;
  readonly name: string;
  readonly kind: "country" | "place";
}

/** Every period any section reports, in time order (a year before the half-year that starts with it). */
export function reportPeriods(report: ReportData): ReportPeriod[] {
  const byId = new Map<string, ReportPeriod>();
  for (const section of report.sections) for (const p of section.periods) byId.set(reportPeriodId(p.period), p.period);
  return [...byId.values()].sort(compareReportPeriods);
}

/**
 * Every place with a row in any section, sorted by name. A country is shown under the name of its row in
 * the latest period (the rule the fixed layout has), a declared place under the label report.json gives it.
 */
export function reportPlaces(report: ReportData): readonly PlaceEntry[] {
  // Every period and place page asks for the list; it is worked out once per report.
  let places = placesByReport.get(report);
  if (!places) {
    places = listPlaces(report);
    placesByReport.set(report, places);
  }
  return places;
}

const placesByReport = new WeakMap<ReportData, PlaceEntry[]>();

function listPlaces(report: ReportData): PlaceEntry[] {
  const labels = new Map(report.description.places.map((p) => [p.id, p.label]));
  const latest = new Map<string, { period: ReportPeriod; name: string }>();
  for (const section of report.sections) {
    for (const file of section.periods) {
      for (const row of file.rows as readonly (CountsRow | BandsRow)[]) {
        if (row.place === "total") continue;
        const seen = latest.get(row.place);
        if (!seen || compareReportPeriods(file.period, seen.period) > 0)
          latest.set(row.place, { period: file.period, name: row.name });
      }
    }
  }
  return [...latest]
    .map(([code, { name }]): PlaceEntry => {
      const label = labels.get(code);
      return label === undefined
        ? { code, slug: code.toLowerCase(), name, kind: "country" }
        : { code, slug: code, name: label, kind: "place" };
    })
    .sort((a, b) => a.name.localeCompare(b.name, "en"));
}

/** One period of a counts section, worldwide. */
export interface CountsPeriodSummary {
  readonly period: ReportPeriod;
  readonly source: string;
  readonly totals: PeriodTotals;
}

/** One section's worldwide history: the overview's table for it. */
export type SectionHistory =
  | {
      readonly kind: "counts";
      readonly section: CountsSectionDescription;
      readonly periods: readonly CountsPeriodSummary[];
    }
  | {
      readonly kind: "bands";
      readonly section: ReportSectionData["description"];
      readonly periods: readonly { period: ReportPeriod; rows: readonly BandsRow[] }[];
    };

export function sectionHistory(report: ReportData, section: ReportSectionData): SectionHistory {
  if (section.kind === "bands") {
    return {
      kind: "bands",
      section: section.description,
      periods: section.periods.map((p) => ({ period: p.period, rows: p.rows })),
    };
  }
  return {
    kind: "counts",
    section: section.description,
    periods: section.periods.map((p) => ({
      period: p.period,
      source: p.source,
      totals: periodTotals(section.description, report.description.places, p.rows),
    })),
  };
}

/** A place's rows in one period of a section: one row, an `all` row, process rows, or both. */
export interface PlaceRows<Row> {
  readonly place: PlaceEntry;
  readonly rows: readonly Row[];
}

/** One section in one period, place by place, with the worldwide figures. */
export type SectionPeriod =
  | {
      readonly kind: "counts";
      readonly section: CountsSectionDescription;
      readonly source: string;
      readonly places: readonly PlaceRows<CountsRow>[];
      readonly totals: PeriodTotals;
    }
  | {
      readonly kind: "bands";
      readonly section: ReportSectionData["description"];
      readonly source: string;
      readonly places: readonly PlaceRows<BandsRow>[];
    };

function placeRows<Row extends { place: string }>(
  rows: readonly Row[],
  places: ReadonlyMap<string, PlaceEntry>,
): PlaceRows<Row>[] {
  const grouped = new Map<string, Row[]>();
  for (const row of rows) {
    if (row.place === "total") continue;
    grouped.set(row.place, [...(grouped.get(row.place) ?? []), row]);
  }
  return [...grouped]
    .flatMap(([code, placeRowList]) => {
      const place = places.get(code);
      return place ? [{ place, rows: placeRowList }] : [];
    })
    .sort((a, b) => a.place.name.localeCompare(b.place.name, "en"));
}

const sectionsByPeriod = new WeakMap<ReportData, Map<string, readonly SectionPeriod[]>>();

/**
 * Every section that reported `period`, with its rows and totals; sections without the period are left out.
 * Worked out once per report and period: the period's page, its PDF, its process pages, every place's page for
 * the period and the preview cards and feed all read the same objects, so none of them can disagree.
 */
export function periodSections(report: ReportData, period: ReportPeriod): readonly SectionPeriod[] {
  let byPeriod = sectionsByPeriod.get(report);
  if (!byPeriod) sectionsByPeriod.set(report, (byPeriod = new Map<string, readonly SectionPeriod[]>()));
  const id = reportPeriodId(period);
  let sections = byPeriod.get(id);
  if (!sections) byPeriod.set(id, (sections = periodSectionsOf(report, period)));
  return sections;
}

function periodSectionsOf(report: ReportData, period: ReportPeriod): SectionPeriod[] {
  const places = new Map(reportPlaces(report).map((p) => [p.code, p]));
  const id = reportPeriodId(period);
  return report.sections.flatMap((section): SectionPeriod[] => {
    if (section.kind === "bands") {
      const file = section.periods.find((p) => reportPeriodId(p.period) === id);
      return file
        ? [{ kind: "bands", section: section.description, source: file.source, places: placeRows(file.rows, places) }]
        : [];
    }
    const file = section.periods.find((p) => reportPeriodId(p.period) === id);
    if (!file) return [];
    return [
      {
        kind: "counts",
        section: section.description,
        source: file.source,
        places: placeRows(file.rows, places),
        totals: periodTotals(section.description, report.description.places, file.rows),
      },
    ];
  });
}

const rowsByPlace = new WeakMap<readonly object[], Map<string, readonly object[]>>();

/**
 * The rows of `code` in one period file's rows, in file order. Each file's rows are grouped by place once, as
 * every place's pages (its page, its chart, its release line) ask for its rows in every file.
 */
export function placeRowsIn<Row extends { place: string }>(rows: readonly Row[], code: string): readonly Row[] {
  let groups = rowsByPlace.get(rows) as Map<string, Row[]> | undefined;
  if (!groups) {
    groups = new Map<string, Row[]>();
    for (const row of rows) {
      const group = groups.get(row.place);
      if (group) group.push(row);
      else groups.set(row.place, [row]);
    }
    rowsByPlace.set(rows, groups);
  }
  return groups.get(code) ?? [];
}

/** One place's rows in every period of one section. */
export type PlaceHistory =
  | {
      readonly kind: "counts";
      readonly section: CountsSectionDescription;
      readonly periods: readonly { period: ReportPeriod; rows: readonly CountsRow[] }[];
    }
  | {
      readonly kind: "bands";
      readonly section: ReportSectionData["description"];
      readonly periods: readonly { period: ReportPeriod; rows: readonly BandsRow[] }[];
    };

/** Every section in which `code` has a row, with its rows period by period; periods without a row are left out. */
export function placeHistory(report: ReportData, code: string): PlaceHistory[] {
  return report.sections.flatMap((section): PlaceHistory[] => {
    if (section.kind === "bands") {
      const periods = section.periods
        .map((p) => ({ period: p.period, rows: placeRowsIn(p.rows, code) }))
        .filter((p) => p.rows.length > 0);
      return periods.length > 0 ? [{ kind: "bands", section: section.description, periods }] : [];
    }
    const periods = section.periods
      .map((p) => ({ period: p.period, rows: placeRowsIn(p.rows, code) }))
      .filter((p) => p.rows.length > 0);
    return periods.length > 0 ? [{ kind: "counts", section: section.description, periods }] : [];
  });
}

/** Coverage notes of a section that apply to `period`. */
export function coverageNotes(section: ReportSectionData["description"], period: ReportPeriod): string[] {
  const id = reportPeriodId(period);
  return (section.coverage ?? []).filter((c) => c.periods === undefined || c.periods.includes(id)).map((c) => c.note);
}
