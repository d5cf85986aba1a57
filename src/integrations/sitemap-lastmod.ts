import type { SitemapItem } from "@astrojs/sitemap";
import { loadDataset } from "../data/load.ts";
import { lastModifiedByPath } from "../publication/lastmod.ts";

/**
 * A `serialize` hook for @astrojs/sitemap that sets `lastmod` from the release and
 * correction dates. The data is read on the first call, after the build, so a
 * config load (dev server, astro check) costs nothing; validation has already
 * passed by then, so loadDataset does not throw on good data.
 */
export function sitemapLastmod(dataDir: string): (item: SitemapItem) => SitemapItem {
  let byPath: Map<string, string> | undefined;
  return (item) => {
    byPath ??= lastModifiedByPath(loadDataset({ dataDir }));
    const day = byPath.get(new URL(item.url).pathname);
    return day === undefined ? item : { ...item, lastmod: day };
  };
}
