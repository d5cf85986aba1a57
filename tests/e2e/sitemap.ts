import { readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * Every page the sitemap lists, read through its index (one or more sitemap-N.xml). A missing or empty sitemap
 * throws: a sample of nothing would check nothing and pass.
 */
export function sitemapPaths(dir: string): string[] {
  const locs = (file: string) => {
    const xml = readFileSync(join(dir, file), "utf8");
    return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? "/").pathname);
  };
  const paths = locs("sitemap-index.xml").flatMap((sitemap) => locs(sitemap.replace(/^\//, "")));
  if (paths.length === 0) throw new Error(`${join(dir, "sitemap-index.xml")} lists no pages`);
  return paths;
}
