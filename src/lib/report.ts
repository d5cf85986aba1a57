import { getCollection } from "astro:content";
import type { Dataset, PeriodData } from "../data/dataset.ts";
import type { SiteConfig } from "../data/schemas/site.ts";
import { comparePeriods } from "../data/period.ts";

let cached: Promise<Dataset> | undefined;

async function read(): Promise<Dataset> {
  const entries = await getCollection("report");
  let site: SiteConfig | undefined;
  const periods: PeriodData[] = [];
  let publication: Pick<Dataset, "releases" | "corrections"> = {};
  for (const entry of entries) {
    // The loader stored these shapes after validating them; the collection has no schema of its own.
    if (entry.id === "site") site = (entry.data as { site: SiteConfig }).site;
    else if (entry.id === "publication") publication = entry.data as Pick<Dataset, "releases" | "corrections">;
    else periods.push(entry.data as PeriodData);
  }
  if (!site) throw new Error("The report collection has no site entry; is the requests loader configured?");
  periods.sort((a, b) => comparePeriods(a.period, b.period));
  return { site, periods, ...publication };
}

/** The validated dataset, read once per build and shared by every page and endpoint. */
export function getDataset(): Promise<Dataset> {
  cached ??= read();
  return cached;
}
