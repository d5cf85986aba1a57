import type { Dataset } from "../data/dataset.ts";
import { periodLongLabel } from "../data/period.ts";
import { formatDay, latestDay, releaseOf } from "./dates.ts";

/**
 * The suggested citation of the report as it stands: the publisher, the title, the latest period it covers and
 * the day that period was published (or that the day was not stated), and the site's address. Readers add the
 * day they looked, since corrections can change figures later.
 */
export function citation(dataset: Dataset): string {
  const { site } = dataset;
  const latest = dataset.periods.at(-1);
  if (!latest) throw new Error("The dataset has no periods");
  const published = releaseOf(dataset, latest.period);
  const corrected = latestDay(
    (dataset.corrections ?? []).filter((c) => published === undefined || c.date > published).map((c) => c.date),
  );
  const dates = [
    published ? `published ${formatDay(published)}` : "publication date not stated",
    corrected ? `last corrected ${formatDay(corrected)}` : null,
  ].filter((d) => d !== null);
  const home = new URL("/", site.siteUrl).href;
  return `${site.organisation}, ${site.title}, ${periodLongLabel(latest.period)} (${dates.join(", ")}). ${home}, accessed on [date].`;
}
