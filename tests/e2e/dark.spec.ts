/**
 * The dark colour scheme: followed on screen when the reader prefers it, never on paper. The colours come from
 * src/charts/palette.ts and the outcome registry (tests/unit/charts/palette.test.ts checks their contrast and
 * the CSS); these tests check that the browser applies them and that axe finds no contrast failure in dark mode.
 */
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { DARK, LIGHT } from "../../src/charts/palette.ts";
import { OUTCOME_REGISTRY } from "../../src/registry/outcomes.ts";
import { expect, test } from "./fixtures.ts";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** `#rrggbb` as the browser reports a computed colour. */
function rgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${r ?? 0}, ${g ?? 0}, ${b ?? 0})`;
}

/** The page's background: global.css paints it on the root element, which the canvas takes it from. */
async function pageBackground(page: Page): Promise<string> {
  return page.locator("html").evaluate((el) => getComputedStyle(el).backgroundColor);
}

for (const [name, path] of [
  ["overview", "/"],
  ["country", "/countries/de/"],
  ["faq", "/faq/"],
] as const) {
  test(`${name} (${path}) turns dark when the reader prefers it, with no WCAG A/AA violation`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    const res = await page.goto(path);
    expect(res?.status()).toBe(200);
    expect(await pageBackground(page)).toBe(rgb(DARK.background));
    const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  });
}

test("the charts take the dark palette: outcome bars, map ramp and blank countries", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/periods/2020-h2/");
  const content = OUTCOME_REGISTRY.get("content");
  const bar = page.locator(`.chart-breakdown rect.bar-seg[data-outcome="content"]`).first();
  await expect(bar).toHaveCSS("fill", rgb(content.dark));
  const map = page.locator('chart-figure[data-chart="map"]');
  await expect(map.locator('use[href$="#world"]')).toHaveCSS("fill", rgb(DARK.background));
  await expect(map.locator("use.map-bin-0").first()).toHaveCSS("fill", rgb(DARK.mapRamp[0]));
  await expect(map.locator(".map-shapes")).toHaveCSS("stroke", rgb(DARK.mapOutline));
});

test("print keeps the light palette when the reader prefers dark", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark", media: "print" });
  await page.goto("/periods/2020-h2/");
  expect(await pageBackground(page)).toBe(rgb(LIGHT.background));
  const content = OUTCOME_REGISTRY.get("content");
  await expect(page.locator(`.chart-breakdown rect.bar-seg[data-outcome="content"]`).first()).toHaveCSS(
    "fill",
    rgb(content.colour),
  );
});

test("light stays the default for readers without a preference", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/");
  expect(await pageBackground(page)).toBe(rgb(LIGHT.background));
});
