import type { Page } from "@playwright/test";
import { expect, test, LAW } from "./fixtures.ts";

/** Paths of every script the page requests, in order. */
function scriptRequests(page: Page): string[] {
  const paths: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "script") paths.push(new URL(request.url()).pathname);
  });
  return paths;
}

const isRedraw = (path: string) => /\/_astro\/redraw\.[\w-]+\.js$/.test(path);
const isTooltips = (path: string) => /\/_astro\/chart-tooltips\.[\w-]+\.js$/.test(path);

test("a data page loads the redraw and tooltip code only when a reader reaches for the filter or a chart", async ({
  page,
  problems,
}) => {
  const scripts = scriptRequests(page);
  await page.goto("/periods/2020-h2/");
  await page.waitForLoadState("networkidle");
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.filter(isRedraw)).toEqual([]);
  expect(scripts.filter(isTooltips)).toEqual([]);

  // The first pointer on a chart fetches the tooltips, and that first hover shows its tooltip at once.
  await page.locator(`${LAW} chart-figure[data-chart="breakdown"] rect[data-outcome="nonContent"]`).hover();
  await expect(page.locator(`${LAW} chart-figure[data-chart="breakdown"] .chart-tooltip`)).toBeVisible();
  expect(scripts.filter(isTooltips)).toHaveLength(1);
  expect(scripts.filter(isRedraw)).toEqual([]);

  // Reaching for the filter fetches the redraw code before Apply is pressed.
  await page.locator("#filter-country").focus();
  await expect.poll(() => scripts.filter(isRedraw).length).toBe(1);
  expect(problems.cspViolations).toEqual([]);
  expect(problems.consoleErrors).toEqual([]);
  expect(problems.pageErrors).toEqual([]);
});
