import { latestPeriod } from "../../src/data/aggregate.ts";
import { periodLongLabel, periodSlug } from "../../src/data/period.ts";
import { downloads, formatFileSize } from "../../src/downloads/catalogue.ts";
import { buildPeriodPdf } from "../../src/downloads/pdf/period-pdf.ts";
import { urls } from "../../src/lib/urls.ts";
import { citation } from "../../src/publication/citation.ts";
import { expect, test } from "./fixtures.ts";

const CONTENT_TYPES: Record<string, RegExp> = {
  pdf: /^application\/pdf/,
  csv: /^text\/csv/,
  json: /^application\/json/,
  xlsx: /^application\/vnd\.openxmlformats-officedocument\.spreadsheetml\.sheet$/,
};

test("the overview's “Download the current report” gives the latest period's PDF, as generated from the data", async ({
  page,
  dataset,
}) => {
  await page.goto("/");
  const latest = latestPeriod(dataset);
  const link = page.getByRole("link", { name: /^Download the current report/ });
  await expect(link).toBeVisible();
  await expect(link).toContainText(periodLongLabel(latest.period));
  const href = await link.getAttribute("href");
  expect(href).toBe(urls.periodPdf(latest.period));

  const response = await page.request.get(href ?? "");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toMatch(CONTENT_TYPES["pdf"]!);
  const body = await response.body();
  // The published file is the generator's output byte for byte: the build used the same data.
  expect(Buffer.compare(body, await buildPeriodPdf(dataset, latest))).toBe(0);
  await expect(link).toContainText(formatFileSize(body.byteLength));

  // The PDF holds every section that reported the period, so the CSVs offered beside it are one per section.
  const current = downloads(dataset).periods[0]!;
  const csvs = page.locator('.current-report a[data-download^="current-csv"]');
  await expect(csvs).toHaveCount(1 + current.sectionCsvs.length);
  await expect(csvs.first()).toHaveAttribute("href", urls.periodCsv(latest.period));
  for (const [i, f] of current.sectionCsvs.entries()) await expect(csvs.nth(i + 1)).toHaveAttribute("href", f.url);
  await page.getByRole("link", { name: "Previous reports and the full data set" }).click();
  await expect(page).toHaveURL(/\/downloads\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Downloads");
});

test("the downloads page lists every period by year, newest first, with the real file sizes", async ({
  page,
  dataset,
}) => {
  await page.goto(urls.downloads);
  await expect(page.getByRole("heading", { name: "Download the current report" })).toBeVisible();
  const years = [...new Set(dataset.periods.map((p) => p.period.year))].sort((a, b) => b - a);
  const section = page.locator("section", { has: page.getByRole("heading", { name: "Download previous reports" }) });
  await expect(section.getByRole("heading", { level: 3 })).toHaveText(years.map(String));

  const files = downloads(dataset);
  const items = section.locator("li[data-period]");
  await expect(items).toHaveCount(dataset.periods.length);
  for (const [i, p] of files.periods.entries()) {
    const item = items.nth(i);
    await expect(item).toHaveAttribute("data-period", periodSlug(p.data.period));
    await expect(item).toContainText(periodLongLabel(p.data.period));
    const pdf = item.locator('a[data-format="pdf"]');
    await expect(pdf).toHaveAttribute("href", p.pdf.url);
    await expect(pdf).toHaveAccessibleName(`PDF, ${periodLongLabel(p.data.period)}`);
    await expect(item).toContainText(formatFileSize((await p.pdf.bytes()).byteLength));
    await expect(item.locator('a[data-format="csv"]:not([data-section])')).toHaveAttribute("href", p.csv.url);
    // One CSV per other section that reported the period, at the address the section views link to.
    const sectionLinks = item.locator("a[data-section]");
    await expect(sectionLinks).toHaveCount(p.sectionCsvs.length);
    for (const [k, f] of p.sectionCsvs.entries()) {
      await expect(sectionLinks.nth(k)).toHaveAttribute("href", urls.sectionPeriodCsv(f.section!, p.data.period));
      await expect(sectionLinks.nth(k)).toHaveAccessibleName(new RegExp(`CSV, ${periodLongLabel(p.data.period)}$`));
    }
  }
  // The sample data has every section, so some period must offer section files.
  expect(files.periods.some((p) => p.sectionCsvs.length === 3)).toBe(true);
  // A word before a link on the next source line once lost its space ("on thecorrections page").
  await expect(page.locator("li", { hasText: "Corrections as CSV" })).toContainText(
    "also listed on the corrections page",
  );
});

test("every file the downloads page links to is there, with its content type", async ({ page, dataset }) => {
  await page.goto(urls.downloads);
  const hrefs = await page
    .locator("main a[href^='/downloads/']")
    .evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  const files = downloads(dataset);
  // Every generated file is offered (the current report twice: at the top and under its year).
  expect(new Set(hrefs)).toEqual(new Set(files.all.map((f) => f.url)));
  for (const href of new Set(hrefs)) {
    const response = await page.request.get(href);
    expect(response.status(), href).toBe(200);
    const format = href.slice(href.lastIndexOf(".") + 1);
    expect(response.headers()["content-type"], href).toMatch(CONTENT_TYPES[format] ?? /^$/);
    const file = files.all.find((f) => f.url === href);
    expect((await response.body()).byteLength, href).toBe((await file!.bytes()).byteLength);
  }
});

test("the downloads page says under which licence the figures may be reused, and how to cite them", async ({
  page,
  dataset,
}) => {
  await page.goto("/downloads/");
  const reuse = page.locator("[data-reuse]");
  const licence = dataset.site.licence;
  if (licence) {
    await expect(reuse.getByRole("link", { name: licence.name })).toHaveAttribute("href", licence.url);
    // A space between the link and the word after it (JSX drops the line break).
    await expect(reuse.locator("[data-licence]")).toContainText(`${licence.name} licence.`);
  } else {
    await expect(reuse.locator("[data-licence]")).toContainText("has not stated a licence");
  }
  await expect(reuse.locator("[data-citation]")).toHaveText(citation(dataset));
  await expect(page.locator("[data-footer-licence]")).toHaveAttribute("href", "/downloads/#reuse");
});

test("each country's files cover every section it is in, and the country page links each one", async ({
  page,
  dataset,
}) => {
  const files = downloads(dataset).countries.filter((f) => f.country === "US");
  expect(files.length).toBe(dataset.sections.length);
  await page.goto("/downloads/");
  for (const f of files) await expect(page.locator(`a[href="${f.url}"]`)).toHaveCount(1);
  await page.goto("/countries/us/");
  for (const f of files) {
    await expect(page.locator(`a[href="${f.url}"]`).first()).toBeVisible();
    expect((await page.request.get(f.url)).status()).toBe(200);
  }
});
for (const width of [390, 1366]) {
  test(`at ${width} px each period's files sit on one row, every size beside its own link`, async ({
    page,
    dataset,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(urls.downloads);
    const files = downloads(dataset);
    const rows = await page.locator(".reports li[data-period]").evaluateAll((items) =>
      items.map((li) => {
        const box = (el: Element | null | undefined) => el?.getBoundingClientRect() ?? null;
        const period = box(li.querySelector(".period"));
        return {
          period: period && { top: period.top, right: period.right },
          files: [...li.querySelectorAll("a[data-format]:not([data-section])")].map((a) => {
            const link = box(a)!;
            const size = box(a.nextElementSibling);
            return {
              format: a.getAttribute("data-format"),
              top: link.top,
              right: link.right,
              size: size && { top: size.top, left: size.left, text: a.nextElementSibling?.textContent ?? "" },
            };
          }),
        };
      }),
    );
    expect(rows).toHaveLength(files.periods.length);
    for (const [i, row] of rows.entries()) {
      const p = files.periods[i]!;
      expect(row.files.map((f) => f.format)).toEqual(["pdf", "csv", "xlsx"]);
      const tops = row.files.map((f) => Math.round(f.top));
      // PDF, CSV and XLSX on one line: XLSX no longer wraps under the period.
      expect(new Set(tops).size, `${p.data.period.year}: ${tops.join(", ")}`).toBe(1);
      // On a wide screen the period and its files share the line.
      if (width > 1000) expect(Math.abs(row.period!.top - row.files[0]!.top)).toBeLessThan(4);
      for (const [k, f] of row.files.entries()) {
        const file = [p.pdf, p.csv, p.xlsx][k]!;
        // The size right after each link is that file's, on the link's line and to its right.
        expect(f.size?.text).toBe(formatFileSize((await file.bytes()).byteLength));
        expect(Math.abs(f.size!.top - f.top)).toBeLessThan(4);
        expect(f.size!.left).toBeGreaterThanOrEqual(f.right);
      }
    }
  });
}
