/**
 * The shapes of the publication record (release dates and corrections). They sit apart from the
 * files that validate them because the dataset type holds them, and those files need the dataset's
 * period type: one file each way would make a circle.
 */
import type { SectionId } from "./sections.ts";

/** When one period's figures were published. */
export interface Release {
  /** `2026-H1`. */
  period: string;
  /** `2026-08-01`. */
  published: string;
}

/** A figure a correction can name: the headline counts and the four outcomes, by their field in a row. */
export type CorrectedFigure = "requests" | "accounts" | "content" | "nonContent" | "noData" | "rejected";

export interface Correction {
  /** `2026-09-12`. */
  date: string;
  /** `2026-H1`. */
  period: string;
  /** Upper-case code, or undefined for a correction to the whole period. */
  countryCode?: string;
  note: string;
  section?: SectionId;
  /**
   * The figures the correction changed, from the optional `figures` column; undefined when it names none, which
   * means every figure of its subject (what a file without the column could only mean).
   */
  figures?: CorrectedFigure[];
  /** A stable, unique anchor for links: `correction-2026-09-12-2026-h1-de`, numbered when two would clash. */
  anchor: string;
}
