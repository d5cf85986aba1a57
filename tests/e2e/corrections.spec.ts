import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./fixtures.ts";

// data/corrections.csv: Brazil's 2026-H1 figures were corrected on 12 September 2026.
const note = "/corrections/#correction-2026-09-12-2026-h1-br";

test("the mark beside Brazil's corrected figure leads to its dated note", async ({ page }) => {
  await page.goto("/periods/2026-h1/");
  // The correction moved requests from rejected to no data found: the marks sit on those two cells only.
  const marks = page.locator('#countries-table tr[data-country="BR"] a.correction-mark');
  await expect(marks).toHaveCount(2);
  await expect(page.locator('#countries-table tr[data-country="BR"] th a.correction-mark')).toHaveCount(0);
  const mark = marks.first();
  await expect(mark).toHaveAccessibleName("Corrected 12 September 2026: see note");
  await expect(page.locator('#countries-table tr[data-country="DE"] a.correction-mark')).toHaveCount(0);
  await mark.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`${note.replace(/[/#]/g, "\\$&")}$`));
  const entry = page.locator("#correction-2026-09-12-2026-h1-br");
  await expect(entry.locator("time")).toHaveAttribute("datetime", "2026-09-12");
  await expect(entry).toContainText("Rejected requests were first published as 371");
});

test("Brazil's own page marks the outcomes its correction changed, not its headline figures", async ({ page }) => {
  await page.goto("/countries/br/2026-h1/");
  await expect(page.locator("[data-figures] a.correction-mark")).toHaveCount(0);
  const marks = page.locator("#law-enforcement [data-breakdown] tbody a.correction-mark");
  await expect(marks).toHaveCount(2);
  await expect(marks.first()).toHaveAttribute("href", note);
  await expect(page.locator('[data-breakdown] tr[data-outcome="rejected"] a.correction-mark')).toHaveAccessibleName(
    "Corrected 12 September 2026: see note",
  );
});

test("pages with correction marks pass axe (WCAG 2.2 AA, target size included)", async ({ page }) => {
  // Four pages, each with a whole axe run: about half the default timeout on a quiet machine.
  test.slow();
  for (const path of ["/periods/2026-h1/", "/countries/br/", "/countries/br/2026-h1/", "/periods/"]) {
    await page.goto(path);
    // On /periods/ the marks sit in the trend's closed "Show data" table: present, if not visible.
    await expect(page.locator("a.correction-mark")).not.toHaveCount(0);
    const result = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
      .analyze();
    expect(
      result.violations.map((v) => `${path}: ${v.id} ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
    ).toEqual([]);
  }
});

test("the index pages mark the corrected period and country", async ({ page }) => {
  await page.goto("/periods/");
  // The per-year tables; the trend chart's own data table has rows for the same periods.
  const years = page.locator('section[aria-labelledby^="year-"]');
  // Brazil's correction changed two worldwide shares, 2025-H2's the worldwide accounts: those cells are marked.
  await expect(years.locator('tr[data-period="2026-h1"] td a.correction-mark')).toHaveCount(2);
  await expect(years.locator('tr[data-period="2026-h1"] td a.correction-mark').first()).toHaveAttribute("href", note);
  await expect(years.locator('tr[data-period="2025-h2"] td:nth-of-type(2) a.correction-mark')).toHaveAttribute(
    "href",
    "/corrections/#correction-2026-03-04-2025-h2-all",
  );
  await expect(years.locator('tr[data-period="2025-h2"] a.correction-mark')).toHaveCount(1);
  await expect(years.locator('tr[data-period="2025-h1"] a.correction-mark')).toHaveCount(0);
  await page.goto("/countries/");
  // The index shows Brazil's requests and accounts, which its correction did not change.
  await expect(page.locator('#countries-index tr[data-country="BR"] a.correction-mark')).toHaveCount(0);
});
