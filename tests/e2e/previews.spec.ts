import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "./fixtures.ts";

const outDir = process.env["OUT_DIR"] ?? "dist";

test("every built page names an og:image and a twitter card, and the image exists in the build", () => {
  // The webServer has built outDir before any test runs.
  const pages = readdirSync(outDir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(".html") && !e.parentPath.includes("pagefind"))
    .map((e) => join(e.parentPath, e.name));
  expect(pages.length).toBeGreaterThan(100);
  const problems: string[] = [];
  const images = new Set<string>();
  for (const file of pages) {
    const html = readFileSync(file, "utf8");
    const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
    if (!image) {
      problems.push(`${file}: no og:image`);
      continue;
    }
    const path = new URL(image).pathname;
    images.add(path);
    if (!existsSync(join(outDir, path))) problems.push(`${file}: ${path} was not built`);
    for (const tag of [
      'property="og:title"',
      'property="og:description"',
      'name="twitter:card"',
      'property="og:image:alt"',
    ])
      if (!html.includes(tag)) problems.push(`${file}: no ${tag}`);
  }
  expect(problems.slice(0, 20)).toEqual([]);
  // Bounded: country × period pages reuse their country's image.
  expect(images.size).toBeLessThan(pages.length / 5);
});

test("a shared country × period address previews its own figures, never another period's", ({ dataset }) => {
  // Germany, July–December 2019: the page's description is that period's; its card shows no single period.
  const period = dataset.periods.find((p) => p.period.year === 2019 && p.period.half === 2)!;
  const row = period.rows.find((r) => r.countryCode === "DE")!;
  const html = readFileSync(join(outDir, "countries/de/2019-h2/index.html"), "utf8");
  const description = /<meta property="og:description" content="([^"]+)"/.exec(html)?.[1] ?? "";
  expect(description).toContain(`Germany, July–December 2019: ${row.requests.toLocaleString("en")} law-enforcement`);
  const alt = /<meta property="og:image:alt" content="([^"]+)"/.exec(html)?.[1] ?? "";
  expect(alt).toContain("all periods from");
  expect(alt).not.toContain("Latest");
});

test("after the in-place filter, the head shares the new view: canonical link, og tags and description", async ({
  page,
}) => {
  await page.goto("/");
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
  await page.getByLabel("Country or region", { exact: true }).selectOption({ label: "Germany" });
  await page.getByLabel("Period", { exact: true }).selectOption({ label: "Jul–Dec 2019" });
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/\/countries\/de\/2019-h2\/$/);
  // Drawn in place (no page load), and every sharing tag matches the static page at the new address.
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
  const staticHead = readFileSync(join(outDir, "countries/de/2019-h2/index.html"), "utf8");
  const fromStatic = (re: RegExp) => (re.exec(staticHead)?.[1] ?? "").replace(/&#39;/g, "'").replace(/&#34;/g, '"');
  const checks: [string, string, RegExp][] = [
    ['link[rel="canonical"]', "href", /<link rel="canonical" href="([^"]+)"/],
    ['meta[property="og:url"]', "content", /<meta property="og:url" content="([^"]+)"/],
    ['meta[property="og:title"]', "content", /<meta property="og:title" content="([^"]+)"/],
    ['meta[name="description"]', "content", /<meta name="description" content="([^"]+)"/],
    ['meta[property="og:description"]', "content", /<meta property="og:description" content="([^"]+)"/],
    ['meta[property="og:image"]', "content", /<meta property="og:image" content="([^"]+)"/],
    ['meta[property="og:image:alt"]', "content", /<meta property="og:image:alt" content="([^"]+)"/],
  ];
  for (const [selector, attribute, re] of checks) {
    const expected = fromStatic(re);
    expect(expected, selector).not.toBe("");
    await expect(page.locator(selector), selector).toHaveAttribute(attribute, expected);
  }
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/countries\/de\/2019-h2\/$/);
});
