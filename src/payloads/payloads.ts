import {
  compareRows,
  type Comparison,
  nextPeriod,
  periodTotals,
  previousPeriod,
  type Totals,
} from "../data/aggregate.ts";
import type { Dataset, PeriodData } from "../data/dataset.ts";
import { isFirstSection } from "../data/first-section.ts";
import type { Period } from "../data/period.ts";
import type { SectionId } from "../data/sections.ts";
import { countryNote, type PublicationNote, publicationNote } from "../publication/note.ts";
import { type CountrySection, countrySections, type PeriodSection, periodSections, publicRow } from "./sections.ts";
import type { PublicRow } from "./sections.ts";

export type { CountrySection, PeriodSection, PublicRow } from "./sections.ts";

/**
 * Everything a period view needs. The same object is embedded into the static
 * page and served as `/data/periods/<slug>.json`, so that the in-place filter
 * draws exactly what the static page shows.
 */
export interface PeriodPayload {
  kind: "period";
  period: Period;
  latest: boolean;
  totals: Totals;
  /** The half-year before, with the change of each headline figure over the countries reported in both. */
  previous: Comparison | null;
  next: Period | null;
  rows: PublicRow[];
  publication?: PublicationNote;
  /** Every section the publisher has, in registry order; law enforcement's figures are the fields above. */
  sections: PeriodSection[];
}

/** Everything a country view (and a country × period view) needs. */
export interface CountryPayload {
  kind: "country";
  code: string;
  name: string;
  series: { period: Period; row: PublicRow | null; global: Totals; publication?: PublicationNote }[];
  /** Over every period: the latest release among those with a row, and the corrections to the country's figures. */
  publication?: PublicationNote;
  /** Every section the publisher has, in registry order, each aligned with `series`. */
  sections: CountrySection[];
}

export function periodPayload(dataset: Dataset, data: PeriodData): PeriodPayload {
  const prev = previousPeriod(dataset, data.period);
  return {
    kind: "period",
    period: data.period,
    latest: dataset.periods.at(-1) === data,
    totals: periodTotals(data),
    previous: prev ? compareRows(prev.period, prev.rows, data.rows) : null,
    next: nextPeriod(dataset, data.period)?.period ?? null,
    rows: data.rows.map(publicRow),
    publication: publicationNote(dataset, null, data.period),
    sections: periodSections(dataset, data.period),
  };
}

/** A counts section's figures for one period: what the page shows of it, and what the downloads write. */
export interface CountsFigures {
  totals: Totals;
  /** The change against the half-year before, like with like; null when there is no half-year before. */
  previous: Comparison | null;
  rows: readonly PublicRow[];
}

/**
 * One section's figures in a period's payload: the first section's are the payload's own fields, another counts
 * section's are in `sections`. Null when the section did not report the period, or publishes bands.
 */
export function sectionFigures(payload: PeriodPayload, id: SectionId): CountsFigures | null {
  if (isFirstSection(id)) return payload;
  const section = payload.sections.find((s) => s.id === id);
  return section?.kind === "counts" ? section.figures : null;
}

export function countryPayload(dataset: Dataset, code: string, name: string): CountryPayload {
  return {
    kind: "country",
    code,
    name,
    series: dataset.periods.map((p) => {
      const row = p.rows.find((r) => r.countryCode === code);
      const publication = publicationNote(dataset, code, p.period);
      return { period: p.period, row: row ? publicRow(row) : null, global: periodTotals(p), publication };
    }),
    publication: countryNote(dataset, code),
    sections: countrySections(dataset, code),
  };
}
