/**
 * A described report's figures in a few sentences, written once for the feed, the link-preview cards and
 * their alt text: per section, a period's worldwide requests, or a place's requests over every period. A total
 * the files leave incomplete says so and gives no figure; bands are never turned into one number.
 */
import { formatCount } from "../data/format.ts";
import type { ReportData } from "../data/report/load-report.ts";
import { leadMeasure, measureOf, placeFigure, statedAgainstSum } from "../data/report/report-aggregate.ts";
import { periodsOverlap, type ReportPeriod } from "../data/report/report-period.ts";
import { periodSections, placeHistory } from "./report-model.ts";

/** One section's line: `Law enforcement: 478 requests`. */
export interface SummaryLine {
  readonly section: string;
  /** The figure the line states, when there is one; null when the files give no complete figure. */
  readonly value: number | null;
  readonly text: string;
}

const places = (n: number) => (n === 1 ? "1 place" : `${formatCount(n)} places`);

/** Every section that reported `period`, with its worldwide requests (the sum of the rows). */
export function periodSummary(report: ReportData, period: ReportPeriod): SummaryLine[] {
  return periodSections(report, period).map((entry): SummaryLine => {
    const { section } = entry;
    if (entry.kind === "bands") {
      return { section: section.id, value: null, text: `${section.shortLabel}: published only as bands` };
    }
    const lead = leadMeasure(entry.section);
    const label = (entry.section.measures[lead]?.label ?? "").toLowerCase();
    const sum = entry.totals.sum[lead];
    if (sum.value === null) {
      return {
        section: section.id,
        value: null,
        text: `${section.shortLabel}: no complete figure for ${label} (${places(sum.missing.length)} did not report it)`,
      };
    }
    const against = statedAgainstSum(entry.totals, lead);
    const stated =
      against && against.difference !== 0
        ? ` (sum of the rows; the publisher states ${formatCount(against.stated)})`
        : "";
    return {
      section: section.id,
      value: sum.value,
      text: `${section.shortLabel}: ${formatCount(sum.value)} ${label}${stated}`,
    };
  });
}

/**
 * Every section in which `code` has rows, with its requests over every period it has. No figure where a period
 * left requests unreported, or where two of its periods overlap (a year published beside its own halves): adding
 * those would count some months twice.
 */
export function placeSummary(report: ReportData, code: string): SummaryLine[] {
  return placeHistory(report, code).map((history): SummaryLine => {
    const { section } = history;
    const count = history.periods.length === 1 ? "1 period" : `${formatCount(history.periods.length)} periods`;
    if (history.kind === "bands") {
      return { section: section.id, value: null, text: `${section.shortLabel}: published only as bands, ${count}` };
    }
    const lead = leadMeasure(history.section);
    const label = (history.section.measures[lead]?.label ?? "").toLowerCase();
    const inTotals = new Set((history.section.processes ?? []).filter((p) => p.inTotals).map((p) => p.id));
    const figures = history.periods.map((p) => placeFigure(p.rows, measureOf(lead), inTotals));
    const overlap = history.periods.some((a, i) =>
      history.periods.some((b, j) => i < j && periodsOverlap(a.period, b.period)),
    );
    if (overlap || figures.some((f) => f === null || f === undefined)) {
      return {
        section: section.id,
        value: null,
        text: `${section.shortLabel}: ${count}, with no total over all of them`,
      };
    }
    const value = figures.reduce<number>((a, b) => a + (b ?? 0), 0);
    return { section: section.id, value, text: `${section.shortLabel}: ${formatCount(value)} ${label} over ${count}` };
  });
}
