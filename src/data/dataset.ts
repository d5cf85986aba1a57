import type { RangeRow } from "./national-security.ts";
import type { Period } from "./period.ts";
import type { Correction, Release } from "./publication-types.ts";
import type { SiteConfig } from "./schemas/site.ts";
import { FIRST_SECTION_ID, isFirstSection } from "./first-section.ts";
import { type CountsSectionId, type RangesSectionId, SECTION_IDS } from "./sections.ts";
import type { RequestRow } from "./validate-file.ts";

export type { RequestRow } from "./validate-file.ts";
export type { RangeRow } from "./national-security.ts";

/** One period's validated file, of any section. */
export interface PeriodFile<Row> {
  period: Period;
  /** Rows in the order of the file. */
  rows: readonly Row[];
  /** Path of the source file, relative to the project root. */
  source: string;
}

/** One period's validated counts file (law enforcement, emergency, civil). */
export type PeriodData = PeriodFile<RequestRow>;

/** One period's validated national-security file. */
export type RangePeriodData = PeriodFile<RangeRow>;

/** A counts section the publisher has: its periods, oldest first. */
export interface CountsSectionData {
  id: CountsSectionId;
  kind: "counts";
  periods: readonly PeriodData[];
}

/** A ranges section the publisher has: its periods, oldest first. */
export interface RangesSectionData {
  id: RangesSectionId;
  kind: "ranges";
  periods: readonly RangePeriodData[];
}

export type SectionData = CountsSectionData | RangesSectionData;

/** Everything the site is built from, validated. */
export interface Dataset {
  site: SiteConfig;
  /** Law-enforcement periods (`data/requests/`) in chronological order, oldest first. They set the report's pages. */
  periods: readonly PeriodData[];
  /**
   * Every section the publisher has, in registry order. The first is always
   * law enforcement, whose `periods` is the same array as `Dataset.periods`.
   * A section without a folder in `data/` is not listed.
   */
  sections: readonly SectionData[];
  /**
   * Release dates from `data/releases.csv`, one per period; empty when the file is absent.
   * Optional so that datasets built by hand in tests need not list them.
   */
  releases?: readonly Release[];
  /**
   * Corrections from `data/corrections.csv`, newest first: empty when the file lists none, undefined when there is
   * no file (whether anything was corrected is then not stated).
   */
  corrections?: readonly Correction[];
}

/** A dataset from law-enforcement periods and any other sections present, put in registry order. */
export function datasetOf(
  site: SiteConfig,
  periods: readonly PeriodData[],
  others: readonly SectionData[] = [],
): Dataset {
  return {
    site,
    periods,
    sections: [
      { id: FIRST_SECTION_ID, kind: "counts", periods },
      ...others
        .filter((s) => !isFirstSection(s.id))
        .sort((a, b) => SECTION_IDS.indexOf(a.id) - SECTION_IDS.indexOf(b.id)),
    ],
  };
}
