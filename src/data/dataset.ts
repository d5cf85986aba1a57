import type { Correction } from "./corrections.ts";
import type { Period } from "./period.ts";
import type { Release } from "./releases.ts";
import type { SiteConfig } from "./schemas/site.ts";
import type { RequestRow } from "./validate-file.ts";

export type { RequestRow } from "./validate-file.ts";

/** One period's validated file. */
export interface PeriodData {
  period: Period;
  /** Rows in the order of the file. */
  rows: readonly RequestRow[];
  /** Path of the source file, relative to the project root. */
  source: string;
}

/** Everything the site is built from, validated. */
export interface Dataset {
  site: SiteConfig;
  /** Periods in chronological order, oldest first. */
  periods: readonly PeriodData[];
  /**
   * Release dates from `data/releases.csv`, one per period; empty when the file is absent.
   * Optional so that datasets built by hand in tests need not list them.
   */
  releases?: readonly Release[];
  /** Corrections from `data/corrections.csv`, newest first; empty when the file is absent. */
  corrections?: readonly Correction[];
}
