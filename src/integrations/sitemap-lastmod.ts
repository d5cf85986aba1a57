import type { SitemapItem } from "@astrojs/sitemap";
import { sharedDataset } from "../lib/report.ts";
import { lastModifiedByPath } from "../publication/lastmod.ts";

/**
 * A `serialize` hook for @astrojs/sitemap that sets `lastmod` from the release and
 * correction dates. The dates are worked out on the first call, after the build, from the
 * dataset the pages already read in this process (sharedDataset), so the folder is not read
 * twice and a config load (dev server, astro check) costs nothing; validation has already
 * passed by then, so the dataset does not fail to load on good data.
 */
export function sitemapLastmod(dataDir: string): (item: SitemapItem) => Promise<SitemapItem> {
  let byPath: Promise<Map<string, string>> | undefined;
  return async (item) => {
    byPath ??= sharedDataset(dataDir).then(lastModifiedByPath);
    const day = (await byPath).get(new URL(item.url).pathname);
    return day === undefined ? item : { ...item, lastmod: day };
  };
}
