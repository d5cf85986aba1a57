import { readFileSync } from "node:fs";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { formatCount } from "../../src/data/format.ts";
import { bringOnScreen } from "./on-screen.ts";

const DATA = "tests/fixtures/report/valid";
const OUT = process.env["DESCRIBED_OUT_DIR"] ?? "dist-described";
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** Errors and CSP refusals the page reports while a test runs. */
function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(m.text());
  });
  page.on("pageerror", (e) => problems.push(e.message));
  return problems;
}

const NEW_TEMPLATES: [string, string][] = [
  ["a country in a year", "/countries/us/2022/"],
  ["a country in a half-year, with an all row", "/countries/us/2023-h1/"],
  ["a place that is not a country, in a year", "/countries/cross-border/2022/"],
  ["a country in a half-year with civil outcomes", "/countries/br/2023-h1/"],
  ["a country in a period without its figures", "/countries/fr/2022/"],
  ["search", "/search/"],
  ["choose a view", "/view/"],
  ["every period", "/periods/"],
];

for (const [name, path] of NEW_TEMPLATES) {
  test(`${name} (${path}) exists and has no WCAG A/AA violations, light and dark`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    expect(await violations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: "dark" });
    expect(await violations(page)).toEqual([]);
  });
}

test("the new pages carry no inline script: every script is a file of its own", () => {
  for (const path of ["search/index.html", "view/index.html", "countries/us/2022/index.html"]) {
    const html = readFileSync(join(OUT, path), "utf8");
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(
      scripts.filter((s) => !/\ssrc="\/_astro\//.test(s)),
      path,
    ).toEqual([]);
  }
});

/** The fixture's rows straight from its CSV: the expected figures are not the code's own. */
function csv(file: string): Record<string, string>[] {
  return parse<Record<string, string>>(readFileSync(join(DATA, file), "utf8"), { columns: true });
}

async function rowCells(page: Page, caption: string, header: string): Promise<string[]> {
  const table = page.locator("table", { has: page.locator("caption", { hasText: caption }) });
  const row = table.locator("tr", { has: page.locator("th", { hasText: header }) }).first();
  await bringOnScreen(row);
  return (await row.locator("th, td").allInnerTexts()).map((t) => t.trim());
}

test("a country × period page gives the place's requests, the worldwide sum and the stated total of the fixture", async ({
  page,
}) => {
  const rows = csv("requests/2022.csv");
  const outside = new Set(["preservation"]);
  const counted = rows.filter((r) => r["country_code"] !== "total" && !outside.has(r["process"] ?? ""));
  const us = counted.filter((r) => r["country_code"] === "US").reduce((n, r) => n + Number(r["requests"]), 0);
  const worldwide = counted.reduce((n, r) => n + Number(r["requests"]), 0);
  const stated = rows.find((r) => r["country_code"] === "total")?.["requests"];
  await page.goto("/countries/us/2022/");
  expect(await rowCells(page, "United States beside the worldwide figure", "Requests")).toEqual([
    "Requests",
    formatCount(us),
    formatCount(worldwide),
    formatCount(Number(stated)),
  ]);
  // Search warrants left users notified blank, so the place has no figure: "not reported", never the subpoenas' 12.
  expect((await rowCells(page, "United States beside the worldwide figure", "Users notified"))[1]).toBe("not reported");
  const preservation = rows.find((r) => r["process"] === "preservation");
  expect(await rowCells(page, "Law enforcement requests, United States", "Preservation requests")).toEqual([
    "Preservation requests (not in totals)",
    formatCount(Number(preservation?.["requests"])),
    formatCount(Number(preservation?.["accounts"])),
    "not reported",
    "not reported",
  ]);
  await expect(page.getByText("The worldwide figure includes United States.")).toBeVisible();
  await expect(page.getByText("2022 is reported as a whole year.")).toBeVisible();
});

test("the all row stands apart below the process rows, and civil outcomes count accounts", async ({ page }) => {
  await page.goto("/countries/us/2023-h1/");
  const all = csv("requests/2023-H1.csv").find((r) => r["country_code"] === "US" && r["process"] === "all");
  const foot = page
    .locator("table", { has: page.locator("caption", { hasText: "Law enforcement requests, United States" }) })
    .locator("tfoot tr");
  expect((await foot.locator("th, td").allInnerTexts()).slice(0, 2)).toEqual(["All processes", all?.["requests"]]);
  await page.goto("/countries/br/2023-h1/");
  await expect(page.getByText("Outcomes count accounts, as the publisher gives them.")).toBeVisible();
  await expect(page.getByText("1 place (France) did not report it").first()).toBeVisible();
});

test("country pages and period pages link to their country × period pages", async ({ page }) => {
  await page.goto("/countries/us/");
  await page
    .getByRole("navigation", { name: "One period, beside the worldwide figure" })
    .getByRole("link", { name: "Jan–Jun 2023" })
    .click();
  await expect(page).toHaveURL(/\/countries\/us\/2023-h1\/$/);
  await page.goto("/periods/2022/");
  await page
    .getByRole("navigation", { name: "One country or place in 2022" })
    .getByRole("link", { name: "Germany" })
    .click();
  await expect(page).toHaveURL(/\/countries\/de\/2022\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Germany, January–December 2022");
});

test("search finds a country by its ISO alpha-3 code and another English name, with no CSP refusal", async ({
  page,
}) => {
  const problems = watch(page);
  await page.goto("/search/");
  await expect(page.getByText("Search needs JavaScript")).toHaveCount(0);
  await page.getByLabel("Search countries, periods and definitions").fill("DEU");
  await page.keyboard.press("Enter");
  await expect(page.locator(".search-results a").first()).toHaveAttribute("href", "/countries/de/");
  await expect(page).toHaveURL(/\/search\/\?q=DEU$/);
  await page.goto("/search/?q=USA");
  await expect(page.locator(".search-results a").first()).toHaveAttribute("href", "/countries/us/");
  expect(problems).toEqual([]);
});

test("search and the view form work by keyboard alone", async ({ page }) => {
  const problems = watch(page);
  await page.goto("/view/");
  await page.locator("#view-section").focus();
  await page.keyboard.type("Civil");
  await page.keyboard.press("Tab");
  await page.keyboard.type("Brazil");
  await page.keyboard.press("Tab");
  await page.keyboard.type("Jan");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Show" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/countries\/br\/2023-h1\/#civil$/);
  await page.goto("/search/");
  await page.getByLabel("Search countries, periods and definitions").focus();
  await page.keyboard.type("Germany");
  await page.keyboard.press("Enter");
  const first = page.locator(".search-results a").first();
  await expect(first).toHaveAttribute("href", "/countries/de/");
  await first.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/countries\/de\/$/);
  expect(problems).toEqual([]);
});

test("a choice with no page is said on the form, and a shared link with only a section goes to it", async ({
  page,
}) => {
  await page.goto("/view/");
  await page.locator("#view-country").selectOption("fr");
  await page.locator("#view-period").selectOption("2022");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page.getByRole("status")).toHaveText(/no figures for France in 2022/);
  await expect(page).toHaveURL(/\/view\/$/);
  // No host rule matches a section alone, so the page's script sends the reader on.
  await page.goto("/view/?section=civil");
  await expect(page).toHaveURL(/\/#civil$/);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the search page says search needs JavaScript and links to the pages instead", async ({ page }) => {
    await page.goto("/search/");
    await expect(page.getByText("Search needs JavaScript")).toBeVisible();
    await expect(page.getByRole("main").getByRole("link", { name: "countries" })).toHaveAttribute(
      "href",
      "/countries/",
    );
  });

  test("the view form leads to the static page through the host's redirect rule", async ({ page }) => {
    await page.goto("/view/");
    await page.locator("#view-country").selectOption("us");
    await page.locator("#view-period").selectOption("2023-h1");
    await page.getByRole("button", { name: "Show" }).click();
    await expect(page).toHaveURL(/\/countries\/us\/2023-h1\/$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("United States, January–June 2023");
  });

  test("a choice without figures lands on a page that says so and links to the nearest pages, not on the 404 page", async ({
    page,
  }) => {
    await page.goto("/view/");
    await page.locator("#view-country").selectOption("fr");
    await page.locator("#view-period").selectOption("2022");
    const response = page.waitForResponse((r) => r.url().endsWith("/countries/fr/2022/"));
    await page.getByRole("button", { name: "Show" }).click();
    expect((await response).status()).toBe(200);
    await expect(page).toHaveURL(/\/countries\/fr\/2022\/$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("France, January–December 2022: no figures");
    const main = page.getByRole("main");
    await expect(main.getByRole("link", { name: "France in every period" })).toHaveAttribute("href", "/countries/fr/");
    await expect(main.getByRole("link", { name: "every country and place in 2022" })).toHaveAttribute(
      "href",
      "/periods/2022/",
    );
    // France's only period with figures in the fixture is the first half of 2023 (civil and law enforcement).
    await expect(main.getByRole("link", { name: "January–June 2023" })).toHaveAttribute(
      "href",
      "/countries/fr/2023-h1/",
    );
  });

  test("the view form's first choice, worldwide and every period, has a page too", async ({ page }) => {
    await page.goto("/view/");
    await page.getByRole("button", { name: "Show" }).click();
    await expect(page).toHaveURL(/\/periods\/$/);
    await expect(page.getByRole("link", { name: "January–December 2022" })).toHaveAttribute("href", "/periods/2022/");
  });
});
