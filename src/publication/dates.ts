import type { Correction } from "../data/corrections.ts";
import type { Dataset } from "../data/dataset.ts";
import { type Period, parsePeriodId, periodId, periodLongLabel } from "../data/period.ts";
import { sectionPeriod } from "../data/sections-aggregate.ts";
import { urls } from "../lib/urls.ts";

/** `2026-08-07` → `7 August 2026`: the way dates are written on pages and in the feed. */
export function formatDay(day: string): string {
  const [year, month, date] = day.split("-").map(Number);
  const months = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ];
  return `${date} ${months[(month ?? 1) - 1]} ${year}`;
}

/** The day a period was published, when releases.csv records it. */
export function releaseOf(dataset: Dataset, period: Period): string | undefined {
  const id = periodId(period);
  return dataset.releases?.find((r) => r.period === id)?.published;
}

/**
 * The corrections that change a view's figures: a period-wide correction touches every
 * view of its period; a country correction touches that country's views and the
 * worldwide ones (whose totals include it). `country` null means a worldwide view,
 * `period` null a view of every period.
 */
export function correctionsFor(dataset: Dataset, country: string | null, period: Period | null): Correction[] {
  const id = period && periodId(period);
  return (dataset.corrections ?? []).filter(
    (c) =>
      (id === null || c.period === id) &&
      (country === null || c.countryCode === undefined || c.countryCode === country),
  );
}

/** The latest of some `YYYY-MM-DD` days (they sort as text), or undefined when there are none. */
export function latestDay(days: readonly (string | undefined)[]): string | undefined {
  return days
    .filter((d): d is string => d !== undefined)
    .sort()
    .at(-1);
}

/** Where a correction is listed. */
export function correctionUrl(c: Correction): string {
  return `${urls.corrections}#${c.anchor}`;
}

/** The page whose figures a correction changed. */
export function correctedPageUrl(c: Correction): string {
  const period = parsePeriodId(c.period);
  if (!period) throw new Error(`Correction ${c.anchor} names ${c.period}, which is not a period`);
  return c.countryCode ? urls.countryPeriod(c.countryCode, period) : urls.period(period);
}

/**
 * The name readers know a corrected country by: from the corrected period's law-enforcement
 * file, else from another section's file of that period (a correction to a section may name a
 * country only that section lists). Every file of a dataset shows one name per code.
 */
export function correctionCountryName(dataset: Dataset, c: Correction): (code: string) => string {
  const period = parsePeriodId(c.period);
  return (code) => {
    if (!period) return code;
    for (const section of dataset.sections) {
      const data = sectionPeriod(section, period);
      const row = data?.rows.find((r) => r.countryCode === code);
      if (row) return row.country;
    }
    return code;
  };
}

/** `July–December 2025, Brazil` or `July–December 2025, worldwide`. */
export function correctionSubject(c: Correction, countryName: (code: string) => string): string {
  const period = parsePeriodId(c.period);
  const label = period ? periodLongLabel(period) : c.period;
  return `${label}, ${c.countryCode ? countryName(c.countryCode) : "all countries"}`;
}
