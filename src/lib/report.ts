import { getCollection } from "astro:content";
import { type Dataset, datasetOf, type PeriodData, type PeriodFile, type SectionData } from "../data/dataset.ts";
import type { SiteConfig } from "../data/schemas/site.ts";
import { comparePeriods } from "../data/period.ts";

let cached: Promise<Dataset> | undefined;

/** How the loader stores a period of a section other than law enforcement. */
type StoredSectionPeriod = PeriodFile<unknown> & Pick<SectionData, "kind"> & { section: SectionData["id"] };

const chronological = (a: PeriodFile<unknown>, b: PeriodFile<unknown>) => comparePeriods(a.period, b.period);

async function read(): Promise<Dataset> {
  const entries = await getCollection("report");
  let site: SiteConfig | undefined;
  const periods: PeriodData[] = [];
  const sections = new Map<SectionData["id"], { kind: SectionData["kind"]; periods: PeriodFile<unknown>[] }>();
  for (const entry of entries) {
    // The loader stored these shapes after validating them; the collection has no schema of its own.
    if (entry.id === "site") site = (entry.data as { site: SiteConfig }).site;
    else if ("section" in entry.data) {
      const { section: id, kind, ...period } = entry.data as StoredSectionPeriod;
      const section = sections.get(id) ?? { kind, periods: [] };
      section.periods.push(period);
      sections.set(id, section);
    } else periods.push(entry.data as PeriodData);
  }
  if (!site) throw new Error("The report collection has no site entry; is the requests loader configured?");
  periods.sort(chronological);
  const others = [...sections].map(([id, s]) => ({ id, kind: s.kind, periods: s.periods.sort(chronological) }));
  return datasetOf(site, periods, others as SectionData[]);
}

/** The validated dataset, read once per build and shared by every page and endpoint. */
export function getDataset(): Promise<Dataset> {
  cached ??= read();
  return cached;
}
