import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures.ts";
import { sitemapPaths } from "./sitemap.ts";

const outDir = process.env["OUT_DIR"] ?? "dist";
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
/** How many sitemap pages to check beyond one per template; about 1 s each. */
const SITEMAP_SAMPLE = Number(process.env["A11Y_SAMPLE"] ?? 40);

async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return result.violations.map(
    (v) => `${v.id} (${v.impact ?? "?"}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
}

/** One page of every template. Each must exist (the 404 page must answer 404): a missing page fails, never skips. */
const TEMPLATES: [name: string, path: string][] = [
  ["overview", "/"],
  ["period", "/periods/2020-h2/"],
  ["country", "/countries/de/"],
  ["country × period", "/countries/de/2020-h2/"],
  ["periods index", "/periods/"],
  ["section history (counts)", "/periods/emergency/"],
  ["section history (bands)", "/periods/national-security/"],
  ["countries index", "/countries/"],
  ["404", "/no-such-page/"],
  ["view", "/view/"],
  ["downloads", "/downloads/"],
  ["faq", "/faq/"],
  ["definitions", "/definitions/"],
  ["corrections", "/corrections/"],
  ["search with results", "/search/?q=encryption"],
];

for (const [name, path] of TEMPLATES) {
  test(`${name} (${path}) has no WCAG A/AA violations`, async ({ page }) => {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(name === "404" ? 404 : 200);
    expect(await violations(page)).toEqual([]);
  });
  test(`${name} (${path}) has no WCAG A/AA violations without JavaScript`, async ({ page }) => {
    // axe needs JavaScript itself, so the site's own modules are blocked instead: the page is what a no-JS reader gets.
    await page.route("**/_astro/*.js", (route) => route.abort());
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(name === "404" ? 404 : 200);
    expect(await violations(page)).toEqual([]);
  });
}

/** A deterministic spread over the sitemap: every n-th URL, so each run checks the same pages. */
function sitemapSample(): string[] {
  const paths = sitemapPaths(outDir);
  if (paths.length <= SITEMAP_SAMPLE) return paths;
  const step = paths.length / SITEMAP_SAMPLE;
  return Array.from({ length: SITEMAP_SAMPLE }, (_, i) => paths[Math.floor(i * step)] ?? "/");
}

test.describe("pages from the sitemap", () => {
  // The sitemap is read when the tests run, after the web server's build; test titles cannot depend on it.
  const CHUNKS = 5;
  for (let c = 0; c < CHUNKS; c++) {
    test(`sitemap sample, part ${c + 1} of ${CHUNKS}, has no WCAG A/AA violations`, async ({ page }) => {
      const sample = sitemapSample();
      const size = Math.ceil(sample.length / CHUNKS);
      const part = sample.slice(c * size, (c + 1) * size);
      // Every part checks pages: a sitemap too short for five parts fails here rather than passing empty-handed.
      expect(part.length, `sitemap sample part ${c + 1}`).toBeGreaterThan(0);
      const found: string[] = [];
      for (const path of part) {
        const res = await page.goto(path);
        expect(res?.status(), path).toBe(200);
        found.push(...(await violations(page)).map((v) => `${path}: ${v}`));
      }
      expect(found).toEqual([]);
    });
  }
});
