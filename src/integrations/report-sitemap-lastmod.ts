import type { SitemapItem } from "@astrojs/sitemap";
import { DataValidationError } from "../data/issues.ts";
import { checkReportDirOnce } from "../data/report/load-report.ts";
import { reportUrls } from "../lib/urls.ts";
import { placePeriodGaps } from "../payloads/report-place-gaps.ts";
import { reportLastModified } from "../payloads/report-publication.ts";

/**
 * The sitemap's `serialize` hook for a described report: each page's `lastmod` is the release or correction day
 * of the figures it shows (src/payloads/report-publication.ts), and a page gets none when the files state none.
 * The pages for a place in a period without its figures (report-place-gaps.ts) are left out.
 * The report is the one the pages read (checkReportDirOnce), asked for on the first call, after the pages are
 * built and validation has passed, so a config load (dev server, astro check) reads nothing.
 */
export function reportSitemapLastmod(dataDir: string): (item: SitemapItem) => Promise<SitemapItem | undefined> {
  let read: Promise<{ byPath: Map<string, string>; gaps: Set<string> }> | undefined;
  return async (item) => {
    read ??= Promise.resolve().then(() => {
      const { report, issues } = checkReportDirOnce(dataDir);
      if (!report) throw new DataValidationError(issues);
      const gaps = new Set(placePeriodGaps(report).map((g) => reportUrls.placePeriod(g.place.code, g.period)));
      return { byPath: reportLastModified(report), gaps };
    });
    const { byPath, gaps } = await read;
    const path = new URL(item.url).pathname;
    // A page that says a place has no figures in a period is there for the view form, not for search engines.
    if (gaps.has(path)) return undefined;
    const day = byPath.get(path);
    return day === undefined ? item : { ...item, lastmod: day };
  };
}
