/**
 * Report sections in the browser: the Germany, July–December 2020 journey through its emergency section, with
 * and without JavaScript; a section kept by the filter; axe on a page with all four sections.
 */
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import type { Dataset } from "../../src/data/dataset.ts";
import { formatAccounts, formatCount } from "../../src/data/format.ts";
import { periodIndex } from "../../src/data/period.ts";
import { findSection, sectionCountrySeries } from "../../src/data/sections-aggregate.ts";
import { expect, test } from "./fixtures.ts";

const H2_2020 = { year: 2020, half: 2 } as const;

/** Germany's emergency row for a period, from the data; the sample data must have it. */
function emergencyRow(dataset: Dataset, period: { year: number; half: 1 | 2 }) {
  const emergency = findSection(dataset, "emergency");
  if (!emergency) throw new Error("the data should have an emergency section");
  const entry = sectionCountrySeries(dataset, emergency, "DE").find(
    (e) => periodIndex(e.period) === periodIndex(period),
  );
  if (!entry?.row) throw new Error("the data should have Germany's emergency row for the period");
  return entry.row;
}

async function readEmergency(page: Page, dataset: Dataset, period: { year: number; half: 1 | 2 }) {
  const row = emergencyRow(dataset, period);
  const section = page.locator("section#emergency");
  await expect(section.getByRole("heading", { level: 2 })).toHaveText("Emergency requests");
  await expect(section.locator('[data-figure="requests"]')).toHaveText(formatCount(row.requests));
  await expect(section.locator('[data-figure="accounts"]')).toHaveText(formatAccounts(row.accounts));
  await expect(section.locator("table[data-breakdown] tbody [data-count]")).toHaveText(
    [row.content, row.nonContent, row.noData, row.rejected].map(formatCount),
  );
  await expect(section).toBeInViewport({ ratio: 0.1 });
}

/** Follows the section's download link and checks the file is there and holds Germany's figures. */
async function openDownload(page: Page) {
  const link = page.locator('section#emergency a[data-download="emergency"]');
  const href = await link.getAttribute("href");
  expect(href).toMatch(/^\/downloads\/.+\.csv$/);
  const res = await page.request.get(href!);
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toMatch(/^text\/csv/);
  expect(await res.text()).toContain("Germany");
}

test("Germany, Jul–Dec 2020: the emergency section from the contents list, without JavaScript", async ({
  noJsPage: page,
  dataset,
}) => {
  await page.goto("/countries/de/2020-h2/");
  const contents = page.getByRole("navigation", { name: "Sections on this page" });
  await expect(contents.getByRole("link")).toHaveText([
    "Law enforcement requests",
    "Emergency requests",
    "Civil demands",
    "National security demands",
  ]);
  await contents.getByRole("link", { name: "Emergency requests" }).click();
  await expect(page).toHaveURL(/\/countries\/de\/2020-h2\/#emergency$/);
  await readEmergency(page, dataset, H2_2020);
  await openDownload(page);
});

test("Germany, Jul–Dec 2020: the filter keeps the emergency section, with JavaScript", async ({ page, dataset }) => {
  await page.goto("/countries/de/2020-h1/#emergency");
  await readEmergency(page, dataset, { year: 2020, half: 1 });
  await page.getByLabel("Period", { exact: true }).selectOption({ label: "Jul–Dec 2020" });
  await page.getByRole("button", { name: "Apply" }).click();
  // Drawn in place: the address names the new view and still the section, which is scrolled to.
  await expect(page).toHaveURL(/\/countries\/de\/2020-h2\/#emergency$/);
  await readEmergency(page, dataset, H2_2020);
  await expect(page.locator("section#emergency h2")).toBeFocused();
  await openDownload(page);
  // Back returns to the first half-year's figures, in the same section.
  await page.goBack();
  await expect(page).toHaveURL(/\/countries\/de\/2020-h1\/#emergency$/);
  await readEmergency(page, dataset, { year: 2020, half: 1 });
});

test("the US, Jul–Dec 2020 has all four sections and no WCAG A/AA violations", async ({ page }) => {
  await page.goto("/countries/us/2020-h2/");
  await expect(page.locator("section.report-section")).toHaveCount(4);
  await expect(page.locator("section#national-security [data-band]").first()).toBeVisible();
  const result = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
});
