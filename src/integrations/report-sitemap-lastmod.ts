import type { SitemapItem } from "@astrojs/sitemap";
import { DataValidationError } from "../data/issues.ts";
import { checkReportDirOnce } from "../data/report/load-report.ts";
import { reportLastModified } from "../payloads/report-publication.ts";

/**
 * The sitemap's `serialize` hook for a described report: each page's `lastmod` is the release or correction day
 * of the figures it shows (src/payloads/report-publication.ts), and a page gets none when the files state none.
 * The report is the one the pages read (checkReportDirOnce), asked for on the first call, after the pages are
 * built and validation has passed, so a config load (dev server, astro check) reads nothing.
 */
export function reportSitemapLastmod(dataDir: string): (item: SitemapItem) => Promise<SitemapItem> {
  let byPath: Promise<Map<string, string>> | undefined;
  return async (item) => {
    byPath ??= Promise.resolve().then(() => {
      const { report, issues } = checkReportDirOnce(dataDir);
      if (!report) throw new DataValidationError(issues);
      return reportLastModified(report);
    });
    const day = (await byPath).get(new URL(item.url).pathname);
    return day === undefined ? item : { ...item, lastmod: day };
  };
}
