import type { APIRoute } from "astro";
import { getDataset } from "../lib/report.ts";

/**
 * Every page may be crawled; the sitemap is named with the site's own address (data/site.json's siteUrl, which
 * astro.config.mjs also gives Astro as `site`), so a publisher's host is never written here by hand.
 */
export function robotsTxt(site: URL): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${new URL("sitemap-index.xml", site).href}\n`;
}

export const GET: APIRoute = async (context) => {
  const site = context.site ?? new URL((await getDataset()).site.siteUrl);
  return new Response(robotsTxt(site), { headers: { "Content-Type": "text/plain; charset=utf-8" } });
};
