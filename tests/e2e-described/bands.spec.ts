import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";

/**
 * A described report's bands charts and its tables on a phone. The fixture's national-security section has
 * National Security Letters 2–499 with a stated minimum of 2 and FISA orders 0–499 in 2022, then the two
 * combined, 0–249, in the first half of 2023.
 */
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

async function violations(page: Page, include?: string): Promise<string[]> {
  const axe = new AxeBuilder({ page }).withTags(TAGS);
  const result = await (include ? axe.include(include) : axe).analyze();
  return result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

test.describe("bands charts without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the overview draws the bands over time, a panel per authority, ? where a period has no band", async ({
    page,
  }) => {
    await page.goto("/");
    const chart = page.locator("figure.report-chart-bands");
    await expect(chart).toHaveCount(1);
    await expect(chart.locator(".bands-panel-title")).toHaveText([
      "National Security Letters",
      "FISA orders",
      "National security letters and orders",
    ]);
    await expect(chart.locator(".chart-summary")).toContainText(
      "2022: National Security Letters 2–499 (at least 2), FISA orders 0–499.",
    );
    await expect(chart.locator(".chart-summary")).toContainText("at least 2 is a minimum the publisher states");
    // Letters and orders have no band of their own in 2023-H1, the combined authority none in 2022.
    await expect(chart.locator("g.rc-none")).toHaveCount(3);
    await expect(chart.locator("g.rc-none rect")).toHaveCount(0);
    await expect(chart.locator("g.rc-none text")).toHaveText(["?", "?", "?"]);
    await expect(chart.locator("g.rc-band rect.range-band")).toHaveCount(3);
    await expect(chart.locator("svg[role=img]").first()).toHaveAttribute(
      "aria-label",
      /^National Security Letters: 2022, at least 2 and at most 499 demands; Jan–Jun 2023, no row/,
    );
    // The table beside it gives the same bands; with one place it needs no column naming it, and the overview
    // lists no places (it does only when several have bands).
    const table = page.locator("table", { hasText: "National security demands, every period" });
    await expect(table).toContainText("2–499 (at least 2)");
    await expect(table.getByRole("columnheader")).toHaveText([
      "Period",
      "Authority",
      "Demands (band)",
      "Accounts (band)",
    ]);
    await expect(page.locator(".bands-places")).toHaveCount(0);
  });

  test("a period's page and a place in a period draw the range chart with its summary", async ({ page }) => {
    for (const path of ["/periods/2022/", "/countries/us/2022/"]) {
      await page.goto(path);
      const chart = page.locator('[data-chart="ranges"]');
      await expect(chart, path).toHaveCount(1);
      await expect(chart.locator(".chart-summary"), path).toContainText(
        "National Security Letters: 2–499 (at least 2) demands, 1,500–1,999 accounts; FISA orders: 0–499 demands, accounts not reported.",
      );
      await expect(chart.locator(".range-value").first(), path).toHaveText("2–499");
    }
  });
});

for (const scheme of ["light", "dark"] as const) {
  test(`the bands charts have no WCAG A/AA violations (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto("/");
    expect(await violations(page, ".report-chart-bands")).toEqual([]);
    await page.goto("/countries/us/2022/");
    expect(await violations(page)).toEqual([]);
  });
}

test.describe("tables on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("a long heading wraps on a few lines, not a word a line, and a row's link is 24 px tall", async ({ page }) => {
    await page.goto("/periods/2023-h1/");
    const region = page.getByRole("region", { name: "Civil demands, Jan–Jun 2023" });
    await expect(region).toBeVisible();
    const head = await region.locator("thead").boundingBox();
    // Without the phone rules the headings wrap a word a line and the row is 126 px tall.
    expect(head?.height ?? 0).toBeLessThanOrEqual(100);
    const link = await region.locator('tbody th[scope="row"] a').first().boundingBox();
    expect(link?.height ?? 0).toBeGreaterThanOrEqual(24);
    // Every figure stays in the table: the last column is still there, a swipe away.
    await expect(region.locator("thead th").last()).toHaveText("Rejected (accounts)");
  });
});
