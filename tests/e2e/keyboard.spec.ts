import { countries, totalsOf } from "../../src/data/aggregate.ts";
import { formatCount } from "../../src/data/format.ts";
import { periodLabel, periodSlug } from "../../src/data/period.ts";
import type { Page } from "@playwright/test";
import { expect, test, LAW } from "./fixtures.ts";

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Presses Tab until `target` has focus, failing if it never gets there. */
async function tabTo(page: Page, target: ReturnType<Page["locator"]>, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

test("a keyboard-only reader filters to a country and period, reads a chart, then sorts a table", async ({
  page,
  dataset,
}) => {
  const period = dataset.periods.find((p) => p.period.year === 2020 && p.period.half === 2) ?? dataset.periods[0]!;
  const row = period.rows.find((r) => r.countryCode === "DE") ?? period.rows[0]!;
  const name = countries(dataset).find((c) => c.code === row.countryCode)?.name ?? row.country;

  await page.goto("/");
  await page.locator("body").focus();
  const country = page.getByLabel("Country or region", { exact: true });
  await tabTo(page, country);
  // Typing a name on a focused select picks the matching option, as a keyboard user would.
  await page.keyboard.type(name, { delay: 20 });
  await expect(country).toHaveValue(row.countryCode.toLowerCase());

  const periodSelect = page.getByLabel("Period", { exact: true });
  await tabTo(page, periodSelect);
  // Typing the months picks the latest such half-year (labels read "Jul–Dec 2020"; an en dash cannot be typed
  // on most keyboards), and the arrow keys then step back through the years.
  await page.keyboard.type(period.period.half === 1 ? "Jan" : "Jul", { delay: 20 });
  for (let i = 0; i < 40 && (await periodSelect.inputValue()) !== periodSlug(period.period); i++) {
    await page.keyboard.press("ArrowDown");
  }
  await expect(periodSelect).toHaveValue(periodSlug(period.period));

  // Choosing options must not navigate by itself (WCAG 3.2.2).
  await expect(page).toHaveURL(/\/$/);

  const apply = page.getByRole("button", { name: "Apply" });
  await tabTo(page, apply);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(
    new RegExp(`/countries/${row.countryCode.toLowerCase()}/${periodSlug(period.period)}/$`),
  );
  await expect(page.locator(`${LAW} [data-figure="requests"]`)).toHaveText(formatCount(totalsOf([row]).requests));

  // A country page: read the trend chart's data with the keyboard. The chart is one tab stop (the latest
  // period); the left arrow steps back a period, and the focused mark names its period and figure.
  await page.goto(`/countries/${row.countryCode.toLowerCase()}/`);
  const marks = page.locator(`${LAW} chart-figure[data-chart="trend"] .trend-period`);
  if ((await marks.count()) > 1) {
    await page.locator("body").focus();
    await tabTo(page, marks.last(), 200);
    await page.keyboard.press("ArrowLeft");
    const previous = dataset.periods.at(-2);
    const previousRow = previous?.rows.find((r) => r.countryCode === row.countryCode);
    const focused = marks.nth((await marks.count()) - 2);
    await expect(focused).toBeFocused();
    if (previous && previousRow) {
      await expect(focused).toHaveAttribute(
        "aria-label",
        new RegExp(
          `^${escapeRegExp(periodLabel(previous.period))}: ${escapeRegExp(formatCount(previousRow.requests))} requests`,
        ),
      );
    }
  }

  // The same page has a sortable table of periods.
  const header = page.locator("sortable-table thead th[data-sort-key]").nth(1);
  const button = header.locator(".sort-button");
  await page.locator("body").focus();
  await tabTo(page, button, 200);
  const before = await header.getAttribute("aria-sort");
  await page.keyboard.press("Enter");
  await expect(header).toHaveAttribute("aria-sort", /^(ascending|descending)$/);
  const first = await header.getAttribute("aria-sort");
  expect(first).not.toBe(before);
  await page.keyboard.press("Enter");
  await expect(header).toHaveAttribute("aria-sort", first === "ascending" ? "descending" : "ascending");
});
