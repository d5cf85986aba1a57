import { expect, type Locator, test } from "@playwright/test";
import { bringOnScreen } from "./on-screen.ts";

/*
 * The fixture's tables are short (a few places), and the rule in src/styles/report-tables.css is about long
 * ones: each test makes one table `rows` rows long by repeating its first row, as a report with 250 places or
 * 34 periods has, and the rule (a `:has()` selector) applies as the rows come.
 */

/** Repeats the first row of `box`'s table until its body has `rows` rows. */
async function lengthen(box: Locator, rows: number): Promise<void> {
  await box.evaluate((element, rows) => {
    const body = element.querySelector(":scope > table > tbody");
    const first = body?.firstElementChild;
    if (!body || !first) throw new Error("the box holds no table body");
    while (body.children.length < rows) body.append(first.cloneNode(true));
    while (body.children.length > rows) body.lastElementChild?.remove();
  }, rows);
}

/** The box's height as shown and as its contents need, in CSS pixels. */
const heights = (box: Locator) =>
  box.evaluate((element) => ({ shown: element.clientHeight, needed: element.scrollHeight }));

const PHONE = { width: 390, height: 800 };

test.describe("on a phone", () => {
  test.use({ viewport: PHONE });

  test("a table of 25 rows or more scrolls in a box no taller than most of the screen", async ({ page }) => {
    await page.goto("/periods/2023-h1/");
    const box = page.locator("main .table-scroll:has(> table > tbody)").first();

    await lengthen(box, 24);
    const short = await heights(box);
    expect(short.needed - short.shown).toBeLessThanOrEqual(1);

    await lengthen(box, 25);
    await bringOnScreen(box);
    const long = await heights(box);
    expect(long.shown).toBeLessThanOrEqual(PHONE.height * 0.8 + 1);
    expect(long.needed).toBeGreaterThan(long.shown + 100);
    // Laid out only as it nears the screen, at the height it always has.
    expect(await box.evaluate((element) => getComputedStyle(element).contentVisibility)).toBe("auto");
  });

  test("its heading row stays at the top of the box as its rows scroll", async ({ page }) => {
    await page.goto("/periods/2023-h1/");
    const box = page.locator("main .table-scroll:has(> table > tbody)").first();
    await lengthen(box, 40);
    await bringOnScreen(box);
    await box.evaluate((element) => {
      element.scrollTop = 400;
    });
    const heading = box.locator("thead th").first();
    const firstRow = box.locator("tbody tr").first();
    await expect
      .poll(async () => Math.abs(((await heading.boundingBox())?.y ?? 0) - ((await box.boundingBox())?.y ?? 100)))
      .toBeLessThan(1);
    // The row that was under the heading has gone up out of the box.
    expect((await firstRow.boundingBox())?.y ?? 0).toBeLessThan((await box.boundingBox())?.y ?? 0);
  });

  test("a row's name stays at the left of its box as the table scrolls sideways", async ({ page }) => {
    await page.goto("/periods/2023-h1/");
    // A table of seven columns (a place and six figures), wider than a phone.
    const box = page.locator("main .table-scroll:has(> table > thead th:nth-child(7))").first();
    await bringOnScreen(box);
    expect(await box.evaluate((element) => element.scrollWidth - element.clientWidth)).toBeGreaterThan(100);
    const name = box.locator("tbody th[scope=row]").first();
    const figure = box.locator("tbody td").last();
    const x = async (cell: Locator) => (await cell.boundingBox())?.x ?? Number.NaN;
    const [nameBefore, figureBefore] = [await x(name), await x(figure)];
    await box.evaluate((element) => {
      element.scrollLeft = 100;
    });
    // The figures moved 100 px to the left; the name stayed where it was.
    await expect.poll(async () => figureBefore - (await x(figure))).toBeCloseTo(100, 0);
    expect(Math.abs((await x(name)) - nameBefore)).toBeLessThan(1);
  });

  test("on the overview only the first part's tables are capped: the later parts are laid out near the screen already", async ({
    page,
  }) => {
    await page.goto("/");
    // The first table open on the page in each: a table under a closed "chart data" summary has no box.
    const first = page
      .locator(".report-part")
      .first()
      .locator(".table-scroll:has(> table > tbody)")
      .filter({ visible: true })
      .first();
    const later = page
      .locator(".report-part ~ .report-part .table-scroll:has(> table > tbody)")
      .filter({ visible: true })
      .first();
    await lengthen(first, 40);
    await lengthen(later, 40);
    await bringOnScreen(first);
    const capped = await heights(first);
    expect(capped.shown).toBeLessThanOrEqual(PHONE.height * 0.8 + 1);
    expect(capped.needed).toBeGreaterThan(capped.shown + 100);
    await bringOnScreen(later);
    const whole = await heights(later);
    expect(whole.needed - whole.shown).toBeLessThanOrEqual(1);
  });
});

test("on a wide screen a long table is whole on the page", async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto("/periods/2023-h1/");
  const box = page.locator("main .table-scroll:has(> table > tbody)").first();
  await lengthen(box, 40);
  const { shown, needed } = await heights(box);
  expect(needed - shown).toBeLessThanOrEqual(1);
  expect(shown).toBeGreaterThan(900);
});
