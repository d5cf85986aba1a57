import { countries, countrySeries, periodTotals } from "../data/aggregate.ts";
import type { Dataset } from "../data/dataset.ts";
import { parsePeriodId, periodId, periodLabel, periodLongLabel, periodSlug } from "../data/period.ts";
import { countriesInAnySection } from "../data/sections-aggregate.ts";
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
  // A country's card is shared by its page and every one of its country × period pages, so it shows no one
  // period's figures: its law-enforcement totals over every period, and says so.
  const withRows = new Map(countries(dataset).map((c) => [c.code, c]));
  for (const [code, name] of countriesInAnySection(dataset)) {
    const series = countrySeries(dataset, code).filter((s) => s.row);
    const first = series[0]?.period;
    const last = series.at(-1)?.period;
    const summary = withRows.get(code);
    if (summary && first && last) {
      const period = `All periods, ${periodLabel(first)} to ${periodLabel(last)}`;
      cards.push({
        name: `country-${code.toLowerCase()}`,
        content: { site, heading: name, period, totals: summary.allTime },
        alt: alt(
          name,
          `all periods from ${periodLongLabel(first)} to ${periodLongLabel(last)}`,
          summary.allTime.requests,
        ),
      });
    } else {
      // Only in another section (emergency, civil, bands): no law-enforcement figures to draw.
      cards.push({
        name: `country-${code.toLowerCase()}`,
        content: { site, heading: name, period: "Figures by section on the page", totals: null },
        alt: `${name}: figures by report section, on the page.`,
      });
    }
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
