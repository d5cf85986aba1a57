import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { bringOnScreen } from "./on-screen.ts";

// The fixture's releases.csv dates 2022 on 2023-02-15 and 2023-H1 on 2023-08-10; its corrections.csv changed
// Brazil's civil rejected and no-data figures for 2023-H1 (4 September 2023) and Germany's 2022 accounts (1 March 2023).

/** The cells of the row whose header is `header`, in the table captioned `caption`, as text. */
async function row(page: Page, caption: string, header: string): Promise<string[]> {
  const table = page.locator("table", { has: page.locator("caption", { hasText: caption }) });
  const tr = table.locator("tr", { has: page.locator("th", { hasText: header }) }).first();
  await bringOnScreen(tr);
  return tr.locator("td").allInnerTexts();
}

test("a period page gives its release date and marks only the figures a correction changed", async ({ page }) => {
  await page.goto("/periods/2023-h1/");
  await expect(page.locator("[data-release-note] time").first()).toHaveAttribute("datetime", "2023-08-10");
  await expect(page.locator("[data-release-note]")).toContainText("Published 10 August 2023");
  // Civil, Brazil: requests 10, accounts 25, content 5, non-content 10, no data 4, rejected 6; the last two corrected.
  const brazil = await row(page, "Civil demands, January–June 2023", "Brazil");
  expect(brazil.map((c) => c.replace(/\s+/g, " ").trim())).toEqual(["10", "25", "5", "10", "4 †", "6 †"]);
  const marks = page.locator("a.correction-mark");
  // Brazil's two cells only: France left its outcomes blank, so the sum row gives no figure to mark.
  await expect(marks).toHaveCount(2);
  for (const mark of await marks.all())
    await expect(mark).toHaveAttribute("href", "/corrections/#correction-2023-09-04-civil-2023-h1-br");
});

test("a place page marks its corrected figure in its own period only", async ({ page }) => {
  await page.goto("/countries/de/");
  await expect(page.locator("[data-release-note]")).toContainText("Latest figures published 15 February 2023");
  const marks = page.locator("a.correction-mark");
  await expect(marks).toHaveCount(1);
  await expect(marks.locator("xpath=..")).toHaveText(/^55\s*†$/);
});

test("the corrections page lists each correction with its date, figures and note, and has no violations", async ({
  page,
}) => {
  await page.goto("/corrections/");
  const entry = page.locator("#correction-2023-09-04-civil-2023-h1-br");
  await expect(entry.locator("h2")).toHaveText("Civil demands, January–June 2023, Brazil");
  await expect(entry.locator("time")).toHaveAttribute("datetime", "2023-09-04");
  await expect(entry).toContainText("Figures corrected: rejected, no data found.");
  await expect(page.locator("article.correction")).toHaveCount(2);
  const result = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  expect(result.violations.map((v) => v.id)).toEqual([]);
});

test("every page links its own preview image, with the figures of its own period or place in its alt text", async ({
  page,
  request,
}) => {
  await page.goto("/periods/2022/");
  const image = await page.locator('meta[property="og:image"]').getAttribute("content");
  expect(image).toBe("https://transparency.example.com/previews/period-2022.png");
  await expect(page.locator('meta[property="og:image:alt"]')).toHaveAttribute(
    "content",
    "Worldwide, January–December 2022: Law enforcement: 478 requests (sum of the rows; the publisher states 470); National security: published only as bands.",
  );
  await expect(page.locator('meta[property="og:url"]')).toHaveAttribute(
    "content",
    "https://transparency.example.com/periods/2022/",
  );
  const png = await request.get("/previews/period-2022.png");
  expect(png.status()).toBe(200);
  expect(png.headers()["content-type"]).toContain("image/png");

  await page.goto("/countries/us/");
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute(
    "content",
    "https://transparency.example.com/previews/place-us.png",
  );
  // US: 300 + 120 subpoenas and warrants in 2022 (preservation is outside totals), 220 in 2023-H1.
  await expect(page.locator('meta[property="og:image:alt"]')).toHaveAttribute(
    "content",
    /^United States, All periods, 2022 to Jan–Jun 2023: Law enforcement: 640 requests over 2 periods;/,
  );
});

test("the feed dates each period by releases.csv and lists each correction", async ({ request }) => {
  const xml = await (await request.get("/feed.xml")).text();
  expect(xml).toContain("<pubDate>Wed, 15 Feb 2023 00:00:00 GMT</pubDate>");
  expect(xml).toContain("Published 15 February 2023: Law enforcement: 478 requests");
  expect(xml.match(/<item>/g)).toHaveLength(4);
});
