import { countries, periodTotals, totalsOf } from "../data/aggregate.ts";
import type { Dataset } from "../data/dataset.ts";
import { parsePeriodId, periodId, periodLongLabel, periodSlug } from "../data/period.ts";
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
 * The cards: the overview, each period and each country, and no more. Country ×
 * period pages share their country's card, so the number of images grows with
 * periods plus countries, not with their product.
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

function makeCards(dataset: Dataset): PreviewCard[] {
  const site = `${dataset.site.organisation} · ${dataset.site.title}`;
  const latest = dataset.periods.at(-1);
  const cards: PreviewCard[] = [];
  const alt = (heading: string, period: string, requests: number) =>
    `${heading}, ${period}: ${requests.toLocaleString("en")} requests, with what happened to them as a bar chart.`;
  if (latest) {
    const totals = periodTotals(latest);
    const period = periodLongLabel(latest.period);
    cards.push({
      name: "overview",
      content: { site, heading: "Worldwide", period, totals },
      alt: alt("Worldwide", period, totals.requests),
    });
  }
  for (const p of dataset.periods) {
    const totals = periodTotals(p);
    const period = periodLongLabel(p.period);
    cards.push({
      name: `period-${periodSlug(p.period)}`,
      content: { site, heading: "Worldwide", period, totals },
      alt: alt("Worldwide", period, totals.requests),
    });
  }
  for (const c of countries(dataset)) {
    const { lastRow: row } = c;
    const totals = totalsOf([row]);
    const period = `Latest: ${periodLongLabel(c.lastPeriod)}`;
    cards.push({
      name: `country-${c.code.toLowerCase()}`,
      content: { site, heading: c.name, period, totals },
      alt: alt(c.name, periodLongLabel(c.lastPeriod), row.requests),
    });
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
  if (country && dataset.periods.some((p) => p.rows.some((r) => r.countryCode === country))) {
    return `country-${country.toLowerCase()}`;
  }
  return "overview";
}
