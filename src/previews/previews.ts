import { type Counts, type Totals, totalsOf } from "../data/aggregate.ts";
import type { Dataset } from "../data/dataset.ts";
import { formatRequests } from "../data/format.ts";
import { type Period, parsePeriodId, periodId, periodLabel, periodLongLabel, periodSlug } from "../data/period.ts";
import { countriesInAnySection } from "../data/sections-aggregate.ts";
import { countryPayload, periodPayload } from "../payloads/payloads.ts";
import type { CardContent } from "./card.ts";

/** Preview images live here, one PNG per card. */
export const PREVIEW_FOLDER = "/previews/";

/** One preview image: its file name (without folder and extension) and what it shows. */
export interface PreviewCard {
  name: string;
  content: CardContent;
  /** The image's text alternative, for og:image:alt. */
  alt: string;
}

export function previewUrl(name: string): string {
  return `${PREVIEW_FOLDER}${name}.png`;
}

/**
 * The cards: the overview, each period and each country (in any section), and no more. Country × period pages
 * share their country's card, which therefore shows the country's totals over every period and says so, never
 * one period's figures; the number of images grows with periods plus countries, not with their product.
 */
export function previewCards(dataset: Dataset): PreviewCard[] {
  // Every page's layout asks for its card; the list is made once per dataset.
  let cards = cache.get(dataset);
  if (!cards) {
    cards = makeCards(dataset);
    cache.set(dataset, cards);
  }
  return cards;
}

const cache = new WeakMap<Dataset, PreviewCard[]>();

/** How a card's image is described in words (og:image:alt). */
function cardAlt(heading: string, period: string, requests: number): string {
  return `${heading}, ${period}: ${formatRequests(requests)}, with what happened to ${requests === 1 ? "it" : "them"} as a bar chart.`;
}

/** A period's card: its worldwide figures. `name` is the overview's for the overview. */
export function periodCard(
  site: string,
  period: Period,
  totals: Totals,
  name = `period-${periodSlug(period)}`,
): PreviewCard {
  const label = periodLongLabel(period);
  return {
    name,
    content: { site, heading: "Worldwide", period: label, totals },
    alt: cardAlt("Worldwide", label, totals.requests),
  };
}

/**
 * A country's card, shared by its page and every one of its country × period pages, so it shows no one period's
 * figures: its law-enforcement totals over every period (`rows`, oldest first), and says so. A country only in
 * other sections (no rows) gets a card without figures.
 */
export function countryCard(
  site: string,
  code: string,
  name: string,
  rows: readonly { period: Period; row: Counts }[],
): PreviewCard {
  const first = rows[0]?.period;
  const last = rows.at(-1)?.period;
  if (!first || !last) {
    return {
      name: `country-${code.toLowerCase()}`,
      content: { site, heading: name, period: "Figures by section on the page", totals: null },
      alt: `${name}: figures by report section, on the page.`,
    };
  }
  const totals = totalsOf(rows.map((r) => r.row));
  return {
    name: `country-${code.toLowerCase()}`,
    content: { site, heading: name, period: `All periods, ${periodLabel(first)} to ${periodLabel(last)}`, totals },
    alt: cardAlt(name, `all periods from ${periodLongLabel(first)} to ${periodLongLabel(last)}`, totals.requests),
  };
}

/** The cards' figures come from the pages' payloads, as when the browser redraws a view (src/client/redraw.ts). */
function makeCards(dataset: Dataset): PreviewCard[] {
  const site = `${dataset.site.organisation} · ${dataset.site.title}`;
  const periods = dataset.periods.map((p) => periodPayload(dataset, p));
  const latest = periods.at(-1);
  const cards: PreviewCard[] = [];
  if (latest) cards.push(periodCard(site, latest.period, latest.totals, "overview"));
  for (const p of periods) cards.push(periodCard(site, p.period, p.totals));
  for (const [code, name] of countriesInAnySection(dataset)) {
    const payload = countryPayload(dataset, code, name);
    const rows = payload.series.flatMap(({ period, row }) => (row ? [{ period, row }] : []));
    cards.push(countryCard(site, code, name, rows));
  }
  return cards;
}

/**
 * The card a page shows when it is shared: its period's or its country's, the
 * overview's for everything else (FAQ, definitions, downloads…).
 */
export function previewNameForPath(dataset: Dataset, pathname: string): string {
  const period = /^\/periods\/(\d{4}-h[12])\/$/i.exec(pathname)?.[1];
  if (period) {
    const parsed = parsePeriodId(period);
    if (parsed && dataset.periods.some((p) => periodId(p.period) === periodId(parsed)))
      return `period-${period.toLowerCase()}`;
  }
  const country = /^\/countries\/([a-z]{2})\//i.exec(pathname)?.[1]?.toUpperCase();
  if (country && countriesInAnySection(dataset).has(country)) {
    return `country-${country.toLowerCase()}`;
  }
  return "overview";
}
