/**
 * The shared Playwright `test` for every browser spec: the validated dataset (so
 * tests compute the figures they expect instead of hard-coding them), a page with
 * JavaScript off, and a recorder for console errors and CSP violations.
 */
import { test as base, expect, type Page } from "@playwright/test";
import type { Dataset } from "../../src/data/dataset.ts";
import { loadDataset } from "../../src/data/load.ts";

export { expect };

/**
 * Where a view's law-enforcement figures are: its own section and, on period and country × period views, the
 * block of its headline figures that opens the view, when the report has several sections; else the whole view
 * (a requests-only data folder has no section frames). Other sections have the same kinds of figures and charts.
 */
export const LAW = ":is(#law-enforcement, [data-lead='law-enforcement'], report-view:not(:has(#law-enforcement)))";

/** What the page reported that should never happen: console errors, uncaught exceptions, CSP violations. */
export interface PageProblems {
  consoleErrors: string[];
  pageErrors: string[];
  /** `securitypolicyviolation` events from every document the page showed. */
  cspViolations: string[];
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
    __reportCspViolation?: (text: string) => Promise<void>;
  }
}

/**
 * Reports CSP violations to `sink` from every document, before any of the
 * site's own scripts run. Playwright's init scripts and bindings are not
 * governed by the page's CSP, so the recorder itself causes no violation.
 */
export async function recordCspViolations(page: Page, sink: string[]): Promise<void> {
  await page.exposeFunction("__reportCspViolation", (text: string) => {
    sink.push(text);
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      const where = `${e.sourceFile || location.href}:${String(e.lineNumber)}`;
      void window.__reportCspViolation?.(`${e.effectiveDirective} blocked ${e.blockedURI || "inline"} at ${where}`);
    });
  });
}

/** Collects the problems of one page; call before the first `goto`. */
export async function watchProblems(page: Page): Promise<PageProblems> {
  const problems: PageProblems = { consoleErrors: [], pageErrors: [], cspViolations: [] };
  // Chromium also reports CSP violations on the console, so they show up here as well.
  page.on("console", (msg) => {
    if (msg.type() === "error") problems.consoleErrors.push(`${msg.text()} @ ${msg.location().url}`);
  });
  page.on("pageerror", (err) => problems.pageErrors.push(err.message));
  await recordCspViolations(page, problems.cspViolations);
  return problems;
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
