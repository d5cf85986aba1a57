import type { Dataset } from "../data/dataset.ts";
import { FIRST_SECTION_ID, isFirstSection } from "../data/first-section.ts";
import type { Period } from "../data/period.ts";
import type { CorrectedFigure } from "../data/publication-types.ts";
import type { SectionId } from "../data/sections.ts";
import { correctionsFor, latestDay, releaseOf } from "./dates.ts";

/** One correction as a view needs it: enough to place its mark and link to its note. */
export interface CorrectionRef {
  date: string;
  anchor: string;
  /** The country whose figures changed; absent for a correction to the whole period. */
  countryCode?: string;
  /** The one section whose figures changed; absent when the correction names none (law enforcement). */
  section?: SectionId;
  /** The figures it changed; absent when it names none, which means every figure of its subject. */
  figures?: CorrectedFigure[];
}

/** When a view's figures were published and corrected; carried in the page payloads and their JSON. */
export interface PublicationNote {
  /** `2026-08-07`, when releases.csv records it. */
  published?: string;
  /** The corrections that changed this view's figures, newest first. */
  corrections: CorrectionRef[];
}

function refsOf(dataset: Dataset, country: string | null, period: Period): CorrectionRef[] {
  return correctionsFor(dataset, country, period).map((c) => ({
    date: c.date,
    anchor: c.anchor,
    ...(c.countryCode ? { countryCode: c.countryCode } : {}),
    ...(c.section ? { section: c.section } : {}),
    ...(c.figures ? { figures: c.figures } : {}),
  }));
}

/** The note for a view: `country` null for worldwide figures. */
export function publicationNote(dataset: Dataset, country: string | null, period: Period): PublicationNote {
  const published = releaseOf(dataset, period);
  return { ...(published ? { published } : {}), corrections: refsOf(dataset, country, period) };
}

/**
 * The note for a country over every period: the latest release among the periods
 * that have a row for it, and the corrections to its own figures. A period-wide
 * correction changes worldwide figures, which this view does not show.
 */
export function countryNote(dataset: Dataset, code: string): PublicationNote {
  const withRow = dataset.periods.filter((p) => p.rows.some((r) => r.countryCode === code));
  const published = latestDay(withRow.map((p) => releaseOf(dataset, p.period)));
  const corrections = withRow
    .flatMap((p) => refsOf(dataset, code, p.period))
    .filter((c) => c.countryCode === code)
    .sort((a, b) => b.date.localeCompare(a.date) || a.anchor.localeCompare(b.anchor));
  return { ...(published ? { published } : {}), corrections };
}

/**
 * The corrections behind each figure of a country's row in the countries index: the latest period's requests and
 * accounts, and requests over every period. Only the country's own law-enforcement corrections (the figures the
 * index shows), and each on the figures it changed, so a correction to outcomes or to another section marks none.
 */
export function countryIndexRefs(
  dataset: Dataset,
  code: string,
  latest: Period,
): { latestRequests: CorrectionRef[]; latestAccounts: CorrectionRef[]; allRequests: CorrectionRef[] } {
  // A correction that names no section is about the first (src/data/first-section.ts).
  const lawEnforcement = (refs: readonly CorrectionRef[]) =>
    refs.filter((c) => c.countryCode === code && isFirstSection(c.section ?? FIRST_SECTION_ID));
  const changed = (refs: readonly CorrectionRef[], figure: "requests" | "accounts") =>
    refs.filter((c) => c.figures === undefined || c.figures.includes(figure));
  const inLatest = lawEnforcement(refsOf(dataset, code, latest));
  const all = lawEnforcement(countryNote(dataset, code).corrections);
  return {
    latestRequests: changed(inLatest, "requests"),
    latestAccounts: changed(inLatest, "accounts"),
    allRequests: changed(all, "requests"),
  };
}
