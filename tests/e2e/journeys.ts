/**
 * Walks through every interactive part of the site, for specs that watch what
 * happens meanwhile (CSP violations, console errors, third-party requests).
 * Parts that other work has not shipped yet are skipped when their page is missing.
 */
import type { Page } from "@playwright/test";
import { expect } from "./fixtures.ts";

/** Whether a page exists; missing templates are skipped rather than failed. */
export async function exists(page: Page, path: string): Promise<boolean> {
  const res = await page.request.get(path, { maxRedirects: 0 });
  return res.status() === 200;
}

async function sortEveryColumn(page: Page): Promise<void> {
  const buttons = page.locator("table[data-sortable] thead .sort-button");
  const n = await buttons.count();
  for (let i = 0; i < Math.min(n, 8); i++) {
    await buttons.nth(i).click();
    await buttons.nth(i).click();
  }
}

async function useCharts(page: Page): Promise<void> {
  const charts = page.locator("chart-figure");
  for (let i = 0; i < Math.min(await charts.count(), 4); i++) {
    const chart = charts.nth(i);
    await chart.scrollIntoViewIfNeeded();
    await chart.hover();
    const marks = chart.locator("svg [tabindex], svg a, svg path, svg rect");
    const count = await marks.count();
    for (let j = 0; j < Math.min(count, 3); j++)
      await marks
        .nth(j)
        .hover({ force: true, timeout: 2000 })
        .catch(() => {});
    const focusable = chart.locator("[tabindex='0'], button, a[href]");
    if ((await focusable.count()) > 0) {
      await focusable.first().focus();
      await page.keyboard.press("ArrowRight");
      await page.keyboard.press("ArrowLeft");
    }
    const toggles = chart.locator("button, summary");
    for (let j = 0; j < Math.min(await toggles.count(), 2); j++) await toggles.nth(j).click();
  }
}

/** Filter, sort, charts, FAQ, downloads: the journeys a reader takes. */
export async function useEverything(page: Page): Promise<void> {
  await page.goto("/");
  await sortEveryColumn(page);
  await useCharts(page);

  await page.getByLabel("Country or region", { exact: true }).selectOption({ label: "Germany" });
  await page.getByLabel("Period", { exact: true }).selectOption({ index: 2 });
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/\/countries\/de\/\d{4}-h[12]\/$/);
  await sortEveryColumn(page);
  await useCharts(page);
  await page.goBack();
  await expect(page).toHaveURL(/\/$/);

  await page.goto("/countries/de/");
  await sortEveryColumn(page);
  await useCharts(page);

  await page.goto("/periods/");
  await page.goto("/countries/");
  await sortEveryColumn(page);

  if (await exists(page, "/faq/")) {
    await page.goto("/faq/");
    const summaries = page.locator("details > summary");
    for (let i = 0; i < Math.min(await summaries.count(), 3); i++) {
      await summaries.nth(i).click();
      await summaries.nth(i).click();
    }
    for (const button of await page.getByRole("button", { name: /expand|collapse|open|close/i }).all()) {
      if (await button.isVisible()) await button.click();
    }
    const search = page.locator("faq-page input[type='search'], faq-page input[type='text']").first();
    if ((await search.count()) > 0) {
      await search.fill("account");
      await search.fill("");
    }
  }
  if (await exists(page, "/definitions/")) await page.goto("/definitions/");

  if (await exists(page, "/downloads/")) {
    await page.goto("/downloads/");
    const hrefs = await page
      .locator("main a[href]")
      .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).getAttribute("href") ?? ""));
    // Fetch each file through the page, as a click would, without the download dialog.
    for (const href of hrefs.filter((h) => h.startsWith("/downloads/")).slice(0, 6)) {
      const res = await page.request.get(href);
      expect(res.status(), href).toBe(200);
    }
    const first = page.locator("main a[href^='/downloads/'][download], main a[href^='/downloads/']").first();
    if ((await first.count()) > 0) {
      const download = page.waitForEvent("download", { timeout: 5000 }).catch(() => null);
      await first.click();
      await download;
    }
  }

  await page.goto("/no-such-page/");
}
