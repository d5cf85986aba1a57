import type { RSSFeedItem } from "@astrojs/rss";
import type { Dataset } from "../data/dataset.ts";
import { periodEnd, periodLongLabel } from "../data/period.ts";
import { urls } from "../lib/urls.ts";
import { correctionCountryName, correctionSubject, correctionUrl, formatDay, releaseOf } from "./dates.ts";

/**
 * One RSS entry per published period and per correction, newest first. A period without a release date in
 * releases.csv gets no date at all (RSS makes pubDate optional) and says the day was not stated: the day it
 * ended, or any other, would be a date the publisher never gave. It is still placed by the day its period
 * ended, so the feed keeps its order.
 */
export function feedItems(dataset: Dataset, site: URL): RSSFeedItem[] {
  // Absolute links pass through @astrojs/rss untouched; relative ones would get a slash after the #fragment.
  const absolute = (path: string) => new URL(path, site).href;
  const periodItems = dataset.periods.map((p): RSSFeedItem & { order: string } => {
    const released = releaseOf(dataset, p.period);
    const countries = `requests received from ${p.rows.length} countries and regions.`;
    return {
      order: released ?? periodEnd(p.period).toISOString().slice(0, 10),
      title: `Figures for ${periodLongLabel(p.period)}`,
      link: absolute(urls.period(p.period)),
      ...(released ? { pubDate: new Date(`${released}T00:00:00Z`) } : {}),
      description: released
        ? `Published ${formatDay(released)}: ${countries}`
        : `Publication date not stated: ${countries}`,
    };
  });
  const correctionItems = (dataset.corrections ?? []).map((c): RSSFeedItem & { order: string } => {
    // The country's name from whichever section's file lists it (a correction may name any section).
    const subject = correctionSubject(c, correctionCountryName(dataset, c));
    return {
      order: c.date,
      title: `Correction: ${subject}`,
      link: absolute(correctionUrl(c)),
      pubDate: new Date(`${c.date}T00:00:00Z`),
      description: c.note,
    };
  });
  return [...periodItems, ...correctionItems]
    .sort((a, b) => b.order.localeCompare(a.order) || (a.link ?? "").localeCompare(b.link ?? ""))
    .map(({ order: _order, ...item }) => item);
}
