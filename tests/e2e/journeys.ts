/**
 * Walks through every interactive part of the site, for specs that watch what
 * happens meanwhile (CSP violations, console errors, third-party requests).
 * Every page it visits must be there: a missing page fails the walk, so those
 * specs cannot pass by seeing less of the site.
 */
import type { Page } from "@playwright/test";
import { expect } from "./fixtures.ts";

/** Opens a page that must exist. */
async function visit(page: Page, path: string): Promise<void> {
  const res = await page.goto(path);
  expect(res?.status(), path).toBe(200);
}

async function sortEveryColumn(page: Page): Promise<void> {
  const buttons = page.locator("sortable-table thead .sort-button");
  const n = await buttons.count();
  for (let i = 0; i < Math.min(n, 8); i++) {
    await buttons.nth(i).click();
    await buttons.nth(i).click();
  }
}

/** Uses the first charts of the page; returns how many tooltip marks it hovered. */
async function useCharts(page: Page): Promise<number> {
  let hovered = 0;
  const charts = page.locator("chart-figure");
  for (let i = 0; i < Math.min(await charts.count(), 4); i++) {
    const chart = charts.nth(i);
    await chart.scrollIntoViewIfNeeded();
    await chart.hover();
    // The marks that show a tooltip (see src/client/charts/chart-figure.ts); zero-width segments are not drawn.
    const marks = chart.locator("svg [data-tip], svg .trend-period").filter({ visible: true });
    // Some charts (the comparison) label every bar in text and have no tooltip marks.
    const count = Math.min(await marks.count(), 3);
    for (let j = 0; j < count; j++) await marks.nth(j).hover();
    hovered += count;
    const focusable = chart.locator("[tabindex='0'], button, a[href]");
    if ((await focusable.count()) > 0) {
      await focusable.first().focus();
      await page.keyboard.press("ArrowRight");
      await page.keyboard.press("ArrowLeft");
    }
    const toggles = chart.locator("button, summary");
    for (let j = 0; j < Math.min(await toggles.count(), 2); j++) await toggles.nth(j).click();
  }
  return hovered;
}

/** Filter, sort, charts, FAQ, downloads: the journeys a reader takes. */
export async function useEverything(page: Page): Promise<void> {
  await visit(page, "/");
  await sortEveryColumn(page);
  expect(await useCharts(page), "tooltip marks hovered on /").toBeGreaterThan(0);

  await page.getByLabel("Country or region", { exact: true }).selectOption({ label: "Germany" });
  await page.getByLabel("Period", { exact: true }).selectOption({ index: 2 });
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/\/countries\/de\/\d{4}-h[12]\/$/);
  await sortEveryColumn(page);
  await useCharts(page);
  await page.goBack();
  await expect(page).toHaveURL(/\/$/);

  await visit(page, "/countries/de/");
  await sortEveryColumn(page);
  expect(await useCharts(page), "tooltip marks hovered on /countries/de/").toBeGreaterThan(0);

  await visit(page, "/periods/");
  await visit(page, "/countries/");
  await sortEveryColumn(page);

  await visit(page, "/faq/");
  const summaries = page.locator("details > summary");
  expect(await summaries.count(), "FAQ questions").toBeGreaterThan(2);
  for (let i = 0; i < 3; i++) {
    await summaries.nth(i).click();
    await summaries.nth(i).click();
  }
  for (const button of await page.getByRole("button", { name: /expand|collapse|open|close/i }).all()) {
    if (await button.isVisible()) await button.click();
  }
  const search = page.getByRole("searchbox");
  await search.fill("account");
  await search.fill("");

  await visit(page, "/definitions/");

  await visit(page, "/downloads/");
  const hrefs = await page
    .locator("main a[href]")
    .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).getAttribute("href") ?? ""));
  const files = hrefs.filter((h) => h.startsWith("/downloads/"));
  expect(files.length, "download links").toBeGreaterThan(0);
  // Fetch each file through the page, as a click would, without the download dialog.
  for (const href of files.slice(0, 6)) {
    const res = await page.request.get(href);
    expect(res.status(), href).toBe(200);
  }
  const download = page.waitForEvent("download");
  await page.locator("main a[href^='/downloads/'][download]").first().click();
  await download;

  // The 404 page, which must be served with its status.
  const missing = await page.goto("/no-such-page/");
  expect(missing?.status()).toBe(404);
}
