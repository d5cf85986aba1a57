import rss, { type RSSFeedItem } from "@astrojs/rss";
import type { APIRoute } from "astro";
import { periodEnd, periodLongLabel } from "../data/period.ts";
import { getDataset } from "../lib/report.ts";
import { urls } from "../lib/urls.ts";
import { correctionCountryName, correctionSubject, correctionUrl, formatDay, releaseOf } from "../publication/dates.ts";

/**
 * One RSS entry per published period and per correction, newest first. A period
 * without a recorded release date is dated by the day it ended, so the feed stays
 * in order without inventing a publication day (the entry says which it is).
 */
export const GET: APIRoute = async (context) => {
  const dataset = await getDataset();
  const site = context.site ?? new URL(dataset.site.siteUrl);
  // Absolute links pass through @astrojs/rss untouched; relative ones would get a slash after the #fragment.
  const absolute = (path: string) => new URL(path, site).href;
  const periodItems = dataset.periods.map((p): RSSFeedItem & { day: string } => {
    const released = releaseOf(dataset, p.period);
    const day = released ?? periodEnd(p.period).toISOString().slice(0, 10);
    return {
      day,
      title: `Figures for ${periodLongLabel(p.period)}`,
      link: absolute(urls.period(p.period)),
      pubDate: new Date(`${day}T00:00:00Z`),
      description: released
        ? `Published ${formatDay(released)}: requests received from ${p.rows.length} countries and regions.`
        : `Requests received from ${p.rows.length} countries and regions.`,
    };
  });
  const correctionItems = (dataset.corrections ?? []).map((c): RSSFeedItem & { day: string } => {
    const subject = correctionSubject(c, correctionCountryName(dataset, c));
    return {
      day: c.date,
      title: `Correction: ${subject}`,
      link: absolute(correctionUrl(c)),
      pubDate: new Date(`${c.date}T00:00:00Z`),
      description: c.note,
    };
  });
  const items = [...periodItems, ...correctionItems]
    .sort((a, b) => b.day.localeCompare(a.day) || (a.link ?? "").localeCompare(b.link ?? ""))
    .map(({ day: _day, ...item }) => item);
  return rss({
    title: `${dataset.site.title} · ${dataset.site.organisation}`,
    description: `New figures and corrections in ${dataset.site.organisation}'s ${dataset.site.title}.`,
    site,
    items,
    customData: `<language>${dataset.site.language}</language>`,
  });
};
