import { expect, test } from "./fixtures.ts";
import { useEverything } from "./journeys.ts";

/**
 * Only network requests count: data: and blob: stay in the page, and chrome:// or
 * chrome-extension:// are the browser's own (its PDF viewer opens a download that way).
 */
const isNetwork = (url: string) => /^(https?|wss?):/.test(url);

test("browsing every journey requests nothing from any other origin", async ({ page, context, baseURL }) => {
  const origin = new URL(baseURL ?? "http://localhost").origin;
  const requested = new Set<string>();
  context.on("request", (req) => requested.add(req.url()));
  await useEverything(page);
  const urls = [...requested];
  const foreign = urls.filter((u) => isNetwork(u) && new URL(u).origin !== origin);
  expect(urls.length).toBeGreaterThan(10);
  expect(foreign).toEqual([]);
});

test("pages without JavaScript request nothing from any other origin either", async ({ noJsPage, baseURL }) => {
  const origin = new URL(baseURL ?? "http://localhost").origin;
  const foreign: string[] = [];
  noJsPage.on("request", (req) => {
    if (isNetwork(req.url()) && new URL(req.url()).origin !== origin) foreign.push(req.url());
  });
  for (const path of ["/", "/countries/", "/periods/", "/countries/de/"]) await noJsPage.goto(path);
  expect(foreign).toEqual([]);
});
