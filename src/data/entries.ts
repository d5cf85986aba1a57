/**
 * How a validated dataset travels through Astro's content layer: the loader
 * stores it as entries, and pages read it back. Kept as a pure pair, so a test
 * can prove that what pages read is what was validated.
 *
 * Entry ids: `site`, then each law-enforcement period as `2020-H2` (as before
 * sections existed), then each other section's period as `emergency/2020-H2`,
 * and `publication` (release dates and corrections) when the data has either.
 */
import { type Dataset, datasetOf, type PeriodData, type PeriodFile, type SectionData } from "./dataset.ts";
import { comparePeriods, periodId } from "./period.ts";
import type { SiteConfig } from "./schemas/site.ts";

/** One stored entry. */
export interface ReportEntry {
  id: string;
  data: Record<string, unknown>;
}

/** A period of a section other than law enforcement, as stored. */
type StoredSectionPeriod = PeriodFile<unknown> & Pick<SectionData, "kind"> & { section: SectionData["id"] };

export function toEntries(dataset: Dataset): ReportEntry[] {
  const entries: ReportEntry[] = [{ id: "site", data: { site: dataset.site } }];
  const { releases = [], corrections = [] } = dataset;
  if (releases.length > 0 || corrections.length > 0) {
    entries.push({ id: "publication", data: { releases, corrections } });
  }
  for (const p of dataset.periods) {
    entries.push({ id: periodId(p.period), data: { period: p.period, rows: p.rows, source: p.source } });
  }
  for (const section of dataset.sections.slice(1)) {
    for (const p of section.periods) {
      const data = { section: section.id, kind: section.kind, period: p.period, rows: p.rows, source: p.source };
      entries.push({ id: `${section.id}/${periodId(p.period)}`, data });
    }
  }
  return entries;
}

const chronological = (a: PeriodFile<unknown>, b: PeriodFile<unknown>) => comparePeriods(a.period, b.period);

/** The dataset back from its entries, in any order. */
export function fromEntries(entries: readonly ReportEntry[]): Dataset {
  let site: SiteConfig | undefined;
  let publication: Pick<Dataset, "releases" | "corrections"> = {};
  const periods: PeriodData[] = [];
  const sections = new Map<SectionData["id"], { kind: SectionData["kind"]; periods: PeriodFile<unknown>[] }>();
  for (const entry of entries) {
    // toEntries stored these shapes after validation; the collection has no schema of its own.
    if (entry.id === "site") site = (entry.data as { site: SiteConfig }).site;
    else if (entry.id === "publication") publication = entry.data;
    else if ("section" in entry.data) {
      const { section: id, kind, ...period } = entry.data as unknown as StoredSectionPeriod;
      const section = sections.get(id) ?? { kind, periods: [] };
      section.periods.push(period);
      sections.set(id, section);
    } else periods.push(entry.data as unknown as PeriodData);
  }
  if (!site) throw new Error("The report collection has no site entry; is the requests loader configured?");
  periods.sort(chronological);
  const others = [...sections].map(([id, s]) => ({ id, kind: s.kind, periods: s.periods.sort(chronological) }));
  return { ...datasetOf(site, periods, others as SectionData[]), ...publication };
}
