import { latestPeriod, periodTotals } from "../../src/data/aggregate.ts";
import { formatCount } from "../../src/data/format.ts";
import { expect, test, LAW } from "./fixtures.ts";

test("the overview shows a heading and the latest period's total requests", async ({ page, dataset }) => {
  await page.goto("/");
  await expect(page.locator("h1")).toHaveCount(1);
  const total = formatCount(periodTotals(latestPeriod(dataset)).requests);
  // The figure sits under its label, not merely somewhere on the page.
  const figure = page
    .locator(LAW)
    .locator(".figure", { has: page.getByText("Total number of requests", { exact: true }) });
  await expect(figure.locator('[data-figure="requests"]')).toHaveText(total);
});

test("the overview works without JavaScript", async ({ noJsPage, dataset }) => {
  await noJsPage.goto("/");
  await expect(noJsPage.locator("h1")).toHaveCount(1);
  const total = formatCount(periodTotals(latestPeriod(dataset)).requests);
  await expect(noJsPage.locator(`${LAW} [data-figure="requests"]`)).toHaveText(total);
});
