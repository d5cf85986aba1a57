/**
 * The filter (country, period, Apply) as one HTML string: FilterBar.astro writes it, and so do the
 * country × period pages, which are written without Astro components (see src/layouts/page-shell.ts).
 *
 * Each option is serialised once per build by the element tree (src/render/tree.ts), which escapes every
 * value, and each page joins the strings: every one of the bench's 5,436 pages carries ~226 countries, and
 * rendering those one element at a time was about a second of the build.
 */
import { latestPeriod } from "../data/aggregate.ts";
import type { Dataset } from "../data/dataset.ts";
import { type Period, periodIndex, periodLabel, periodSlug } from "../data/period.ts";
import { urls } from "../lib/urls.ts";
import { escapeHtml, h, toHtml } from "../render/tree.ts";
import { NO_ROW_MARK } from "../client/route.ts";

/** What an option needs of a country. */
export interface CountryChoice {
  code: string;
  name: string;
}

/** One option, unselected and selected; a period's also as marked for a country with no row in it. */
interface Option {
  value: string;
  plain: string;
  selected: string;
  absent?: { plain: string; selected: string };
}

function option(value: string, label: string, attrs: Record<string, string | number> = {}): Option {
  return {
    value,
    plain: toHtml(h("option", { value, ...attrs }, label)),
    selected: toHtml(h("option", { value, selected: true, ...attrs }, label)),
  };
}

function periodOption(p: Period): Option {
  const attrs = { "data-index": periodIndex(p) };
  const label = periodLabel(p);
  return {
    ...option(periodSlug(p), label, attrs),
    absent: {
      plain: toHtml(h("option", { value: periodSlug(p), ...attrs, "data-no-row": "" }, label + NO_ROW_MARK)),
      selected: toHtml(
        h("option", { value: periodSlug(p), selected: true, ...attrs, "data-no-row": "" }, label + NO_ROW_MARK),
      ),
    },
  };
}

/** The period select's contents, newest year first: its options and the year groups they sit in. */
interface PeriodGroup {
  open: string;
  options: Option[];
}

interface Choices {
  countries: Option[];
  periods: PeriodGroup[];
  latest: string;
  /** The periods (slugs) each country has a row in. */
  rows: Map<string, Set<string>>;
}

const made = new WeakMap<readonly CountryChoice[], WeakMap<Dataset, Choices>>();

function choices(dataset: Dataset, list: readonly CountryChoice[]): Choices {
  const byDataset = made.get(list) ?? new WeakMap<Dataset, Choices>();
  made.set(list, byDataset);
  let found = byDataset.get(dataset);
  if (found) return found;
  const years = new Map<number, Period[]>();
  for (const p of [...dataset.periods].reverse()) {
    const year = years.get(p.period.year) ?? [];
    year.push(p.period);
    years.set(p.period.year, year);
  }
  found = {
    countries: [option("global", "Worldwide"), ...list.map((c) => option(c.code.toLowerCase(), c.name))],
    periods: [
      { open: "", options: [option("all", "All periods")] },
      ...[...years].map(([year, periods]) => ({
        open: `<optgroup label="${escapeHtml(String(year))}">`,
        options: periods.map(periodOption),
      })),
    ],
    latest: periodSlug(latestPeriod(dataset).period),
    rows: new Map(),
  };
  for (const p of dataset.periods)
    for (const r of p.rows) {
      const set = found.rows.get(r.countryCode) ?? new Set<string>();
      set.add(periodSlug(p.period));
      found.rows.set(r.countryCode, set);
    }
  byDataset.set(dataset, found);
  return found;
}

/** `has`, when given, says which periods the chosen country has a row in; the others are marked. */
function options(list: readonly Option[], selected: string, has?: ReadonlySet<string>): string {
  let html = "";
  for (const o of list) {
    const form = has && o.absent && !has.has(o.value) ? o.absent : o;
    html += o.value === selected ? form.selected : form.plain;
  }
  return html;
}

/**
 * The filter with `country` (a code, or null for worldwide) and `period` (null for all periods) selected.
 * `list` is every country that has a page, in the order the select shows them.
 */
export function filterBarHtml(
  dataset: Dataset,
  list: readonly CountryChoice[],
  country: string | null,
  period: Period | null,
): string {
  const { countries, periods, latest, rows } = choices(dataset, list);
  const selectedCountry = country === null ? "global" : country.toLowerCase();
  const selectedPeriod = period === null ? "all" : periodSlug(period);
  // A chosen country's periods without a row are marked, so no reader picks one expecting figures.
  const has = country === null ? undefined : (rows.get(country.toUpperCase()) ?? new Set<string>());
  let periodHtml = "";
  for (const group of periods)
    periodHtml += group.open
      ? `${group.open}${options(group.options, selectedPeriod, has)}</optgroup>`
      : options(group.options, selectedPeriod, has);
  return (
    `<report-filter class="filter-bar" data-latest="${escapeHtml(latest)}">` +
    `<form method="get" action="${escapeHtml(urls.view)}" aria-label="Choose a country and period" data-pagefind-ignore="all">` +
    `<div class="field"><label for="filter-country">Country or region</label>` +
    `<select id="filter-country" name="country">${options(countries, selectedCountry)}</select></div>` +
    `<div class="field"><label for="filter-period">Period</label>` +
    `<select id="filter-period" name="period">${periodHtml}</select></div>` +
    `<button type="submit">Apply</button>` +
    `<p class="filter-status visually-hidden" role="status" aria-live="polite"></p>` +
    `</form></report-filter>`
  );
}
