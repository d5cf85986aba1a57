import rss from "@astrojs/rss";
import type { APIRoute } from "astro";
import { getReport } from "../../lib/report-model.ts";
import { reportFeedItems } from "../../payloads/report-feed.ts";

/** New figures and corrections of a described report as RSS (entries: src/payloads/report-feed.ts). */
export const GET: APIRoute = async (context) => {
  const report = await getReport();
  const site = context.site ?? new URL(report.site.siteUrl);
  return rss({
    title: `${report.site.title} · ${report.site.organisation}`,
    description: `New figures and corrections in ${report.site.organisation}'s ${report.site.title}.`,
    site,
    items: reportFeedItems(report, site),
    customData: `<language>${report.site.language}</language>`,
  });
};
