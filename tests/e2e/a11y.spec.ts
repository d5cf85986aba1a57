import { readFileSync } from "node:fs";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures.ts";

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

/** One page of every template. Some are still being built: they are skipped while they return 404. */
const TEMPLATES: [name: string, path: string][] = [
  ["overview", "/"],
  ["period", "/periods/2020-h2/"],
  ["country", "/countries/de/"],
  ["country × period", "/countries/de/2020-h2/"],
  ["periods index", "/periods/"],
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
    if (name !== "404") test.skip(res?.status() === 404, `${path} does not exist yet`);
    else expect(res?.status()).toBe(404);
    expect(await violations(page)).toEqual([]);
  });
  test(`${name} (${path}) has no WCAG A/AA violations without JavaScript`, async ({ page }) => {
    // axe needs JavaScript itself, so the site's own modules are blocked instead: the page is what a no-JS reader gets.
    await page.route("**/_astro/*.js", (route) => route.abort());
    const res = await page.goto(path);
    if (name !== "404") test.skip(res?.status() === 404, `${path} does not exist yet`);
    expect(await violations(page)).toEqual([]);
  });
}

/** A deterministic spread over the sitemap: every n-th URL, so each run checks the same pages. */
function sitemapSample(): string[] {
  let xml: string;
  try {
    xml = readFileSync(join(outDir, "sitemap-0.xml"), "utf8");
  } catch {
    return [];
  }
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? "/").pathname);
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
      expect(sample.length).toBeGreaterThan(0);
      const size = Math.ceil(sample.length / CHUNKS);
      const found: string[] = [];
      for (const path of sample.slice(c * size, (c + 1) * size)) {
        const res = await page.goto(path);
        expect(res?.status(), path).toBe(200);
        found.push(...(await violations(page)).map((v) => `${path}: ${v}`));
      }
      expect(found).toEqual([]);
    });
  }
});
