/**
 * Totals of a described report, computed so that nothing is invented: a measure that any place in a total
 * left unreported makes that total incomplete (the sum of the others is kept apart, never shown as the
 * total), an `all` row and its process rows are never added together, processes outside totals stay out,
 * percentages are never summed or averaged, and a publisher's stated total is kept beside the sum.
 */
import type { CountsSectionDescription, PlaceDescription } from "./description-schema.ts";
import type { CountsRow } from "./counts-file.ts";

/** The measures a counts section can give, as row fields. */
export type CountMeasure = "requests" | "accounts" | "notified";

/**
 * A total over several places. `value` is set only when every place reported the measure; otherwise
 * `reported` is the sum over those that did and `missing` names the others, so a reader can be told both.
 */
export interface MeasureTotal {
  readonly value: number | null;
  readonly reported: number;
  /**
   * How many places `reported` adds up. With none, `reported` is 0 only because nothing was added, and no
   * reader should be told the other places add up to 0, nor shown "at least 0".
   */
  readonly reportedBy: number;
  readonly missing: readonly string[];
  /**
   * Of `missing`, the places whose outcomes are kept as published though they do not add up (`as_published`
   * rows): they gave a figure, but one that cannot be added into a worldwide outcome.
   */
  readonly unbalanced?: readonly string[];
}

/**
 * Whether no place is counted in a total at all: none gave a figure and none left one blank, as for a legal
 * process no place broke its figures down into. Such a total reads "no rows", never 0: places that each
 * reported 0 make a total of 0, which is a figure.
 */
export function isEmptyTotal(total: MeasureTotal): boolean {
  return total.reportedBy === 0 && total.missing.length === 0;
}

/** Reads one figure of a row: a measure, or an outcome; `null` not reported, undefined not in the section. */
export type RowFigure = (row: CountsRow) => number | null | undefined;

/** The figure of a measure. */
export function measureOf(measure: CountMeasure): RowFigure {
  return (row) => row[measure];
}

/** The outcomes that can be added up: counts, never a published percentage. */
export type CountOutcome = "content" | "nonContent" | "noData" | "rejected" | "someData";

/** The figure of a counted outcome; undefined where the row's scheme does not have it. */
export function outcomeOf(outcome: CountOutcome): RowFigure {
  return (row) => {
    const o = row.outcomes;
    if (o.scheme === "four" && outcome !== "someData") return o[outcome];
    if (o.scheme === "some-data-count" && outcome === "someData") return o.someData;
    return undefined;
  };
}

/** One place's figure in one period: its `all` row, else the sum of its in-totals process rows. */
export function placeFigure(
  rows: readonly CountsRow[],
  figure: RowFigure,
  inTotals: ReadonlySet<string>,
): number | null | undefined {
  const all = rows.find((r) => r.process === "all" || r.process === undefined);
  if (all) return figure(all);
  const parts = rows.filter((r) => r.process !== undefined && inTotals.has(r.process));
  if (parts.length === 0) return undefined;
  let sum = 0;
  for (const part of parts) {
    const value = figure(part);
    if (value === null || value === undefined) return value;
    sum += value;
  }
  return sum;
}

function total(
  figures: readonly { place: string; value: number | null | undefined; unbalanced?: boolean }[],
): MeasureTotal {
  let reported = 0;
  let reportedBy = 0;
  const missing: string[] = [];
  const unbalanced: string[] = [];
  for (const { place, value, unbalanced: asPublished } of figures) {
    if (asPublished) {
      missing.push(place);
      unbalanced.push(place);
    } else if (value === null || value === undefined) missing.push(place);
    else {
      reported += value;
      reportedBy++;
    }
  }
  return {
    value: missing.length === 0 ? reported : null,
    reported,
    reportedBy,
    missing,
    ...(unbalanced.length > 0 ? { unbalanced } : {}),
  };
}

/** Rows grouped by place, in first-seen order. */
function byPlace(rows: readonly CountsRow[]): Map<string, CountsRow[]> {
  const out = new Map<string, CountsRow[]>();
  for (const row of rows) out.set(row.place, [...(out.get(row.place) ?? []), row]);
  return out;
}

/** The worldwide figures of one section in one period. */
export interface PeriodTotals {
  /** Over every country and every declared place that counts in totals; `total` rows are never in it. */
  readonly sum: Readonly<Record<CountMeasure, MeasureTotal>>;
  /** The publisher's own `total` row, if the file has one (its `all` row when processes are declared). */
  readonly stated: Readonly<Record<CountMeasure, number | null | undefined>> | undefined;
  /** Counted outcomes summed the same way; empty for a percentage or no outcomes. */
  readonly outcomes: ReadonlyMap<CountOutcome, MeasureTotal>;
  /** Per declared process, over the places that broke their figures down by process. */
  readonly byProcess: ReadonlyMap<string, Readonly<Record<CountMeasure, MeasureTotal>>>;
  /** Places that gave only an `all` row, so the process totals do not cover them. */
  readonly notBrokenDown: readonly string[];
}

const MEASURES: readonly CountMeasure[] = ["requests", "accounts", "notified"];

/** Worldwide totals for one period file of a counts section. */
export function periodTotals(
  section: CountsSectionDescription,
  places: readonly PlaceDescription[],
  rows: readonly CountsRow[],
): PeriodTotals {
  const inTotals = new Set((section.processes ?? []).filter((p) => p.inTotals).map((p) => p.id));
  const outOfTotals = new Set(places.filter((p) => !p.inTotals).map((p) => p.id));
  const groups = byPlace(rows);
  const counted = [...groups].filter(([place]) => place !== "total" && !outOfTotals.has(place));
  const measures = MEASURES.filter((m) => section.measures[m] !== undefined);
  const sum = Object.fromEntries(
    MEASURES.map((m) => [
      m,
      measures.includes(m)
        ? total(counted.map(([place, placeRows]) => ({ place, value: placeFigure(placeRows, measureOf(m), inTotals) })))
        : { value: null, reported: 0, reportedBy: 0, missing: [] },
    ]),
  ) as Record<CountMeasure, MeasureTotal>;
  const statedRows = groups.get("total");
  const stated = statedRows
    ? (Object.fromEntries(
        MEASURES.map((m) => [m, measures.includes(m) ? placeFigure(statedRows, measureOf(m), inTotals) : undefined]),
      ) as Record<CountMeasure, number | null | undefined>)
    : undefined;
  const scheme = section.outcomes;
  const countedOutcomes: readonly CountOutcome[] =
    scheme.scheme === "four"
      ? ["content", "nonContent", "noData", "rejected"]
      : scheme.scheme === "some-data" && scheme.given === "count"
        ? ["someData"]
        : [];
  const outcomes = new Map(
    countedOutcomes.map(
      (o) =>
        [
          o,
          total(
            counted.map(([place, placeRows]) => ({
              place,
              value: placeFigure(placeRows, outcomeOf(o), inTotals),
              unbalanced: placeRows.some((r) => r.asPublished),
            })),
          ),
        ] as const,
    ),
  );
  const byProcess = new Map<string, Record<CountMeasure, MeasureTotal>>();
  for (const process of section.processes ?? []) {
    const figures = counted.flatMap(([place, placeRows]) =>
      placeRows.filter((r) => r.process === process.id).map((r) => ({ place, row: r })),
    );
    byProcess.set(
      process.id,
      Object.fromEntries(
        MEASURES.map((m) => [
          m,
          total(figures.map(({ place, row }) => ({ place, value: measures.includes(m) ? row[m] : undefined }))),
        ]),
      ) as Record<CountMeasure, MeasureTotal>,
    );
  }
  const notBrokenDown = section.processes
    ? counted.filter(([, placeRows]) => placeRows.every((r) => r.process === "all")).map(([place]) => place)
    : [];
  return { sum, stated, outcomes, byProcess, notBrokenDown };
}

/** A stated total set against the sum of the rows: both are shown, and the difference named when they differ. */
export interface StatedAgainstSum {
  readonly stated: number;
  /** `null` when some row did not report the measure, so no complete sum exists. */
  readonly sum: number | null;
  /** `stated − sum`, or null when there is no complete sum. */
  readonly difference: number | null;
}

/**
 * The measure a section leads with: requests, or accounts in a section that counts only accounts (GitHub's
 * "accounts affected"). Stated totals and per-process histories are shown for it.
 */
export function leadMeasure(section: CountsSectionDescription): CountMeasure {
  return section.measures.requests ? "requests" : "accounts";
}

export function statedAgainstSum(totals: PeriodTotals, measure: CountMeasure): StatedAgainstSum | undefined {
  const stated = totals.stated?.[measure];
  if (stated === null || stated === undefined) return undefined;
  const sum = totals.sum[measure].value;
  return { stated, sum, difference: sum === null ? null : stated - sum };
}
