import type { Dataset } from "../data/dataset.ts";
import { urls } from "../lib/urls.ts";
import { correctionsFor, latestDay, releaseOf } from "./dates.ts";

/**
 * The day each page's figures last changed, for the sitemap's `lastmod`: the
 * release of its period (the latest one it shows) or a later correction to it.
 * Pages without figures (FAQ, definitions) are left out: their dates are not data.
 */
export function lastModifiedByPath(dataset: Dataset): Map<string, string> {
  const result = new Map<string, string>();
  const set = (path: string, day: string | undefined) => {
    if (day !== undefined) result.set(path, day);
  };
  const countryDays = new Map<string, (string | undefined)[]>();
  for (const p of dataset.periods) {
    const released = releaseOf(dataset, p.period);
    const periodWide = correctionsFor(dataset, null, p.period).map((c) => c.date);
    set(urls.period(p.period), latestDay([released, ...periodWide]));
    for (const row of p.rows) {
      const days = [released, ...correctionsFor(dataset, row.countryCode, p.period).map((c) => c.date)];
      set(urls.countryPeriod(row.countryCode, p.period), latestDay(days));
      countryDays.set(row.countryCode, [...(countryDays.get(row.countryCode) ?? []), ...days]);
    }
  }
  for (const [code, days] of countryDays) set(urls.country(code), latestDay(days));
  const latest = latestDay([
    ...(dataset.releases ?? []).map((r) => r.published),
    ...(dataset.corrections ?? []).map((c) => c.date),
  ]);
  for (const path of [urls.home, urls.periods, urls.countries, urls.downloads]) set(path, latest);
  set(urls.corrections, latestDay((dataset.corrections ?? []).map((c) => c.date)) ?? latest);
  return result;
}
