/**
 * The RSS entries of a described report: one per period (dated by releases.csv, or undated with "publication
 * date not stated" when the file does not give it) and one per correction, newest first.
 */
import type { RSSFeedItem } from "@astrojs/rss";
import type { ReportData } from "../data/report/load-report.ts";
import { reportPeriodEnd, reportPeriodLongLabel } from "../data/report/report-period.ts";
import { reportUrls, urls } from "../lib/urls.ts";
import { formatDay } from "../publication/dates.ts";
import { reportPeriods } from "./report-model.ts";
import { correctedFiguresText, correctionSubject, reportReleaseOf } from "./report-publication.ts";
import { periodSummary } from "./report-summary.ts";

export function reportFeedItems(report: ReportData, site: URL): RSSFeedItem[] {
  // Absolute links pass through @astrojs/rss untouched; relative ones would get a slash after the #fragment.
  const absolute = (path: string) => new URL(path, site).href;
  const periodItems = reportPeriods(report).map((period): RSSFeedItem & { order: string } => {
    const released = reportReleaseOf(report, period);
    const figures = `${periodSummary(report, period)
      .map((line) => line.text)
      .join("; ")}.`;
    return {
      // Without a release date an entry is still placed by the day its period ended, but carries no date.
      order: released ?? reportPeriodEnd(period).toISOString().slice(0, 10),
      title: `Figures for ${reportPeriodLongLabel(period)}`,
      link: absolute(reportUrls.period(period)),
      ...(released ? { pubDate: new Date(`${released}T00:00:00Z`) } : {}),
      description: `${released ? `Published ${formatDay(released)}` : "Publication date not stated"}: ${figures}`,
    };
  });
  const correctionItems = (report.corrections ?? []).map((c): RSSFeedItem & { order: string } => ({
    order: c.date,
    title: `Correction: ${correctionSubject(report, c, reportPeriodLongLabel)}`,
    link: absolute(`${urls.corrections}#${c.anchor}`),
    pubDate: new Date(`${c.date}T00:00:00Z`),
    description: `Corrected figures: ${correctedFiguresText(report, c)}. ${c.note}`,
  }));
  return [...periodItems, ...correctionItems]
    .sort((a, b) => b.order.localeCompare(a.order) || (a.link ?? "").localeCompare(b.link ?? ""))
    .map(({ order: _order, ...item }) => item);
}
