/**
 * Every section's worldwide history, for the periods index: per period its worldwide figures (counts sections:
 * totals; bands: each authority's bands), over the span the section was published, from its first file to its
 * last. A period before the section began or after its latest file is outside that span, never a gap; a period
 * inside it without a file is one, and says so.
 */
import { compareRows, type Comparison, periodTotals, type Totals } from "../data/aggregate.ts";
import type { Dataset } from "../data/dataset.ts";
import { type Period, periodIndex } from "../data/period.ts";
import { sectionPeriod, sectionSpan, type WorldBand, worldBands } from "../data/sections-aggregate.ts";
import { type CountsSectionId, effectiveSections, type RangesSectionId } from "../data/sections.ts";
import { type CorrectionRef, publicationNote } from "../publication/note.ts";
import type { SectionHeader } from "./sections.ts";

export interface CountsHistoryPoint {
  period: Period;
  /** null: the section has no file for this period (not reported), which is not 0. */
  totals: Totals | null;
  /** The corrections to the period's figures (the marks keep those of this section). */
  corrections: CorrectionRef[];
}

/** The latest period of a counts section, with the change from the half-year before, like with like. */
export interface CountsHistoryLatest {
  period: Period;
  totals: Totals;
  previous: Comparison | null;
  /** Countries that left accounts blank in it. */
  accountsBlank: string[];
  corrections: CorrectionRef[];
}

export interface CountsHistory extends SectionHeader {
  id: CountsSectionId;
  kind: "counts";
  /** The section's span, oldest first. */
  points: CountsHistoryPoint[];
  /** How many periods the report has in all: the span may cover only some. */
  reportPeriods: number;
  latest: CountsHistoryLatest | null;
}

export interface RangesHistoryPoint {
  period: Period;
  /** null: no file for this period (not reported). */
  bands: WorldBand[] | null;
  /** The countries whose bands the period's figures add up. */
  countries: string[];
  corrections: CorrectionRef[];
}

export interface RangesHistory extends SectionHeader {
  id: RangesSectionId;
  kind: "ranges";
  points: RangesHistoryPoint[];
  reportPeriods: number;
  /** Report periods after the section's latest file: not published yet (the law delays them), not gaps. */
  later: Period[];
}

export type SectionHistory = CountsHistory | RangesHistory;

/** Every section the publisher has, in registry order, with its worldwide history. */
export function sectionHistories(dataset: Dataset): SectionHistory[] {
  const labels = new Map(effectiveSections(dataset.site).map((s) => [s.id, s]));
  const reportPeriods = dataset.periods.length;
  return dataset.sections.map((section): SectionHistory => {
    const effective = labels.get(section.id);
    const header = {
      label: effective?.label ?? section.id,
      description: effective?.description ?? "",
    };
    const span = sectionSpan(dataset, section);
    const corrections = (period: Period) => publicationNote(dataset, null, period).corrections;
    if (section.kind === "counts") {
      const last = section.periods.at(-1);
      const before = last && section.periods.find((p) => periodIndex(p.period) === periodIndex(last.period) - 1);
      return {
        ...header,
        id: section.id,
        kind: "counts",
        points: span.map((period) => {
          const data = sectionPeriod(section, period);
          return { period, totals: data ? periodTotals(data) : null, corrections: corrections(period) };
        }),
        reportPeriods,
        latest: last
          ? {
              period: last.period,
              totals: periodTotals(last),
              previous: before ? compareRows(before.period, before.rows, last.rows) : null,
              accountsBlank: last.rows.filter((r) => r.accounts === null).map((r) => r.country),
              corrections: corrections(last.period),
            }
          : null,
      };
    }
    const lastIndex = Math.max(...section.periods.map((p) => periodIndex(p.period)));
    return {
      ...header,
      id: section.id,
      kind: "ranges",
      points: span.map((period) => {
        const data = sectionPeriod(section, period);
        return {
          period,
          bands: data ? worldBands(data) : null,
          countries: data ? [...new Set(data.rows.map((r) => r.country))] : [],
          corrections: corrections(period),
        };
      }),
      reportPeriods,
      later: dataset.periods.map((p) => p.period).filter((p) => periodIndex(p) > lastIndex),
    };
  });
}
