import { OUTCOMES, periodTotals, sharesOf, totalsOf } from "../../src/data/aggregate.ts";
import { MAP_CODES } from "../../src/charts/map-codes.ts";
import type { Dataset } from "../../src/data/dataset.ts";
import { formatCount, formatShare } from "../../src/data/format.ts";
import { periodLabel } from "../../src/data/period.ts";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, LAW } from "./fixtures.ts";

// The chosen pair: Germany in July–December 2020, a period every data set in this project has.
function chosen(dataset: Dataset) {
  const period = dataset.periods.find((p) => p.period.year === 2020 && p.period.half === 2);
  const row = period?.rows.find((r) => r.countryCode === "DE");
  if (!period || !row) throw new Error("The data has no row for Germany in 2020-H2");
  return { period, row, totals: totalsOf([row]), global: periodTotals(period) };
}

test.describe("charts", () => {
  test("the comparison chart on a country × period page shows the same shares as the data and the table", async ({
    page,
    dataset,
    problems,
  }) => {
    const { totals, global } = chosen(dataset);
    const shares = sharesOf(totals);
    const worldShares = sharesOf(global);
    await page.goto("/countries/de/2020-h2/");

    const values = page.locator('chart-figure[data-chart="compare"] .compare-value');
    await expect(values).toHaveText(
      OUTCOMES.flatMap((o) => [formatShare(shares[o]), `${formatShare(worldShares[o])} worldwide`]),
    );
    const svg = page.locator('chart-figure[data-chart="compare"] svg[role="img"]');
    for (const o of OUTCOMES) {
      await expect(svg).toHaveAttribute(
        "aria-label",
        new RegExp(`${escape(formatShare(shares[o]))} against ${escape(formatShare(worldShares[o]))} worldwide`),
      );
    }
    // The table beside the chart holds the very same numbers.
    const table = page.locator(`${LAW} table[data-breakdown] tbody tr`);
    await expect(table.locator("[data-share]")).toHaveText(OUTCOMES.map((o) => formatShare(shares[o])));
    await expect(table.locator("[data-compare]")).toHaveText(OUTCOMES.map((o) => formatShare(worldShares[o])));
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.cspViolations).toEqual([]);
  });

  test("the breakdown chart on a period page labels shares and counts as in the data, with a tooltip", async ({
    page,
    dataset,
  }) => {
    const { period, global } = chosen(dataset);
    const shares = sharesOf(global);
    await page.goto("/periods/2020-h2/");

    const legend = page.locator(`${LAW} chart-figure[data-chart="breakdown"] .chart-legend li`);
    await expect(legend.locator('[data-value="share"]')).toHaveText(OUTCOMES.map((o) => formatShare(shares[o])));
    await expect(legend.locator('[data-value="count"]')).toHaveText(OUTCOMES.map((o) => `(${formatCount(global[o])})`));
    const table = page.locator(`${LAW} table[data-breakdown] tbody tr`);
    await expect(table.locator("[data-share]")).toHaveText(OUTCOMES.map((o) => formatShare(shares[o])));
    await expect(table.locator("[data-count]")).toHaveText(OUTCOMES.map((o) => formatCount(global[o])));

    const svg = page.locator(`${LAW} chart-figure[data-chart="breakdown"] svg[role="img"]`);
    await expect(svg).toHaveAttribute("aria-label", new RegExp(`${formatCount(global.requests)} requests`));
    await expect(svg).toHaveAttribute("aria-label", new RegExp(escape(periodLabel(period.period))));

    // Hovering a segment shows its figures in a tooltip.
    await page.locator(`${LAW} chart-figure[data-chart="breakdown"] rect[data-outcome="nonContent"]`).hover();
    await expect(page.locator(`${LAW} chart-figure[data-chart="breakdown"] .chart-tooltip`)).toHaveText(
      `Only non-content data disclosed: ${formatShare(shares.nonContent)} (${formatCount(global.nonContent)} requests)`,
    );
  });

  test("the trend chart is reachable by keyboard and reads out each period", async ({ page, dataset }) => {
    const { period, totals } = chosen(dataset);
    const last = dataset.periods.at(-1)!;
    await page.goto("/countries/de/");
    const items = page.locator(`${LAW} chart-figure[data-chart="trend"] .trend-period`);
    await expect(items).toHaveCount(dataset.periods.length);
    // One tab stop for the chart (roving tabindex): the latest period.
    await expect(items.locator("xpath=self::*[@tabindex='0']")).toHaveCount(1);
    const latest = items.last();
    await latest.focus();
    await expect(latest).toHaveAttribute("aria-label", new RegExp(`^${escape(periodLabel(last.period))}`));

    // Walk back with the arrow key to the chosen period and read the tooltip.
    const steps = dataset.periods.length - 1 - dataset.periods.indexOf(period);
    for (let i = 0; i < steps; i++) await page.keyboard.press("ArrowLeft");
    const focused = items.nth(dataset.periods.indexOf(period));
    await expect(focused).toBeFocused();
    await expect(focused).toHaveAttribute("tabindex", "0");
    const tooltip = page.locator(`${LAW} chart-figure[data-chart="trend"] .chart-tooltip`);
    await expect(tooltip).toBeVisible();
    await expect(tooltip).toContainText(periodLabel(period.period));
    await expect(tooltip).toContainText(`${formatCount(totals.requests)} requests`);
    await expect(tooltip).toContainText(
      `Rejected ${formatShare(sharesOf(totals).rejected)} (${formatCount(totals.rejected)})`,
    );
    await expect(focused).toHaveAttribute(
      "aria-label",
      new RegExp(`^${escape(periodLabel(period.period))}: ${formatCount(totals.requests)} requests`),
    );

    // The history table has the same count for that period.
    await expect(page.locator('#history-table tr[data-period="2020-h2"] td').first()).toHaveText(
      formatCount(totals.requests),
    );
  });

  test("the map fills countries by requests, leaves absent ones blank and links to their pages", async ({
    page,
    dataset,
    problems,
  }) => {
    const { period, row } = chosen(dataset);
    await page.goto("/periods/2020-h2/");
    const map = page.locator('chart-figure[data-chart="map"]');
    const germany = map.locator('use[data-code="DE"]');
    await expect(germany.locator("xpath=..")).toHaveAttribute("href", "/countries/de/2020-h2/");
    await germany.hover();
    await expect(map.locator(".chart-tooltip")).toHaveText(
      `\u2068Germany\u2069: ${formatCount(row.requests)} requests`,
    );
    await expect(page.locator('#countries-table tr[data-country="DE"] td').first()).toHaveText(
      formatCount(row.requests),
    );
    // Every country is blank underneath ("not in this period's report"); countries with a row are drawn over
    // it (hatched for 0 requests, coloured otherwise), where the atlas has an outline for them.
    await expect(map.locator('use[href$="#world"]')).toHaveCSS("fill", "rgb(255, 255, 255)");
    await expect(map.locator('use[href$="#world"]')).toHaveAttribute("data-tip", "Not in this period's report");
    const coloured = await map
      .locator("use.country")
      .evaluateAll((shapes) => shapes.map((s) => s.getAttribute("data-code") ?? ""));
    expect(coloured.sort()).toEqual(
      period.rows
        .filter((r) => MAP_CODES.has(r.countryCode))
        .map((r) => r.countryCode)
        .sort(),
    );
    expect(problems.cspViolations).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
  });

  test("with JavaScript off the charts are complete SVG", async ({ noJsPage: page, dataset }) => {
    const { global } = chosen(dataset);
    await page.goto("/countries/de/2020-h2/");
    await expect(page.locator('chart-figure[data-chart="compare"] svg rect.bar-seg')).toHaveCount(8);
    await expect(page.locator(".chart-tooltip")).toHaveCount(0);

    await page.goto("/periods/2020-h2/");
    await expect(page.locator(`${LAW} chart-figure[data-chart="breakdown"] svg rect.bar-seg`)).toHaveCount(
      OUTCOMES.filter((o) => global[o] > 0).length,
    );
    // The outlines come from the shared outline file, which loads without JavaScript too.
    const box = await page.locator('chart-figure[data-chart="map"] use[data-code="DE"]').boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(5);

    await page.goto("/countries/de/");
    await expect(page.locator(`${LAW} chart-figure[data-chart="trend"] .trend-period`)).toHaveCount(
      dataset.periods.length,
    );
  });

  test("a period view drawn in place draws the map too", async ({ page, dataset }) => {
    const { row } = chosen(dataset);
    await page.goto("/countries/de/2020-h2/");
    await page.getByLabel("Country or region", { exact: true }).selectOption("global");
    await page.getByLabel("Period", { exact: true }).selectOption({ label: "Jul–Dec 2020" });
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/\/periods\/2020-h2\/$/);
    const germany = page.locator('chart-figure[data-chart="map"] use[data-code="DE"]');
    await expect(germany).toHaveAttribute("data-tip", `\u2068Germany\u2069: ${formatCount(row.requests)} requests`);
  });

  test("axe finds no WCAG A/AA problems in the charts", async ({ page }) => {
    for (const path of [
      "/periods/2020-h2/",
      "/countries/de/",
      "/countries/de/2020-h2/",
      "/periods/",
      "/periods/civil/",
      "/periods/national-security/",
    ]) {
      await page.goto(path);
      const result = await new AxeBuilder({ page })
        .include("chart-figure")
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
        .analyze();
      expect(
        result.violations.map((v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
      ).toEqual([]);
    }
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
