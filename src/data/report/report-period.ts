import { parsePeriodId, periodId, periodLabel, periodLongLabel } from "../period.ts";

/**
 * A period of a described report: a half-year (`2023-H1`) or a whole year (`2022`). GitHub publishes whole
 * years until 2022 and half-years after, so one report holds both; a year is never computed from its halves.
 */
export type ReportPeriod =
  | { readonly kind: "half"; readonly year: number; readonly half: 1 | 2 }
  | { readonly kind: "year"; readonly year: number };

/** Earliest year a period may name; no transparency report is older. */
export const EARLIEST_REPORT_YEAR = 2000;

/** `2023-H1` or `2022`: the form of file names, CSV cells and report.json. */
export function reportPeriodId(p: ReportPeriod): string {
  return p.kind === "year" ? String(p.year) : periodId(p);
}

/** `2023-h1` or `2022`: the form of addresses. */
export function reportPeriodSlug(p: ReportPeriod): string {
  return reportPeriodId(p).toLowerCase();
}

/** Parses `2023-H1`, `2023-h1` or `2022`; undefined for anything else. */
export function parseReportPeriodId(text: string): ReportPeriod | undefined {
  if (/^\d{4}$/.test(text)) return { kind: "year", year: Number(text) };
  const half = parsePeriodId(text);
  return half && { kind: "half", ...half };
}

/** First month of the period, counted from January of year 0, so periods sort by when they start. */
function startMonth(p: ReportPeriod): number {
  return p.year * 12 + (p.kind === "half" && p.half === 2 ? 6 : 0);
}

/** Length in months: a year (12) sorts before its own first half (6), which starts the same month. */
function months(p: ReportPeriod): number {
  return p.kind === "year" ? 12 : 6;
}

/** Chronological order by start, a year before the half-year that starts with it. */
export function compareReportPeriods(a: ReportPeriod, b: ReportPeriod): number {
  return startMonth(a) - startMonth(b) || months(b) - months(a);
}

/** True when the two periods share at least one month. */
export function periodsOverlap(a: ReportPeriod, b: ReportPeriod): boolean {
  const aStart = startMonth(a);
  const bStart = startMonth(b);
  return aStart < bStart + months(b) && bStart < aStart + months(a);
}

/** The first day after the period, as a UTC date: a period can be published from then on. */
export function reportPeriodEnd(p: ReportPeriod): Date {
  const end = startMonth(p) + months(p);
  return new Date(Date.UTC(Math.floor(end / 12), end % 12, 1));
}

/** `Jul–Dec 2020` or `2022`: the short form, for tables, chart labels and menus. */
export function reportPeriodLabel(p: ReportPeriod): string {
  return p.kind === "year" ? String(p.year) : periodLabel(p);
}

/** `July–December 2020`, or `January–December 2022` for a whole year: the long form, for headings. */
export function reportPeriodLongLabel(p: ReportPeriod): string {
  return p.kind === "year" ? `January–December ${p.year}` : periodLongLabel(p);
}
