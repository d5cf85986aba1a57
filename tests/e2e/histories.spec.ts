/**
 * Every section's worldwide history (law enforcement's on /periods/, each other's on /periods/<section>/), reached
 * from the overview and from /periods/, without JavaScript: each section's share of requests with some data
 * disclosed and its requests per period (figures worked out here from the data), and national-security bands as
 * low–high bounds.
 */
import { disclosedShare, periodTotals } from "../../src/data/aggregate.ts";
import type { CountsSectionData, Dataset } from "../../src/data/dataset.ts";
import { formatCount, formatShare } from "../../src/data/format.ts";
import { periodLabel, periodSlug } from "../../src/data/period.ts";
import { findSection, worldBands } from "../../src/data/sections-aggregate.ts";
import { expect, test } from "./fixtures.ts";

function counts(dataset: Dataset, id: "emergency" | "civil"): CountsSectionData {
  const section = findSection(dataset, id);
  if (!section) throw new Error(`the sample data should have the ${id} section`);
  return section;
}

for (const id of ["emergency", "civil"] as const) {
  test(`${id}: the overview leads to its worldwide history, with its share and requests in every period it has`, async ({
    noJsPage: page,
    dataset,
  }) => {
    const section = counts(dataset, id);
    await page.goto("/");
    const label = await page.locator(`[data-history-links] a[href="/periods/${id}/"]`).textContent();
    await page.locator(`[data-history-links] a[href="/periods/${id}/"]`).click();
    await expect(page).toHaveURL(new RegExp(`/periods/${id}/$`));
    const history = page.locator(`section#${id}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${label ?? ""} over time`);
    await expect(history.getByRole("heading", { level: 1 })).toHaveCount(1);
    await expect(page).toHaveTitle(new RegExp(`^${label ?? ""} over time`));
    // One mark per period the section was published for; none before it began.
    const share = history.locator(`[aria-labelledby="${id}-share-trend-title"] [role="graphics-symbol"]`);
    await expect(share).toHaveCount(section.periods.length);
    const rows = history.locator(`#${id}-world-history-table tbody tr`);
    await expect(rows).toHaveCount(section.periods.length);
    for (const p of [section.periods[0]!, section.periods.at(-1)!]) {
      const totals = periodTotals(p);
      const slug = periodSlug(p.period);
      await expect(history.locator(`#${id}-share-table tr[data-period="${slug}"] [data-share]`)).toHaveText(
        formatShare(disclosedShare(totals)),
      );
      await expect(share.and(page.locator(`[data-period="${slug}"]`))).toHaveAttribute(
        "aria-label",
        new RegExp(`^${periodLabel(p.period)}: some data disclosed for ${formatShare(disclosedShare(totals))}`),
      );
      await expect(history.locator(`#${id}-world-history-table tr[data-period="${slug}"] td`).first()).toHaveText(
        formatCount(totals.requests),
      );
    }
    await expect(history.locator("tfoot th")).toContainText(`All ${section.periods.length} periods`);
  });
}

test("national security: its history shows every period's bands as low–high bounds, never a point", async ({
  noJsPage: page,
  dataset,
}) => {
  const section = findSection(dataset, "national-security");
  if (!section) throw new Error("the sample data should have national-security bands");
  await page.goto("/periods/national-security/");
  const history = page.locator("section#national-security");
  await expect(history.locator("[data-bands-note]")).toContainText("never as one number");
  const rows = history.locator("#national-security-world-history-table tbody tr");
  await expect(rows).toHaveCount(section.periods.length);
  const latest = section.periods.at(-1)!;
  const bands = worldBands(latest);
  await expect(
    history.locator(
      `#national-security-world-history-table tr[data-period="${periodSlug(latest.period)}"] [data-band="demands"]`,
    ),
  ).toHaveText(bands.map((b) => `${formatCount(b.demands.low)}–${formatCount(b.demands.high)}`));
  // One panel per authority, one interval per period in each.
  await expect(history.locator(".bands-panel")).toHaveCount(bands.length);
  await expect(history.locator(".bands-panel").first().locator(".range-band")).toHaveCount(section.periods.length);
});

test("with JavaScript, a share history is one tab stop whose arrow keys move through its periods", async ({
  page,
  dataset,
}) => {
  const section = counts(dataset, "emergency");
  await page.goto("/periods/emergency/");
  const marks = page.locator('[aria-labelledby="emergency-share-trend-title"] [role="graphics-symbol"]');
  await expect(marks.last()).toHaveAttribute("tabindex", "0");
  await marks.last().focus();
  await page.keyboard.press("ArrowLeft");
  const before = section.periods.at(-2)!;
  await expect(marks.nth(section.periods.length - 2)).toBeFocused();
  await expect(page.locator("section#emergency .chart-share .chart-tooltip")).toContainText(
    formatShare(disclosedShare(periodTotals(before))),
  );
});

test("/periods/ keeps law enforcement's history and lists every section's, each page a click away", async ({
  noJsPage: page,
  dataset,
}) => {
  await page.goto("/periods/");
  // Only law enforcement's history is on the index; the others' charts and tables are on their own pages.
  await expect(page.locator("section[data-section]")).toHaveCount(1);
  await expect(page.locator("section#law-enforcement")).toHaveCount(1);
  const links = page.locator("[data-history-pages] a");
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  expect(hrefs).toEqual(
    dataset.sections.map((s) => (s.id === "law-enforcement" ? "/periods/#law-enforcement" : `/periods/${s.id}/`)),
  );
  await links.filter({ hasText: /civil/i }).click();
  await expect(page).toHaveURL(/\/periods\/civil\/$/);
  await expect(page.locator("#civil-world-history-table tbody tr")).toHaveCount(
    findSection(dataset, "civil")?.periods.length ?? -1,
  );
});
