/**
 * Phones, paper and keyboards: tables read on a phone, printed headers, tooltips a reader can dismiss, tables
 * that copy into a spreadsheet row by row, and long tables whose placeholder height is their real one.
 * Expectations are computed from the dataset, never copied from the page.
 */
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { latestPeriod } from "../../src/data/aggregate.ts";
import { periodSlug } from "../../src/data/period.ts";
import { expect, test, LAW } from "./fixtures.ts";

/** The text of each page of a PDF, its items joined by single spaces. */
async function pdfPages(bytes: Buffer): Promise<string[]> {
  const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: true }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    // pdf.js gives spaces as items of their own: runs of white space become one.
    pages.push(
      content.items
        .map((item) => ("str" in item ? item.str : ""))
        .join(" ")
        .replace(/\s+/g, " "),
    );
  }
  return pages;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

test("a printed country table repeats its headings on every page it runs onto", async ({ page, dataset }) => {
  const latest = latestPeriod(dataset);
  await page.goto(`/periods/${periodSlug(latest.period)}/`);
  const pages = await pdfPages(await page.pdf({ format: "A4" }));
  // The pages that hold rows of a country table: three or more of the period's countries, each with a figure.
  const rowsOn = (text: string) =>
    latest.rows.filter((r) => new RegExp(`${escapeRegExp(r.country)} (†\\s*)?\\d`).test(text)).length;
  const withRows = pages.filter((text) => rowsOn(text) >= 3);
  expect(withRows.length).toBeGreaterThan(2);
  for (const text of withRows) expect(text, text.slice(0, 120)).toContain("Country or region");
});

test("a printed page keeps each chart's title with its chart and never ends on the footer alone", async ({ page }) => {
  for (const path of ["/", "/faq/", "/downloads/", "/countries/de/2020-h2/"]) {
    await page.goto(path);
    const titles = await page.locator("chart-figure .chart-title").allTextContents();
    const pages = await pdfPages(await page.pdf({ format: "A4" }));
    for (const [i, text] of pages.entries()) {
      const end = text.replace(/\s+/g, " ").trim().slice(-200);
      for (const title of titles)
        expect(end.endsWith(title.trim()), `${path} page ${i + 1} ends with "${title}"`).toBe(false);
    }
    // The last page holds the page's own content, not the footer alone: its text is found in <main> (spaces
    // dropped on both sides, as pdf.js splits ligatures such as "fi" into items of their own).
    const last = (pages.at(-1) ?? "").replace(/\s+/g, "");
    // textContent, not innerText: print opens the FAQ's closed answers, which innerText leaves out.
    const main = (await page.locator("main").evaluate((el) => el.textContent)).replace(/\s+/g, "");
    expect(last.length, `${path}: the last page is empty`).toBeGreaterThan(0);
    expect(main, `${path}: the last page holds "${pages.at(-1) ?? ""}"`).toContain(last.slice(0, 60));
  }
});

test("Escape closes a chart's tooltip without moving the pointer or focus", async ({ page }) => {
  await page.goto("/countries/de/");
  const chart = page.locator(`${LAW} chart-figure[data-chart="trend"]`).first();
  await chart.scrollIntoViewIfNeeded();
  const mark = chart.locator(".trend-period").last();
  await mark.hover();
  const tip = chart.locator(".chart-tooltip");
  await expect(tip).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(tip).toBeHidden();
  // Still hidden while the pointer rests on the same mark; shown again on the next one.
  await mark.hover({ position: { x: 2, y: 2 } });
  await expect(tip).toBeHidden();
  await chart.locator(".trend-period").first().hover();
  await expect(tip).toBeVisible();
});

test.describe("on a 390 × 844 phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test("a country's comparison shows the worldwide share without scrolling sideways", async ({ page, dataset }) => {
    const latest = latestPeriod(dataset);
    await page.goto(`/countries/de/${periodSlug(latest.period)}/`);
    const table = page.locator(`${LAW} table.breakdown`, { has: page.getByText("Worldwide share") }).first();
    // Scrolled into view up and down only: its box must not need a sideways scroll to show the column.
    await table.evaluate((el) => {
      window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 100);
    });
    const header = table.locator("th", { hasText: "Worldwide share" });
    const box = (await header.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    const widths = await table.evaluate((el) => [el.parentElement!.scrollWidth, el.parentElement!.clientWidth]);
    expect(widths[0], "the box scrolls sideways").toBeLessThanOrEqual(widths[1]!);
  });

  test("a long figures table shows its first outcome on the screen, and every outcome a swipe away", async ({
    page,
    dataset,
  }) => {
    const latest = latestPeriod(dataset);
    for (const path of [`/periods/${periodSlug(latest.period)}/`, "/countries/de/"]) {
      await page.goto(path);
      const box = page.locator(`${LAW} sortable-table`).first();
      await box.evaluate((el) => {
        window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY);
      });
      // Enhanced: the sort buttons are in, so the headings are as wide as they will be.
      await expect(box.locator("thead .sort-share").first()).toBeVisible();
      const heads = box.locator("thead th");
      const content = (await heads.filter({ hasText: "Content" }).first().boundingBox())!;
      expect(content.x + content.width, `${path}: the first outcome's right edge`).toBeLessThanOrEqual(390);
      // The last outcome comes into view when the box is scrolled to its end, beside the held name column.
      await box.evaluate((el) => {
        el.scrollLeft = el.scrollWidth;
      });
      const outer = (await box.boundingBox())!;
      const last = (await heads.last().boundingBox())!;
      expect(last.x + last.width).toBeLessThanOrEqual(outer.x + outer.width + 1);
      const name = (await heads.first().boundingBox())!;
      expect(Math.abs(name.x - outer.x)).toBeLessThan(2);
      expect(last.x).toBeGreaterThanOrEqual(name.x + name.width - 1);
    }
  });

  test("a long table keeps its heading row and its names in view as it scrolls", async ({ page, dataset }) => {
    const latest = latestPeriod(dataset);
    expect(latest.rows.length).toBeGreaterThan(40);
    await page.goto(`/periods/${periodSlug(latest.period)}/`);
    const box = page.locator(`${LAW} sortable-table`).first();
    await box.scrollIntoViewIfNeeded();
    const outer = (await box.boundingBox())!;
    // No taller than most of the screen, so its heading row and its end are both within reach.
    expect(outer.height).toBeLessThanOrEqual(844 * 0.8 + 1);
    await box.evaluate((el) => {
      el.scrollBy(200, 1500);
    });
    const head = (await box.locator("thead th").nth(1).boundingBox())!;
    expect(Math.abs(head.y - outer.y)).toBeLessThan(2);
    const name = (await box.locator("tbody tr:nth-child(30) th").boundingBox())!;
    expect(Math.abs(name.x - outer.x)).toBeLessThan(2);
  });

  test("a tooltip tapped near the bottom of the screen stays on the screen", async ({ page }) => {
    await page.goto("/countries/de/");
    const chart = page.locator(`${LAW} chart-figure[data-chart="trend"]`).first();
    // Scroll so the chart's bars sit at the foot of the screen.
    await chart.evaluate((el) => {
      const plot = el.querySelector(".trend-plot") ?? el;
      const box = plot.getBoundingClientRect();
      window.scrollBy(0, box.bottom - window.innerHeight + 4);
    });
    const mark = chart.locator(".trend-period .hit").last();
    const box = (await mark.boundingBox())!;
    await page.touchscreen.tap(box.x + box.width / 2, Math.min(box.y + box.height - 4, 840));
    const tip = chart.locator(".chart-tooltip");
    await expect(tip).toBeVisible();
    const tipBox = (await tip.boundingBox())!;
    expect(tipBox.y + tipBox.height).toBeLessThanOrEqual(844);
    expect(tipBox.y).toBeGreaterThanOrEqual(0);
  });
});

test("a country table copies as one line per row, one cell per column", async ({ page, dataset }) => {
  const latest = latestPeriod(dataset);
  await page.goto(`/periods/${periodSlug(latest.period)}/`);
  const text = await page.locator(`${LAW} #countries-table tbody`).evaluate((body) => {
    const range = document.createRange();
    range.selectNodeContents(body);
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    return selection.toString();
  });
  const lines = text.split("\n").filter((line) => line.trim() !== "");
  expect(lines).toHaveLength(latest.rows.length);
  // The name, requests, accounts and four outcomes: seven cells, each count with its share.
  for (const line of lines) expect(line.split("\t"), line).toHaveLength(7);
});

for (const [width, height] of [
  [1366, 768],
  [390, 844],
] as const) {
  test.describe(`at ${width} px wide`, () => {
    test.use({ viewport: { width, height }, ...(width < 500 ? { hasTouch: true, isMobile: true } : {}) });

    test("the page's height before its long tables render is their height after", async ({ page, dataset }) => {
      const latest = latestPeriod(dataset);
      for (const path of ["/", `/periods/${periodSlug(latest.period)}/`, "/countries/de/", "/periods/"]) {
        await page.goto(path);
        const before = await page.evaluate(() => document.documentElement.scrollHeight);
        // Lay out every table, as scrolling past each one does.
        await page.evaluate(async () => {
          for (const table of document.querySelectorAll("sortable-table")) {
            table.scrollIntoView();
            await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
          }
        });
        const after = await page.evaluate(() => document.documentElement.scrollHeight);
        // Nothing below a table moves when it renders: a pixel or two of rounding at most.
        expect(Math.abs(before - after), `${path}: ${before} px before, ${after} px after`).toBeLessThanOrEqual(2);
      }
    });
  });
}
