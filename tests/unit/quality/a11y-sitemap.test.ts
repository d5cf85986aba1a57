import { describe, expect, it } from "vitest";
import { sitemapPaths } from "../../e2e/sitemap.ts";
import { useTempTrees } from "./temp-tree.ts";

const tree = useTempTrees("a11y-sitemap-");

describe("the accessibility spec's sitemap sample", () => {
  it("follows the index to every sitemap it lists", () => {
    const root = tree({
      "sitemap-index.xml":
        "<sitemapindex><sitemap><loc>https://x.example/sitemap-0.xml</loc></sitemap><sitemap><loc>https://x.example/sitemap-1.xml</loc></sitemap></sitemapindex>",
      "sitemap-0.xml": "<urlset><url><loc>https://x.example/</loc></url></urlset>",
      "sitemap-1.xml": "<urlset><url><loc>https://x.example/countries/de/</loc></url></urlset>",
    });
    expect(sitemapPaths(root)).toEqual(["/", "/countries/de/"]);
  });

  it("fails on a missing sitemap instead of sampling nothing", () => {
    expect(() => sitemapPaths(tree({ "index.html": "<h1>x</h1>" }))).toThrow(/sitemap-index\.xml/);
  });

  it("fails on a sitemap that lists no pages", () => {
    const root = tree({
      "sitemap-index.xml": "<sitemapindex><sitemap><loc>https://x.example/sitemap-0.xml</loc></sitemap></sitemapindex>",
      "sitemap-0.xml": "<urlset></urlset>",
    });
    expect(() => sitemapPaths(root)).toThrow("lists no pages");
  });
});
