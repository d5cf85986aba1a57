import type { Dataset } from "../data/dataset.ts";
import { isFirstSection } from "../data/first-section.ts";
import { urls } from "../lib/urls.ts";
import { correctionsFor, latestDay, releaseOf } from "./dates.ts";
import { countryNote } from "./note.ts";

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
  const countries = new Set<string>();
  for (const p of dataset.periods) {
    const released = releaseOf(dataset, p.period);
    const periodWide = correctionsFor(dataset, null, p.period).map((c) => c.date);
    set(urls.period(p.period), latestDay([released, ...periodWide]));
    for (const row of p.rows) {
      const days = [released, ...correctionsFor(dataset, row.countryCode, p.period).map((c) => c.date)];
      set(urls.countryPeriod(row.countryCode, p.period), latestDay(days));
      countries.add(row.countryCode);
    }
  }
  // The same days as the country page's own release line.
  for (const code of countries) {
    const note = countryNote(dataset, code);
    set(urls.country(code), latestDay([note.published, ...note.corrections.map((c) => c.date)]));
  }
  const latest = latestDay([
    ...(dataset.releases ?? []).map((r) => r.published),
    ...(dataset.corrections ?? []).map((c) => c.date),
  ]);
  // Each other section's history page, like the periods index it was split from (law enforcement's is that index).
  const histories = dataset.sections.filter((s) => !isFirstSection(s.id)).map((s) => urls.sectionHistory(s.id));
  for (const path of [urls.home, urls.periods, ...histories, urls.countries, urls.downloads]) set(path, latest);
  set(urls.corrections, latestDay((dataset.corrections ?? []).map((c) => c.date)) ?? latest);
  return result;
}
