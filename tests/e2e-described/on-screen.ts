import { expect, type Locator } from "@playwright/test";

/**
 * Brings `target` on screen and waits until it is laid out. A section below the overview's first is laid out
 * only as it nears the screen (src/styles/report-parts.css), and text that is not laid out has no inner text;
 * scrolling makes it relevant, and the browser renders it on its next frame, which this waits for.
 */
export async function bringOnScreen(target: Locator): Promise<void> {
  await target.scrollIntoViewIfNeeded();
  await expect
    .poll(() => target.evaluate((element) => element.checkVisibility({ contentVisibilityAuto: true })))
    .toBe(true);
}
