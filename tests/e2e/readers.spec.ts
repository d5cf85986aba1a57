/**
 * What readers see first and what must never mislead them: phone widths, the history chart's year labels,
 * periods with no row, addresses typed in capitals, the menu after an in-place filter, the countries index.
 * Expectations are computed from the dataset, never copied from the page.
 */
import { countries, latestPeriod } from "../../src/data/aggregate.ts";
import { formatCount } from "../../src/data/format.ts";
import { periodId, periodLongLabel, periodSlug } from "../../src/data/period.ts";
import type { Dataset } from "../../src/data/dataset.ts";
import { expect, test, LAW } from "./fixtures.ts";

/** A country with a row in some period and none in the one after it: the case that used to read as a fall to 0. */
function absentCase(dataset: Dataset) {
  for (let i = 1; i < dataset.periods.length; i++) {
    const before = dataset.periods[i - 1]!;
    const period = dataset.periods[i]!;
    const row = before.rows.find((r) => !period.rows.some((x) => x.countryCode === r.countryCode));
    if (row) return { code: row.countryCode, name: row.country, period: period.period };
  }
  throw new Error("The data has no country that leaves the report");
}

function templates(dataset: Dataset): string[] {
  const latest = latestPeriod(dataset).period;
  const absent = absentCase(dataset);
  return [
    "/",
    "/periods/",
    "/periods/emergency/",
    "/periods/national-security/",
    `/periods/${periodSlug(latest)}/`,
    "/countries/",
    "/countries/de/",
    `/countries/de/${periodSlug(latest)}/`,
    `/countries/${absent.code.toLowerCase()}/${periodSlug(absent.period)}/`,
    "/faq/",
    "/definitions/",
    "/downloads/",
    "/countries/zz/",
  ];
}

test.describe("on a 390 × 844 phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("no template scrolls sideways as a whole", async ({ page, dataset }) => {
    for (const path of templates(dataset)) {
      await page.goto(path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });

  test("the first screen shows the page's heading and its headline figure", async ({ page, dataset }) => {
    const latest = latestPeriod(dataset);
    for (const path of ["/", `/periods/${periodSlug(latest.period)}/`, `/countries/de/${periodSlug(latest.period)}/`]) {
      await page.goto(path);
      const h1 = await page.locator("h1").boundingBox();
      const figure = page.locator(`${LAW} [data-figure="requests"]`);
      const box = await figure.boundingBox();
      expect(h1 && box, path).toBeTruthy();
      expect(h1!.y, path).toBeLessThan(box!.y);
      expect(box!.y + box!.height, `${path}: the figure ends below the first screen`).toBeLessThanOrEqual(844);
    }
    // And it is the right figure: the latest period's worldwide total.
    await page.goto("/");
    await expect(page.locator(`${LAW} [data-figure="requests"]`)).toHaveText(
      formatCount(latest.rows.reduce((n, r) => n + r.requests, 0)),
    );
  });
});

test("on a desktop the heading comes before the download button and the filter", async ({ page }) => {
  await page.goto("/");
  const order = await page.evaluate(() => {
    const h1 = document.querySelector("h1");
    const download = document.querySelector("[data-download='current-pdf']");
    const filter = document.querySelector("report-filter");
    if (!h1 || !download || !filter) return null;
    const follows = (a: Node, b: Node) => Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
    return { download: follows(h1, download), filter: follows(h1, filter) };
  });
  expect(order).toEqual({ download: true, filter: true });
});

test("the history chart labels each year under its own bars, the latest one included", async ({ page, dataset }) => {
  for (const path of ["/periods/", "/countries/de/"]) {
    await page.goto(path);
    // The first history chart: law enforcement's on a country page, which also has one per other section.
    const chart = page.locator('chart-figure[data-chart="trend"]').first();
    const labels = await chart.locator(".year-label").evaluateAll((els) =>
      els.map((el) => {
        const box = el.getBoundingClientRect();
        return { text: el.textContent, centre: box.left + box.width / 2 };
      }),
    );
    expect(labels.length, path).toBeGreaterThan(0);
    // With more than 12 periods every other year is labelled, counting back from the latest year.
    const latestYear = latestPeriod(dataset).period.year;
    expect(labels.at(-1)?.text, path).toBe(String(latestYear));
    for (const label of labels) {
      const bars = await chart.locator(`.trend-period[data-period^="${label.text}-"] .hit`).evaluateAll((els) =>
        els.map((el) => {
          const box = el.getBoundingClientRect();
          return { left: box.left, right: box.right };
        }),
      );
      const periods = dataset.periods.filter((p) => String(p.period.year) === label.text);
      expect(bars.length, `${path} ${label.text}`).toBe(periods.length);
      const left = Math.min(...bars.map((b) => b.left));
      const right = Math.max(...bars.map((b) => b.right));
      expect(label.centre, `${path}: "${label.text}" is not under its own bars`).toBeGreaterThanOrEqual(left);
      expect(label.centre, `${path}: "${label.text}" is not under its own bars`).toBeLessThanOrEqual(right);
    }
    // Tick labels sit in the axis column, never over the plot's bars; there is no second scale.
    const plot = await chart.locator(".trend-plot").boundingBox();
    const axis = await chart.locator(".trend-axis-left").boundingBox();
    expect(axis!.x + axis!.width).toBeLessThanOrEqual(plot!.x + 1);
    await expect(chart.locator(".trend-axis-right")).toHaveCount(0);
  }
});

test("a country × period with no row says so in words, with no zero and no fall", async ({ page, dataset }) => {
  const absent = absentCase(dataset);
  await page.goto(`/countries/${absent.code.toLowerCase()}/${periodSlug(absent.period)}/`);
  const notice = page.locator(`${LAW} [data-absent]`);
  await expect(notice).toContainText(`is not in the report for ${periodLongLabel(absent.period)}`);
  await expect(notice).toContainText("not the same as 0 requests");
  await expect(page.locator(`${LAW} [data-figure]`)).toHaveCount(0);
  await expect(page.locator(`${LAW} .change`)).toHaveCount(0);
  const text = (await page.locator("main").textContent()) ?? "";
  expect(text).not.toContain("−");
  expect(text).not.toContain("100.00%");
});

test.describe("addresses typed in capitals", () => {
  test("lead to the lower-case page", async ({ page, dataset }) => {
    const latest = latestPeriod(dataset).period;
    // The data's own form, in capitals, as a reader might copy it from a file name.
    const id = periodId(latest);
    for (const [typed, lower] of [
      [`/periods/${id}/`, `/periods/${periodSlug(latest)}/`],
      ["/countries/DE/", "/countries/de/"],
      [`/countries/DE/${id}/`, `/countries/de/${periodSlug(latest)}/`],
    ] as const) {
      const response = await page.goto(typed);
      expect(response?.status(), typed).toBe(200);
      expect(new URL(page.url()).pathname).toBe(lower);
      await expect(page.locator("h1")).not.toHaveText("This page does not exist");
    }
  });

  test("lead there from the 404 page too, on hosts that cannot lower-case in a rule", async ({ page, request }) => {
    // Serve the 404 page for a capitalised address, as Netlify would, and let its script send the reader on.
    const notFound = await (await request.get("/404.html")).text();
    await page.route("**/countries/FR/", (route) =>
      route.fulfill({ status: 404, contentType: "text/html", body: notFound }),
    );
    await page.goto("/countries/FR/");
    await expect(page).toHaveURL(/\/countries\/fr\/$/);
    await expect(page.locator("h1")).not.toHaveText("This page does not exist");
  });
});

test("the menu marks the section of the view the filter drew in place", async ({ page }) => {
  await page.goto("/");
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: "Overview" })).toHaveAttribute("aria-current", "page");
  await page.getByLabel("Country or region", { exact: true }).selectOption({ label: "Germany" });
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.locator("h1")).toContainText("Germany");
  await expect(nav.getByRole("link", { name: "Countries" })).toHaveAttribute("aria-current", "page");
  await expect(nav.getByRole("link", { name: "Overview" })).not.toHaveAttribute("aria-current", /./);
});

test("the countries index shows one labelled period, sorts, and finds a country as you type", async ({
  page,
  dataset,
}) => {
  const latest = latestPeriod(dataset);
  await page.goto("/countries/");
  const table = page.locator("#countries-index");
  await expect(table.locator("caption")).toContainText(periodLongLabel(latest.period));
  const de = latest.rows.find((r) => r.countryCode === "DE")!;
  await expect(table.locator('tr[data-country="DE"] td').first()).toHaveText(formatCount(de.requests));
  await page.getByLabel("Find a country or region").fill("germ");
  await expect(table.locator("tbody tr:visible")).toHaveCount(
    countries(dataset).filter((c) => c.name.toLowerCase().includes("germ")).length,
  );
  await expect(table.locator('tr[data-country="DE"]')).toBeVisible();
  await page.getByLabel("Find a country or region").fill("");
  await table.getByRole("button", { name: /Requests, all periods/ }).click();
  await expect(table.locator("thead th").nth(3)).toHaveAttribute("aria-sort", "descending");
});
