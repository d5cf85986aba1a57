/**
 * The shared Playwright `test` for every browser spec: the validated dataset (so
 * tests compute the figures they expect instead of hard-coding them), a page with
 * JavaScript off, and a recorder for console errors and CSP violations.
 */
import { test as base, expect, type Page } from "@playwright/test";
import type { Dataset } from "../../src/data/dataset.ts";
import { loadDataset } from "../../src/data/load.ts";

export { expect };

/** What the page reported that should never happen: console errors, uncaught exceptions, CSP violations. */
export interface PageProblems {
  consoleErrors: string[];
  pageErrors: string[];
  /** `securitypolicyviolation` events, read from the page (they only exist in the browser). */
  cspViolations(): Promise<string[]>;
}

interface Fixtures {
  dataset: Dataset;
  noJsPage: Page;
  problems: PageProblems;
}

let cached: Dataset | undefined;
function dataset(): Dataset {
  cached ??= loadDataset({ dataDir: process.env["DATA_DIR"] ?? "data" });
  return cached;
}

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

/**
 * Records CSP violations into `window.__cspViolations` from the first script on
 * every document, before any of the site's own scripts run. The listener is
 * added by Playwright's init script, which CSP does not govern.
 */
export async function recordCspViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) => {
      window.__cspViolations?.push(
        `${e.violatedDirective} blocked ${e.blockedURI || "inline"} (${e.sourceFile}:${e.lineNumber})`,
      );
    });
  });
}

/** Collects the problems of one page; call before the first `goto`. */
export async function watchProblems(page: Page): Promise<PageProblems> {
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];
  // Chromium also reports CSP violations on the console, so they show up here as well.
  page.on("console", (msg) => {
    if (msg.type() === "error") consoleErrors.push(`${msg.text()} @ ${msg.location().url}`);
  });
  page.on("pageerror", (err) => pageErrors.push(err.message));
  await recordCspViolations(page);
  return {
    consoleErrors,
    pageErrors,
    async cspViolations() {
      return page.evaluate(() => window.__cspViolations ?? []).catch(() => []);
    },
  };
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form.
  dataset: async ({}, use) => {
    await use(dataset());
  },
  noJsPage: async ({ browser, baseURL }, use) => {
    const context = await browser.newContext({ javaScriptEnabled: false, ...(baseURL ? { baseURL } : {}) });
    const page = await context.newPage();
    await use(page);
    await context.close();
  },
  problems: async ({ page }, use) => {
    await use(await watchProblems(page));
  },
});
