/**
 * Finding things: the site search, the country finder, shared /view/ links, robots.txt and the FAQ's address.
 * Expected pages come from the dataset and the ISO list, not from the site's own code.
 */
import { countries } from "../../src/data/aggregate.ts";
import { periodSlug } from "../../src/data/period.ts";
import { expect, test } from "./fixtures.ts";

const results = "[data-search-results] > li > a:first-child";

test.describe("site search", () => {
  test("finds countries by other names, and the national-security section by FISA", async ({ page }) => {
    await page.goto("/search/?q=FISA");
    await expect(page.locator("[data-search-status]")).toContainText("match");
    // Pages with the national-security section: the periods' and the countries' (each shows every section), and the
    // section's own history.
    const fisa = await page.locator(results).evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(fisa.length).toBeGreaterThan(0);
    for (const href of fisa)
      expect(href).toMatch(/^\/(periods\/(\d{4}-h[12]|national-security)|countries\/[a-z]{2})\/$/);
    for (const [query, href] of [
      ["Turkey", "/countries/tr/"],
      ["South Korea", "/countries/kr/"],
    ] as const) {
      await page.goto(`/search/?q=${encodeURIComponent(query)}`);
      await expect(page.locator("[data-search-status]"), query).toContainText("match");
      const hrefs = await page.locator(results).evaluateAll((as) => as.map((a) => a.getAttribute("href")));
      expect(hrefs, query).toContain(href);
    }
  });

  test("excerpts carry no chart text and no invisible direction marks", async ({ page }) => {
    await page.goto("/search/?q=Germany");
    await expect(page.locator(results).first()).toBeVisible();
    const excerpts = await page.locator("[data-search-results] > li > p").allTextContents();
    expect(excerpts.length).toBeGreaterThan(0);
    for (const text of excerpts) {
      expect(text).not.toMatch(/[\u2068\u2069]/);
      // Words of the charts' own summaries and labels.
      expect(text).not.toMatch(/stacked by outcome|Bar chart|Chart:/);
    }
  });

  test("shows more than ten results on request, and hides the no-JavaScript note", async ({ page }) => {
    await page.goto("/search/?q=requests");
    const status = page.locator("[data-search-status]");
    await expect(status).toContainText("pages match");
    const total = Number(/^(\d+) pages match/.exec((await status.textContent()) ?? "")?.[1]);
    expect(total).toBeGreaterThan(10);
    await expect(page.locator(results)).toHaveCount(10);
    const more = page.getByRole("button", { name: /^Show \d+ more$/ });
    await more.click();
    await expect(page.locator(results)).toHaveCount(Math.min(20, total));
    await expect(page.locator(results).nth(10)).toBeFocused();
    await expect(page.getByText("Search needs JavaScript")).toHaveCount(0);
    // The form is styled: the input and the button sit on one line at desktop width.
    const input = await page.locator("#site-search-query").boundingBox();
    const button = await page.getByRole("button", { name: "Search", exact: true }).boundingBox();
    expect(Math.abs((input?.y ?? 0) - (button?.y ?? 100))).toBeLessThan(8);
  });

  test("says search needs JavaScript to readers without it", async ({ noJsPage }) => {
    await noJsPage.goto("/search/");
    await expect(noJsPage.getByText("Search needs JavaScript")).toBeVisible();
  });
});

test.describe("the country finder", () => {
  const names = (dataset: Parameters<typeof countries>[0]) => new Map(countries(dataset).map((c) => [c.code, c.name]));

  test("finds by alias and code, and opens the one match on Enter", async ({ page, dataset }) => {
    const byCode = names(dataset);
    await page.goto("/countries/");
    const box = page.getByLabel("Find a country or region");
    const visible = () =>
      page
        .locator("#countries-index tbody tr:not([hidden])")
        .evaluateAll((rows) => rows.map((r) => r.dataset["country"]));
    for (const [typed, codes] of [
      ["UK", ["GB"]],
      ["USA", ["US"]],
      ["Turkey", ["TR"]],
      ["Vietnam", ["VN"]],
      ["Ivory Coast", ["CI"]],
      ["DE", ["DE"]],
    ] as const) {
      await box.fill(typed);
      expect(await visible(), typed).toEqual(codes.filter((c) => byCode.has(c)));
    }
    await box.fill("Turkey");
    await box.press("Enter");
    await expect(page).toHaveURL(/\/countries\/tr\/$/);
  });

  test("is not shown without JavaScript, and leaves no gap", async ({ noJsPage }) => {
    await noJsPage.goto("/countries/");
    await expect(noJsPage.getByLabel("Find a country or region")).toBeHidden();
    expect(await noJsPage.locator("country-filter").boundingBox()).toBeNull();
  });

  test("appears without moving the table below it", async ({ page }) => {
    const tableTop = async (p: typeof page) => (await p.locator("#countries-index").boundingBox())?.y;
    await page.goto("/countries/");
    await expect(page.getByLabel("Find a country or region")).toBeVisible();
    // The same page before its script has shown the box: another element holds the name, so it never runs.
    const before = await page.context().newPage();
    await before.addInitScript(() => {
      customElements.define("country-filter", class extends HTMLElement {});
    });
    await before.goto("/countries/");
    await expect(before.getByLabel("Find a country or region")).toBeHidden();
    expect(await tableTop(before)).toBe(await tableTop(page));
  });

  test.describe("on a phone", () => {
    test.use({ viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true });

    // Set widths spare the browser measuring every cell of the 250 rows before the first layout (Lighthouse's
    // longest task on this page); they must still fit what each column holds.
    test("the table's columns have set widths, and every heading and figure fits its column", async ({ page }) => {
      await page.goto("/countries/");
      const table = page.locator("#countries-index");
      expect(await table.evaluate((t) => getComputedStyle(t).tableLayout)).toBe("fixed");
      const overflowing = await table.evaluate((t) =>
        [...t.querySelectorAll("th, td")]
          .filter((cell) => cell.scrollWidth > cell.clientWidth + 1)
          .map((cell) => cell.textContent.trim()),
      );
      expect(overflowing).toEqual([]);
      // Without the page's scope attribute on every element (its styles are global): a third of the table's markup.
      const scoped = await table.evaluate(
        (t) =>
          [t, ...t.querySelectorAll("*")].filter((e) =>
            e.getAttributeNames().some((n) => n.startsWith("data-astro-cid")),
          ).length,
      );
      expect(scoped).toBe(0);
    });
  });
});

test.describe("shared /view/ links with one part", () => {
  test("go to the country or the period, with and without JavaScript", async ({ page, noJsPage, dataset }) => {
    const period = periodSlug(dataset.periods[0]!.period);
    for (const p of [page, noJsPage]) {
      await p.goto("/view/?country=vn");
      await expect(p).toHaveURL(/\/countries\/vn\/$/);
      await p.goto(`/view/?period=${period}`);
      await expect(p).toHaveURL(new RegExp(`/periods/${period}/$`));
    }
  });
});

test("robots.txt points to the sitemap at the site's own address", async ({ request, dataset }) => {
  const res = await request.get("/robots.txt");
  expect(res.status()).toBe(200);
  const text = await res.text();
  const sitemap = new URL("sitemap-index.xml", dataset.site.siteUrl).href;
  expect(text).toContain(`Sitemap: ${sitemap}`);
  expect((await request.get(new URL(sitemap).pathname)).status()).toBe(200);
});

test("the FAQ filter is kept in the address and restored from it", async ({ page }) => {
  await page.goto("/faq/");
  await page.getByLabel("Filter the questions").fill("encryption");
  await expect(page).toHaveURL(/\/faq\/\?q=encryption$/);
  const shown = await page.locator("details:not([hidden])").count();
  await page.goto("/faq/?q=encryption");
  await expect(page.getByLabel("Filter the questions")).toHaveValue("encryption");
  await expect(page.locator("details:not([hidden])")).toHaveCount(shown);
  await page.getByLabel("Filter the questions").fill("");
  await expect(page).toHaveURL(/\/faq\/$/);
});

test("the period menu marks the periods the chosen country has no row in", async ({ page, noJsPage, dataset }) => {
  // The country with rows in the fewest periods, so the marks are many.
  const list = countries(dataset);
  const periodsOf = (code: string) => dataset.periods.filter((p) => p.rows.some((r) => r.countryCode === code));
  const sparse = [...list].sort((a, b) => periodsOf(a.code).length - periodsOf(b.code).length)[0]!;
  const missing = dataset.periods
    .filter((p) => !periodsOf(sparse.code).includes(p))
    .map((p) => periodSlug(p.period))
    .sort();
  expect(missing.length).toBeGreaterThan(0);
  const marked = (p: typeof page) =>
    p
      .locator("#filter-period option[data-no-row]")
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).sort());
  await page.goto("/");
  expect(await marked(page)).toEqual([]);
  await page.getByLabel("Country or region", { exact: true }).selectOption(sparse.code.toLowerCase());
  await expect.poll(() => marked(page)).toEqual(missing);
  await expect(page.locator(`#filter-period option[value="${missing[0]!}"]`)).toHaveText(/\(not in the report\)$/);
  await page.getByLabel("Country or region", { exact: true }).selectOption("global");
  await expect.poll(() => marked(page)).toEqual([]);
  // Without JavaScript, the country's own pages carry the marks.
  await noJsPage.goto(`/countries/${sparse.code.toLowerCase()}/`);
  expect(await marked(noJsPage)).toEqual(missing);
});
