import { expect, type Locator, test } from "@playwright/test";
import { bringOnScreen } from "./on-screen.ts";

/** Whether a part's contents are laid out: a part that is skipped is itself rendered, as an empty box, but not its contents. */
const laidOut = (part: Locator) =>
  part.evaluate((element) => element.firstElementChild?.checkVisibility({ contentVisibilityAuto: true }) ?? false);

test.use({ viewport: { width: 390, height: 800 } });

test("the overview lays out a section after the first only as it nears the screen", async ({ page }) => {
  await page.goto("/");
  const parts = page.locator(".report-part");
  expect(await parts.count()).toBeGreaterThan(1);
  expect(await laidOut(parts.first())).toBe(true);
  const last = parts.last();
  expect(await laidOut(last)).toBe(false);
  // Still in the page for assistive technology and find-in-page, and laid out once the reader comes to it.
  await expect(last.getByRole("heading", { level: 2 })).toHaveCount(1);
  await bringOnScreen(last);
  expect(await laidOut(last)).toBe(true);
});

test("a period's page lays out every section at once", async ({ page }) => {
  await page.goto("/periods/2023-h1/");
  const headings = page.locator("main section h2");
  expect(await headings.count()).toBeGreaterThan(1);
  for (const heading of await headings.all())
    expect(await heading.evaluate((element) => element.checkVisibility({ contentVisibilityAuto: true }))).toBe(true);
});

test("a link to a later section lands on its heading, and it stays there", async ({ page }) => {
  await page.goto("/#national-security");
  const heading = page.locator("#national-security");
  for (const wait of [0, 500]) {
    await page.waitForTimeout(wait);
    expect(Math.abs((await heading.boundingBox())?.y ?? 100)).toBeLessThan(1);
  }
  expect(await laidOut(page.locator(".report-part", { has: heading }))).toBe(true);
});
