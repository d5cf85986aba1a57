/**
 * The report sections in the view payloads. Law enforcement keeps its figures in the payload's own fields (so a
 * requests-only payload is what it was); every other section the publisher has rides along here, in registry
 * order, with the labels `site.json` gives it. The same objects feed the static page and the in-place redraw.
 */
import { compareRows, type Comparison, periodTotals, type Totals, totalsOf } from "../data/aggregate.ts";
import type { Dataset, RangeRow, RequestRow } from "../data/dataset.ts";
import type { AuthorityId, Band } from "../data/national-security.ts";
import { isFirstSection } from "../data/first-section.ts";
import { type Period, periodIndex } from "../data/period.ts";
import { rangeRowsByCountry, sectionCountrySeries, sectionPeriod } from "../data/sections-aggregate.ts";
import { type CountsSectionId, effectiveSections, type RangesSectionId, type SectionId } from "../data/sections.ts";

/** A row as readers see it: the source line number is a build-time detail. */
export type PublicRow = Omit<RequestRow, "line">;

/** A national-security row as readers see it: the band width is the bands' own width, so it is left out. */
export interface PublicBandRow {
  countryCode: string;
  country: string;
  authority: AuthorityId;
  demands: Band;
  accounts: Band | null;
}

export function publicRow({ line: _line, ...row }: RequestRow): PublicRow {
  return row;
}

function publicBandRow(row: RangeRow): PublicBandRow {
  return {
    countryCode: row.countryCode,
    country: row.country,
    authority: row.authority,
    demands: row.demands,
    accounts: row.accounts,
  };
}

/** What a view needs to head a section. */
export interface SectionHeader {
  id: SectionId;
  label: string;
  description: string;
}

/** A counts section in one period; `figures` null: the section has no file for the period (not reported). */
export interface CountsPeriodSection extends SectionHeader {
  id: CountsSectionId;
  kind: "counts";
  figures: { totals: Totals; previous: Comparison | null; rows: PublicRow[] } | null;
}

/**
 * A ranges section in one period: the period's own bands, or `null` when the section has no file for it. An
 * earlier period's bands are never shown as this period's; `latest` names, for the newest periods only (the law
 * holds national-security figures back), the section's latest period, so the view can point to it.
 */
export interface RangesPeriodSection extends SectionHeader {
  id: RangesSectionId;
  kind: "ranges";
  figures: { period: Period; rows: PublicBandRow[] } | null;
  latest: Period | null;
}

export type PeriodSection = CountsPeriodSection | RangesPeriodSection;

/** One period of a counts section for a country: the row, null when the file has no row, or "not-reported". */
export type CountsCell = PublicRow | null | "not-reported";

/** A counts section over a country's history, one cell per report period (aligned with the payload's series). */
export interface CountsCountrySection extends SectionHeader {
  id: CountsSectionId;
  kind: "counts";
  cells: CountsCell[];
}

/**
 * A ranges section over a country's history: per report period the country's bands (empty when the file has no
 * row for it) or "not-reported". `cells` is null when the country has no bands in any period; `countries` then
 * names those that do, so the view can say where the section applies instead of showing an empty one.
 */
export interface RangesCountrySection extends SectionHeader {
  id: RangesSectionId;
  kind: "ranges";
  cells: (PublicBandRow[] | "not-reported")[] | null;
  countries: { code: string; name: string }[];
}

export type CountrySection = CountsCountrySection | RangesCountrySection;

function headers(dataset: Dataset): Map<SectionId, SectionHeader> {
  return new Map(
    effectiveSections(dataset.site).map((s) => [s.id, { id: s.id, label: s.label, description: s.description }]),
  );
}

/** Every section the publisher has, for one period, in registry order; law enforcement carries no figures here. */
export function periodSections(dataset: Dataset, period: Period): PeriodSection[] {
  const head = headers(dataset);
  const index = periodIndex(period);
  return dataset.sections.map((section): PeriodSection => {
    const header = head.get(section.id) as SectionHeader;
    if (section.kind === "counts") {
      if (isFirstSection(section.id)) return { ...header, id: section.id, kind: "counts", figures: null };
      const data = sectionPeriod(section, period);
      const before = section.periods.find((p) => periodIndex(p.period) === index - 1);
      return {
        ...header,
        id: section.id,
        kind: "counts",
        figures: data
          ? {
              totals: periodTotals(data),
              previous: before ? compareRows(before.period, before.rows, data.rows) : null,
              rows: data.rows.map(publicRow),
            }
          : null,
      };
    }
    // Only the period's own bands. A period after the section's latest file (figures held back) points to it.
    const own = sectionPeriod(section, period);
    const latest = section.periods.at(-1);
    return {
      ...header,
      id: section.id,
      kind: "ranges",
      figures: own ? { period: own.period, rows: own.rows.map(publicBandRow) } : null,
      latest: !own && latest && periodIndex(latest.period) < index ? latest.period : null,
    };
  });
}

/** Every section the publisher has, for one country's history, in registry order (law enforcement without cells). */
export function countrySections(dataset: Dataset, code: string): CountrySection[] {
  const head = headers(dataset);
  return dataset.sections.map((section): CountrySection => {
    const header = head.get(section.id) as SectionHeader;
    if (section.kind === "counts") {
      const cells = isFirstSection(section.id)
        ? []
        : sectionCountrySeries(dataset, section, code).map(({ reported, row }): CountsCell =>
            reported ? (row ? publicRow(row) : null) : "not-reported",
          );
      return { ...header, id: section.id, kind: "counts", cells };
    }
    const byPeriod = new Map(section.periods.map((p) => [periodIndex(p.period), rangeRowsByCountry(p)]));
    const has = [...byPeriod.values()].some((m) => m.has(code));
    const countries = new Map<string, string>();
    for (const p of section.periods) for (const r of p.rows) countries.set(r.countryCode, r.country);
    return {
      ...header,
      id: section.id,
      kind: "ranges",
      cells: has
        ? dataset.periods.map(({ period }) => {
            const rows = byPeriod.get(periodIndex(period));
            return rows ? (rows.get(code) ?? []).map(publicBandRow) : "not-reported";
          })
        : null,
      countries: has ? [] : [...countries].map(([c, name]) => ({ code: c, name })),
    };
  });
}

/** A counts section's totals over the periods a country has rows in; undefined when it has none. */
export function cellsTotals(cells: readonly CountsCell[]): Totals | undefined {
  const rows = cells.filter((c): c is PublicRow => c !== null && c !== "not-reported");
  return rows.length > 0 ? totalsOf(rows) : undefined;
}
