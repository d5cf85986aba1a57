/** A half-year reporting period. H1 is January–June, H2 is July–December. */
export interface Period {
  readonly year: number;
  readonly half: 1 | 2;
}

/** The first period a report may cover. */
export const FIRST_YEAR = 2013;

const MONTHS: Record<1 | 2, string> = { 1: "Jan–Jun", 2: "Jul–Dec" };

/** `2020-H2`: the form used in file names and data. */
export function periodId(p: Period): string {
  return `${p.year}-H${p.half}`;
}

/** `2020-h2`: the form used in URLs. */
export function periodSlug(p: Period): string {
  return periodId(p).toLowerCase();
}

/*
 * How readers see a period, everywhere (pages, charts, tables, PDF, downloads): the months, then the year.
 * `Jul–Dec 2020` where room is short (tables, charts, menus, pagers), `July–December 2020` in headings and
 * sentences. `2020-H2` is the data's form (file names, CSV columns) and `2020-h2` the address's; neither is
 * shown as a label.
 */

/** `Jul–Dec 2020`: the short form, for tables, chart labels, menus and pagers. */
export function periodLabel(p: Period): string {
  return `${MONTHS[p.half]} ${p.year}`;
}

/** `July–December 2020`: the long form, for headings and sentences. */
export function periodLongLabel(p: Period): string {
  return `${p.half === 1 ? "January–June" : "July–December"} ${p.year}`;
}

/**
 * How a sentence names a period, wherever it is written (pages, chart summaries, the PDF, the workbook, the feed):
 * the long form, never the short one or the data's `2020-H2`. The one formatter for running text, so a reader
 * meets a period written one way in words.
 */
export function periodInText(p: Period): string {
  return periodLongLabel(p);
}

/** Parses `2020-H2` or `2020-h2`; returns undefined for anything else. */
export function parsePeriodId(text: string): Period | undefined {
  const match = /^(\d{4})-[Hh]([12])$/.exec(text);
  if (!match) return undefined;
  return { year: Number(match[1]), half: match[2] === "1" ? 1 : 2 };
}

/** A sortable integer: consecutive periods differ by one. */
export function periodIndex(p: Period): number {
  return p.year * 2 + (p.half - 1);
}

export function comparePeriods(a: Period, b: Period): number {
  return periodIndex(a) - periodIndex(b);
}

export function periodFromIndex(index: number): Period {
  return { year: Math.floor(index / 2), half: index % 2 === 0 ? 1 : 2 };
}

/** The first day after the period, as a UTC date: a period is complete from then on. */
export function periodEnd(p: Period): Date {
  return p.half === 1 ? new Date(Date.UTC(p.year, 6, 1)) : new Date(Date.UTC(p.year + 1, 0, 1));
}

/** The most recent half-year that had ended on the given day. */
export function latestCompletePeriod(today: Date): Period {
  const year = today.getUTCFullYear();
  return today.getUTCMonth() >= 6 ? { year, half: 1 } : { year: year - 1, half: 2 };
}
