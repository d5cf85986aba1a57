import { readFileSync } from "node:fs";
import { walkFiles } from "../../src/data/files.ts";
import { join } from "node:path";
import { expect, test, watchProblems } from "./fixtures.ts";
import { useEverything } from "./journeys.ts";

const outDir = process.env["OUT_DIR"] ?? "dist";

function htmlFiles(dir: string): string[] {
  return walkFiles(dir)
    .filter((file) => file.endsWith(".html"))
    .map((file) => join(dir, file));
}

/** The policy in a page's <meta http-equiv>, as directive name to sources. */
function metaPolicy(html: string): Map<string, string[]> | null {
  const m = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html);
  if (!m?.[1]) return null;
  return new Map(
    m[1]
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name = "", ...sources]) => [name, sources]),
  );
}

test("every built page carries a CSP that allows no inline script or style without a hash", () => {
  // The webServer has built outDir before any test runs.
  const files = htmlFiles(outDir);
  expect(files.length).toBeGreaterThan(10);
  const problems: string[] = [];
  for (const file of files) {
    const html = readFileSync(file, "utf8");
    const policy = metaPolicy(html);
    if (!policy) {
      problems.push(`${file}: no CSP meta`);
      continue;
    }
    for (const directive of ["script-src", "style-src"]) {
      const sources = policy.get(directive);
      if (!sources) problems.push(`${file}: no ${directive}`);
      else if (sources.some((s) => ["'unsafe-inline'", "'unsafe-eval'", "*", "data:", "http:", "https:"].includes(s)))
        problems.push(`${file}: ${directive} ${sources.join(" ")}`);
    }
    if (policy.get("default-src")?.join(" ") !== "'self'") problems.push(`${file}: default-src is not 'self'`);
    if (/\sstyle="/i.test(html)) problems.push(`${file}: inline style attribute`);
    if (/\son[a-z]+="/i.test(html)) problems.push(`${file}: inline event handler`);
  }
  expect(problems.slice(0, 20)).toEqual([]);
});

test("the host headers add frame-ancestors and the other security headers", async ({ request }) => {
  const res = await request.get("/");
  const headers = res.headers();
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  // Scripts and styles are left to the page's hashed meta policy, which would otherwise be overruled.
  expect(headers["content-security-policy"]).not.toMatch(/(script|style|default)-src/);
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["strict-transport-security"]).toMatch(/max-age=\d{8}/);
  const asset = /<script[^>]+src="(\/_astro\/[^"]+)"/.exec(await res.text())?.[1];
  if (asset) expect((await request.get(asset)).headers()["cache-control"]).toContain("immutable");
});

test("using every interactive part raises no CSP violation and no console error", async ({ page }) => {
  const problems = await watchProblems(page);
  await useEverything(page);
  // Give late events (after the last navigation) a moment to arrive.
  await page.waitForTimeout(200);
  expect(problems.cspViolations).toEqual([]);
  // The 404 page's own status shows on the console as a failed resource; everything else must be clean.
  expect(problems.consoleErrors.filter((e) => !/status of 404/.test(e))).toEqual([]);
  expect(problems.pageErrors).toEqual([]);
});

test("the recorder does catch a violation, so a clean run means something", async ({ page }) => {
  const problems = await watchProblems(page);
  await page.goto("/");
  await page.evaluate(() => {
    const s = document.createElement("script");
    s.textContent = "window.inlineRan = true";
    document.body.append(s);
  });
  await expect.poll(() => problems.cspViolations.length).toBeGreaterThan(0);
  expect(problems.cspViolations[0]).toMatch(/^script-src/);
});
