import { expect, test, type Page } from "@playwright/test";
import { LAW } from "./fixtures.ts";
import { periodHeading } from "../../src/views/views.ts";
import { countries, latestPeriod, periodTotals, rowTotals, sharesOf, totalsOf } from "../../src/data/aggregate.ts";
import { formatAccounts, formatCount, formatShare } from "../../src/data/format.ts";
import { loadDataset } from "../../src/data/load.ts";
import { periodLabel, periodSlug } from "../../src/data/period.ts";

const dataset = loadDataset({ dataDir: process.env["DATA_DIR"] ?? "data" });
const latest = latestPeriod(dataset);
const p2020h2 = dataset.periods.find((p) => p.period.year === 2020 && p.period.half === 2)!;
const germany = p2020h2.rows.find((r) => r.countryCode === "DE")!;

async function expectFigures(page: Page, totals: ReturnType<typeof totalsOf>) {
  await expect(page.locator(`${LAW} [data-figure="requests"]`)).toHaveText(formatCount(totals.requests));
  await expect(page.locator(`${LAW} [data-figure="accounts"]`)).toHaveText(formatAccounts(totals.accounts));
  const shares = sharesOf(totals);
  const rows = page.locator(`${LAW} table[data-breakdown] tbody tr`);
  await expect(rows.locator("[data-share]")).toHaveText(
    [shares.content, shares.nonContent, shares.noData, shares.rejected].map(formatShare),
  );
}

async function chooseGermany2020H2(page: Page) {
  await page.getByLabel("Country or region", { exact: true }).selectOption({ label: "Germany" });
  await page.getByLabel("Period", { exact: true }).selectOption({ label: "Jul–Dec 2020" });
  await page.getByRole("button", { name: "Apply" }).click();
}

test.describe("filtering with JavaScript", () => {
  test("Apply draws the view in place, gives it its own URL, and Back restores the overview", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("h1")).toHaveText(periodHeading(latest.period, dataset.sections));
    await expectFigures(page, periodTotals(latest));
    // A marker on window survives only if no full page load happens.
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));

    await chooseGermany2020H2(page);
    await expect(page).toHaveURL(/\/countries\/de\/2020-h2\/$/);
    await expect(page.locator("h1")).toHaveText("Germany, July–December 2020");
    await expectFigures(page, totalsOf([germany]));
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
    await expect(page.locator("h1")).toBeFocused();
    await expect(page).toHaveTitle(/^Germany, July–December 2020 · /);

    await page.goBack();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.locator("h1")).toHaveText(periodHeading(latest.period, dataset.sections));
    await expectFigures(page, periodTotals(latest));
    await expect(page.getByLabel("Country or region", { exact: true })).toHaveValue("global");

    await page.goForward();
    await expect(page.locator("h1")).toHaveText("Germany, July–December 2020");
  });

  test("a shared link opens the same view directly", async ({ page }) => {
    await page.goto("/countries/de/2020-h2/");
    await expectFigures(page, totalsOf([germany]));
    await expect(page.getByLabel("Country or region", { exact: true })).toHaveValue("de");
    await expect(page.getByLabel("Period", { exact: true })).toHaveValue("2020-h2");
  });

  test("country tables sort by any column and say so with aria-sort", async ({ page }) => {
    await page.goto(`/periods/${periodSlug(latest.period)}/`);
    const table = page.locator("#countries-table");
    const header = table.locator("thead th", { hasText: "Requests" }).first();
    await header.getByRole("button").click();
    await expect(header).toHaveAttribute("aria-sort", "descending");
    const largestFirst = [...latest.rows].sort((a, b) => b.requests - a.requests);
    await expect(table.locator("tbody tr").first()).toHaveAttribute("data-country", largestFirst[0]!.countryCode);
    await header.getByRole("button").press("Enter");
    await expect(header).toHaveAttribute("aria-sort", "ascending");
    await expect(table.locator("tbody tr").first()).toHaveAttribute("data-country", largestFirst.at(-1)!.countryCode);
    const nameHeader = table.locator("thead th", { hasText: "Country or region" });
    await nameHeader.getByRole("button").click();
    await expect(nameHeader).toHaveAttribute("aria-sort", "ascending");
    const first = [...latest.rows].sort((a, b) => a.country.localeCompare(b.country, "en"))[0]!;
    await expect(table.locator("tbody tr").first()).toHaveAttribute("data-country", first.countryCode);
  });

  test("sorting by a figure orders every row by the figure it shows; 'not reported' sorts below zero", async ({
    page,
  }) => {
    await page.goto(`/periods/${periodSlug(latest.period)}/`);
    const table = page.locator("#countries-table");
    const order = () =>
      table.locator("tbody tr").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-country")));
    // The server's order: requests, largest first, then name; sorting is stable, so ties keep it.
    const served = [...latest.rows].sort((a, b) => b.requests - a.requests || a.country.localeCompare(b.country, "en"));
    expect(await order()).toEqual(served.map((r) => r.countryCode));
    const cases = [
      ["Content", (r: (typeof served)[number]) => r.content],
      ["Accounts/users", (r: (typeof served)[number]) => r.accounts ?? -1],
    ] as const;
    for (const [label, figure] of cases) {
      await page.goto(`/periods/${periodSlug(latest.period)}/`);
      const header = table.locator("thead th", { hasText: label }).first();
      await header.getByRole("button").first().click();
      await expect(header).toHaveAttribute("aria-sort", "descending");
      const expected = [...served].sort((a, b) => figure(b) - figure(a)).map((r) => r.countryCode);
      expect(await order(), label).toEqual(expected);
    }
    expect(latest.rows.some((r) => r.accounts === null)).toBe(true);
  });

  test("an outcome column also sorts by its share of requests", async ({ page }) => {
    await page.goto(`/periods/${periodSlug(latest.period)}/`);
    const table = page.locator("#countries-table");
    const header = table.locator("thead th", { hasText: "Rejected" }).first();
    await header.getByRole("button", { name: "Rejected, % of requests" }).click();
    await expect(header).toHaveAttribute("aria-sort", "descending");
    // Highest rejection rate first (basis points, as the page rounds them); a country with 0 requests has no
    // share and goes last; ties keep the server's order.
    const served = [...latest.rows].sort((a, b) => b.requests - a.requests || a.country.localeCompare(b.country, "en"));
    const rate = (r: (typeof served)[number]) => sharesOf(rowTotals(r)).rejected;
    const expected = [...served]
      .sort((a, b) => {
        const x = rate(a);
        const y = rate(b);
        if (x === null || y === null) return x === null ? (y === null ? 0 : 1) : -1;
        return y - x;
      })
      .map((r) => r.countryCode);
    const order = await table
      .locator("tbody tr")
      .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-country")));
    expect(order).toEqual(expected);
    // Not the order by the number rejected, which the count button gives.
    expect(order).not.toEqual([...served].sort((a, b) => b.rejected - a.rejected).map((r) => r.countryCode));
  });

  test("a table the filter draws in place sorts like one the server sent", async ({ page }) => {
    await page.goto("/");
    await page.getByLabel("Country or region", { exact: true }).selectOption({ label: "Germany" });
    await page.getByLabel("Period", { exact: true }).selectOption({ value: "all" });
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/\/countries\/de\/$/);
    const table = page.locator("#history-table");
    const header = table.locator("thead th", { hasText: "Period" });
    await header.getByRole("button").click();
    await expect(header).toHaveAttribute("aria-sort", "descending");
    await header.getByRole("button").click();
    await expect(header).toHaveAttribute("aria-sort", "ascending");
    const oldest = dataset.periods[0]!.period;
    await expect(table.locator("tbody tr").first()).toHaveAttribute("data-period", periodSlug(oldest));
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the same form takes the reader to the static page", async ({ page }) => {
    await page.goto("/");
    await chooseGermany2020H2(page);
    await expect(page).toHaveURL(/\/countries\/de\/2020-h2\/$/);
    await expect(page.locator("h1")).toHaveText("Germany, July–December 2020");
    await expectFigures(page, totalsOf([germany]));
    await page.goBack();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.locator("h1")).toHaveText(periodHeading(latest.period, dataset.sections));
  });

  test("Global with all periods goes to the list of periods", async ({ page }) => {
    await page.goto("/countries/de/");
    await page.getByLabel("Country or region", { exact: true }).selectOption("global");
    await page.getByLabel("Period", { exact: true }).selectOption("all");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/\/periods\/$/);
  });

  test("a country with blank accounts shows 'not reported', never 0", async ({ page }) => {
    const period = dataset.periods.find((p) => p.rows.some((r) => r.accounts === null))!;
    const row = period.rows.find((r) => r.accounts === null)!;
    await page.goto(`/countries/${row.countryCode.toLowerCase()}/${periodSlug(period.period)}/`);
    await expect(page.locator(`${LAW} [data-figure="accounts"]`)).toHaveText("not reported");
    await expectFigures(page, totalsOf([row]));
  });

  test("a country's history marks the periods without requests", async ({ page }) => {
    const gap = countries(dataset).find((c) =>
      dataset.periods.some((p) => !p.rows.some((r) => r.countryCode === c.code)),
    )!;
    const missing = dataset.periods.find((p) => !p.rows.some((r) => r.countryCode === gap.code))!;
    await page.goto(`/countries/${gap.code.toLowerCase()}/`);
    const row = page.locator(`#history-table tr[data-period="${periodSlug(missing.period)}"]`);
    await expect(row).toContainText("Not in this period's report");
    await expect(row).toContainText(periodLabel(missing.period));
  });

  test("an unknown address gets a helpful 404", async ({ page }) => {
    const response = await page.goto("/countries/zz/");
    expect(response?.status()).toBe(404);
    await expect(page.locator("h1")).toHaveText("This page does not exist");
    await expect(page.getByRole("link", { name: "list of countries" })).toHaveAttribute("href", "/countries/");
  });
});
