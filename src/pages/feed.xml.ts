import rss from "@astrojs/rss";
import type { APIRoute } from "astro";
import { getDataset } from "../lib/report.ts";
import { feedItems } from "../publication/feed.ts";

/** New figures and corrections as RSS (entries: src/publication/feed.ts). */
export const GET: APIRoute = async (context) => {
  const dataset = await getDataset();
  const site = context.site ?? new URL(dataset.site.siteUrl);
  return rss({
    title: `${dataset.site.title} · ${dataset.site.organisation}`,
    description: `New figures and corrections in ${dataset.site.organisation}'s ${dataset.site.title}.`,
    site,
    items: feedItems(dataset, site),
    customData: `<language>${dataset.site.language}</language>`,
  });
};
