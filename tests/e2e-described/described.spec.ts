import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { bringOnScreen } from "./on-screen.ts";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** Every template of a described report, each of which must exist. */
const TEMPLATES: [string, string][] = [
  ["overview", "/"],
  ["a whole year", "/periods/2022/"],
  ["a half-year", "/periods/2023-h1/"],
  ["a legal process in a period", "/periods/2022/law-enforcement/subpoena/"],
  ["the rows for all processes in a period", "/periods/2023-h1/law-enforcement/all/"],
  ["a country", "/countries/us/"],
  ["a place that is not a country", "/countries/cross-border/"],
  ["countries", "/countries/"],
  ["definitions", "/definitions/"],
  ["downloads", "/downloads/"],
];

for (const [name, path] of TEMPLATES) {
  test(`${name} (${path}) exists and has no WCAG A/AA violations, light and dark`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    expect(await violations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: "dark" });
    expect(await violations(page)).toEqual([]);
  });
}

test("the 404 page answers 404 and has no violations", async ({ page }) => {
  const response = await page.goto("/no-such-page/");
  expect(response?.status()).toBe(404);
  expect(await violations(page)).toEqual([]);
});

/** The cells of a table row whose header cell reads `header`, as text. */
async function rowCells(page: Page, caption: string, header: string, nth = 0): Promise<string[]> {
  const table = page.locator("table", { has: page.locator("caption", { hasText: caption }) });
  const row = table.locator("tr", { has: page.locator("th", { hasText: header }) }).nth(nth);
  await bringOnScreen(row);
  return (await row.locator("th, td").allInnerTexts()).map((t) => t.trim());
}

test("a year's page shows the stated total beside the sum, each place's own figure, and blanks as not reported", async ({
  page,
}) => {
  await page.goto("/periods/2022/");
  const caption = "Law enforcement requests, January–December 2022";
  // US subpoenas 300 + search warrants 120 (preservation stays out), Germany 40, cross-border 18.
  expect(await rowCells(page, caption, "Sum of the rows")).toEqual([
    "Sum of the rows",
    "478",
    "no complete figure*",
    "no complete figure*",
  ]);
  expect(await rowCells(page, caption, "Total stated by the publisher")).toEqual([
    "Total stated by the publisher",
    "470",
    "not reported",
    "not reported",
  ]);
  expect(await rowCells(page, caption, "United States")).toEqual(["United States", "420", "620", "not reported"]);
  expect(await rowCells(page, caption, "Cross-border requests")).toEqual([
    "Cross-border requests",
    "18",
    "not reported",
    "not reported",
  ]);
  await expect(page.getByText("its rows add up to 478 (a difference of 8)")).toBeVisible();
  // The table's cell: the bands chart above it says the same band in its summary.
  await expect(page.getByRole("cell", { name: "2–499 (at least 2)", exact: true })).toBeVisible();
  await expect(page.getByText("Not published for this period: Civil demands.")).toBeVisible();
  // Each process's worldwide sum, linking the page with its rows.
  const processes = "Law enforcement requests by legal process, worldwide, January–December 2022";
  expect(await rowCells(page, processes, "Subpoenas")).toEqual(["Subpoenas", "1", "300", "420", "12"]);
  await page.getByRole("link", { name: "Preservation requests (not in totals)" }).click();
  await expect(page).toHaveURL(/\/periods\/2022\/law-enforcement\/preservation\/$/);
  expect(
    await rowCells(
      page,
      "Law enforcement requests, Preservation requests (not in totals), January–December 2022",
      "United States",
    ),
  ).toEqual(["United States", "90", "150", "not reported", "not reported"]);
  await page
    .getByRole("navigation", { name: "Other legal processes in 2022" })
    .getByRole("link", { name: "All processes" })
    .click();
  // Published percentages stay on the rows they were published for, as published.
  expect(
    await rowCells(page, "Law enforcement requests, All processes, January–December 2022", "Cross-border requests"),
  ).toEqual(["Cross-border requests", "18", "not reported", "not reported", "6%"]);
});

test("the overview gives each section's worldwide history, a combined authority as one band, and civil outcomes in accounts", async ({
  page,
}) => {
  await page.goto("/");
  // 2023-H1: the US all row (220, equal to its process rows, never added to them) and France 12.
  expect(await rowCells(page, "Law enforcement requests, worldwide", "Jan–Jun 2023")).toEqual([
    "Jan–Jun 2023",
    "232",
    "314",
    "6",
    "not reported",
  ]);
  expect(await rowCells(page, "Civil demands, worldwide", "Jan–Jun 2023")).toEqual([
    "Jan–Jun 2023",
    "12",
    "28",
    "no complete figure*",
    "no complete figure*",
    "no complete figure*",
    "no complete figure*",
  ]);
  expect(await rowCells(page, "National security demands, every period", "Jan–Jun 2023")).toEqual([
    "Jan–Jun 2023",
    "National security letters and orders",
    "0–249",
    "1,000–1,249",
  ]);
  await expect(page.getByRole("columnheader", { name: "Content disclosed (accounts)" })).toBeVisible();
  // Three places left users notified blank in 2022 (the United States' search warrants, Germany, Cross-border):
  // few enough to be named under the history itself, so the note sends no one to the period's page.
  const notified = page.locator("#law-enforcement-2022-notified");
  await expect(notified).toHaveText(
    "* No complete worldwide figure for users notified in 2022: 3 places (United States, Germany, Cross-border requests) did not report it. No other place gave a figure to add up.",
  );
  await expect(notified.locator("a")).toHaveCount(0);
});

test("every wide table can be scrolled by keyboard", async ({ page }) => {
  await page.goto("/periods/2022/");
  const regions = page.locator(".table-scroll");
  expect(await regions.count()).toBeGreaterThan(0);
  for (const region of await regions.all()) {
    await expect(region).toHaveAttribute("tabindex", "0");
    await expect(region).toHaveAttribute("aria-label", /.+/);
  }
});

test("a period's page links its workbook and PDF, and the downloads page the data package, each served", async ({
  page,
  request,
}) => {
  await page.goto("/periods/2023-h1/");
  const files: [string, string][] = [
    ["Excel workbook (XLSX)", "PK"],
    ["PDF", "%PDF"],
  ];
  for (const [name, magic] of files) {
    const href = await page.getByRole("link", { name, exact: true }).getAttribute("href");
    const response = await request.get(href ?? "");
    expect(response.status(), name).toBe(200);
    expect((await response.body()).subarray(0, magic.length).toString("latin1"), name).toBe(magic);
  }
  await page.goto("/downloads/");
  const href = await page.getByRole("link", { name: "datapackage.json" }).getAttribute("href");
  const descriptor = (await (await request.get(href ?? "")).json()) as { resources: { path: string }[] };
  expect(descriptor.resources.map((r) => r.path)).toContain("2023-h1.pdf");
});

test.describe("charts without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the overview draws each counts section's history beside its table, and marks an incomplete total", async ({
    page,
  }) => {
    await page.goto("/");
    const chart = page.locator("figure", {
      has: page.locator("figcaption", { hasText: "requests worldwide, by period" }),
    });
    await expect(chart).toHaveCount(2);
    await expect(chart.first().locator("svg[role=img]")).toBeVisible();
    // The same figures as the table under it: 478 in 2022, 232 in the first half of 2023.
    await expect(chart.first().locator(".chart-summary")).toContainText(
      "Requests worldwide: 478 in 2022, 232 in Jan–Jun 2023",
    );
    const accounts = page.locator("figure", {
      has: page.locator("figcaption", { hasText: "Law enforcement requests: accounts" }),
    });
    await expect(accounts.locator("text.rc-glyph")).toHaveText("≥");
    await expect(accounts.locator(".chart-legend")).toContainText("Incomplete total: at least this many");
  });

  test("a country page draws the place's history", async ({ page }) => {
    await page.goto("/countries/us/");
    await expect(page.locator(".chart-summary").first()).toContainText("420 in 2022, 220 in Jan–Jun 2023");
  });
});
