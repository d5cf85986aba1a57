/**
 * Pure figures per report section, for the views. Counts sections reuse the
 * law-enforcement totals code; ranges are handed over as rows, never summed
 * into another section. Every series runs over the report's periods (the
 * law-enforcement ones) and says where a section has no file, so a view can
 * write "not reported" instead of 0.
 */
import { type Totals, totalsOf } from "./aggregate.ts";
import type {
  CountsSectionData,
  Dataset,
  PeriodData,
  PeriodFile,
  RangePeriodData,
  RangesSectionData,
  SectionData,
} from "./dataset.ts";
import type { AuthorityId, Band, RangeRow } from "./national-security.ts";
import { AUTHORITY_IDS } from "./national-security.ts";
import { type Period, periodIndex } from "./period.ts";
import type { CountsSectionId, RangesSectionId, SectionId } from "./sections.ts";
import type { RequestRow } from "./validate-file.ts";

/** The section with this id, if the publisher has it. */
export function findSection(dataset: Dataset, id: CountsSectionId): CountsSectionData | undefined;
export function findSection(dataset: Dataset, id: RangesSectionId): RangesSectionData | undefined;
export function findSection(dataset: Dataset, id: SectionId): SectionData | undefined;
export function findSection(dataset: Dataset, id: SectionId): SectionData | undefined {
  return dataset.sections.find((s) => s.id === id);
}

/** The section's file for a period; undefined when the section did not report that period. */
export function sectionPeriod(section: CountsSectionData, period: Period): PeriodData | undefined;
export function sectionPeriod(section: RangesSectionData, period: Period): RangePeriodData | undefined;
export function sectionPeriod(section: SectionData, period: Period): PeriodFile<RequestRow | RangeRow> | undefined;
export function sectionPeriod(section: SectionData, period: Period): PeriodFile<RequestRow | RangeRow> | undefined {
  const index = periodIndex(period);
  return (section.periods as readonly PeriodFile<RequestRow | RangeRow>[]).find((p) => periodIndex(p.period) === index);
}

/** Sections that have a file for the period, in registry order. */
export function sectionsInPeriod(dataset: Dataset, period: Period): SectionData[] {
  return dataset.sections.filter((s) => sectionPeriod(s, period) !== undefined);
}

/** A counts section's worldwide totals for one report period; `totals` is undefined when it has no file then. */
export interface SectionPeriodTotals {
  period: Period;
  totals: Totals | undefined;
}

/** Worldwide totals of a counts section for every report period, oldest first, gaps included. */
export function sectionTotalsByPeriod(dataset: Dataset, section: CountsSectionData): SectionPeriodTotals[] {
  return dataset.periods.map(({ period }) => {
    const data = sectionPeriod(section, period);
    return { period, totals: data ? totalsOf(data.rows) : undefined };
  });
}

/**
 * One country in one report period of a counts section. `reported` is false when
 * the section has no file for the period; `row` is undefined when it has a file
 * without the country. Neither is 0.
 */
export interface SectionCountryPeriod {
  period: Period;
  reported: boolean;
  row: RequestRow | undefined;
}

/** A country's rows in a counts section over every report period, oldest first. */
export function sectionCountrySeries(
  dataset: Dataset,
  section: CountsSectionData,
  code: string,
): SectionCountryPeriod[] {
  return dataset.periods.map(({ period }) => {
    const data = sectionPeriod(section, period);
    return { period, reported: data !== undefined, row: data?.rows.find((r) => r.countryCode === code) };
  });
}

/** Totals of a counts section for one country over every period it appears in; undefined when it never does. */
export function sectionCountryTotals(section: CountsSectionData, code: string): Totals | undefined {
  const rows = section.periods.flatMap((p) => p.rows.filter((r) => r.countryCode === code));
  return rows.length > 0 ? totalsOf(rows) : undefined;
}

/** A country's national-security rows for one report period, in authority order. */
export interface RangeCountryPeriod {
  period: Period;
  /** False when the section has no file for the period. */
  reported: boolean;
  /** Empty when the file has no row for the country. */
  rows: RangeRow[];
}

const byAuthority = (a: { authority: AuthorityId }, b: { authority: AuthorityId }) =>
  AUTHORITY_IDS.indexOf(a.authority) - AUTHORITY_IDS.indexOf(b.authority);

/** A period's national-security rows (from the file or a payload) grouped by country code, each group in authority order. */
export function rangeRowsByCountry<Row extends { countryCode: string; authority: AuthorityId }>(data: {
  rows: readonly Row[];
}): Map<string, Row[]> {
  const out = new Map<string, Row[]>();
  for (const row of data.rows) out.set(row.countryCode, [...(out.get(row.countryCode) ?? []), row]);
  for (const rows of out.values()) rows.sort(byAuthority);
  return out;
}

/** A country's national-security rows over every report period, oldest first, gaps included. */
export function rangeCountrySeries(dataset: Dataset, section: RangesSectionData, code: string): RangeCountryPeriod[] {
  return dataset.periods.map(({ period }) => {
    const data = sectionPeriod(section, period);
    return { period, reported: data !== undefined, rows: data ? (rangeRowsByCountry(data).get(code) ?? []) : [] };
  });
}

/** One authority's band in every report period for a country; undefined where there is no row. */
export function authorityBands(
  dataset: Dataset,
  section: RangesSectionData,
  code: string,
  authority: AuthorityId,
): { period: Period; demands: Band | undefined; accounts: Band | null | undefined }[] {
  return rangeCountrySeries(dataset, section, code).map(({ period, rows }) => {
    const row = rows.find((r) => r.authority === authority);
    return { period, demands: row?.demands, accounts: row?.accounts };
  });
}

/**
 * Interval sum of bands: the least and the most the true total can be. The only
 * sound way to add banded figures; never add a result into exact counts.
 */
export function intervalSum(bands: readonly Band[]): Band {
  return bands.reduce((sum, b) => ({ low: sum.low + b.low, high: sum.high + b.high }), { low: 0, high: 0 });
}

/** Each dataset's countries, worked out once: keyed by its sections, which a copy of the dataset shares. */
const countriesOf = new WeakMap<Dataset["sections"], ReadonlyMap<string, string>>();

/**
 * Every country in any section, code → the name from its most recent row (in
 * a period where sections disagree, the first section's in registry order).
 * Country pages are needed for all of them, not only those law enforcement lists.
 * Every page's frame asks it (which preview card the page has), so it scans the rows once per dataset, not per page.
 */
export function countriesInAnySection(dataset: Dataset): ReadonlyMap<string, string> {
  let found = countriesOf.get(dataset.sections);
  if (!found) {
    found = scanCountries(dataset);
    countriesOf.set(dataset.sections, found);
  }
  return found;
}

function scanCountries(dataset: Dataset): Map<string, string> {
  const names = new Map<string, { index: number; name: string }>();
  for (const section of dataset.sections) {
    for (const p of section.periods as readonly PeriodFile<RequestRow | RangeRow>[]) {
      const index = periodIndex(p.period);
      for (const row of p.rows) {
        const known = names.get(row.countryCode);
        if (!known || index > known.index) names.set(row.countryCode, { index, name: row.country });
      }
    }
  }
  return new Map([...names].map(([code, { name }]) => [code, name]));
}

/**
 * One authority's worldwide figures in one period: the interval sum of every country's band (with one country,
 * its own band). `accounts` is null when any of those countries left accounts blank, since a sum without them
 * would pass for the whole; `countries` says how many bands were added.
 */
export interface WorldBand {
  authority: AuthorityId;
  demands: Band;
  accounts: Band | null;
  countries: number;
}

/** A period's bands summed per authority over its countries, in authority order; only authorities with a row. */
export function worldBands(data: RangePeriodData): WorldBand[] {
  return AUTHORITY_IDS.flatMap((authority) => {
    const rows = data.rows.filter((r) => r.authority === authority);
    if (rows.length === 0) return [];
    const accounts = rows.map((r) => r.accounts);
    return [
      {
        authority,
        demands: intervalSum(rows.map((r) => r.demands)),
        accounts: accounts.every((a): a is Band => a !== null) ? intervalSum(accounts) : null,
        countries: rows.length,
      },
    ];
  });
}

/**
 * The report periods from a section's first file to its last, oldest first. A period before the section began
 * or after its latest file is outside its history, not a gap in it; a period inside the span without a file is.
 */
export function sectionSpan(dataset: Dataset, section: SectionData): Period[] {
  const files = (section.periods as readonly PeriodFile<RequestRow | RangeRow>[]).map((p) => periodIndex(p.period));
  if (files.length === 0) return [];
  const first = Math.min(...files);
  const last = Math.max(...files);
  return dataset.periods.map((p) => p.period).filter((p) => periodIndex(p) >= first && periodIndex(p) <= last);
}
