import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkFeed } from "../../../scripts/check-feed.ts";
import { useTempTrees } from "./temp-tree.ts";

const tree = useTempTrees("feed-check-");

const site = "https://x.example";
function item(link: string, date: string): string {
  return `<item><title>t</title><link>${site}${link}</link><pubDate>${new Date(`${date}T00:00:00Z`).toUTCString()}</pubDate></item>`;
}
function sitemap(entries: Record<string, string>): string {
  return `<urlset>${Object.entries(entries)
    .map(([path, day]) => `<url><loc>${site}${path}</loc><lastmod>${day}T00:00:00.000Z</lastmod></url>`)
    .join("")}</urlset>`;
}

const data = {
  "data/releases.csv": "period,published\n2026-H1,2026-08-07\n2025-H2,2026-02-10\n",
  "data/corrections.csv": 'date,period,country_code,note\n2026-09-12,2026-H1,BR,"Fixed."\n',
};
const built = {
  "dist/periods/2026-h1/index.html": "<h1>2026-H1</h1>",
  "dist/periods/2025-h2/index.html": "<h1>2025-H2</h1>",
  "dist/corrections/index.html": '<ol><li id="c-br"><time datetime="2026-09-12">12 September 2026</time></li></ol>',
  "dist/sitemap-0.xml": sitemap({ "/countries/br/2026-h1/": "2026-09-12", "/periods/2026-h1/": "2026-09-12" }),
};
const feed = (...items: string[]) => `<rss><channel><title>f</title>${items.join("")}</channel></rss>`;
const goodFeed = feed(
  item("/corrections/#c-br", "2026-09-12"),
  item("/periods/2026-h1/", "2026-08-07"),
  item("/periods/2025-h2/", "2026-02-10"),
);

function run(files: Record<string, string>) {
  const root = tree(files);
  return checkFeed(join(root, "dist"), join(root, "data"));
}

describe("the feed check", () => {
  it("accepts undated period entries without releases.csv, and refuses a date it would have made up", () => {
    const undated = (link: string) => `<item><title>t</title><link>${site}${link}</link></item>`;
    const noReleases = { "data/corrections.csv": data["data/corrections.csv"], ...built };
    const good = feed(
      item("/corrections/#c-br", "2026-09-12"),
      undated("/periods/2026-h1/"),
      undated("/periods/2025-h2/"),
    );
    expect(run({ ...noReleases, "dist/feed.xml": good }).problems).toEqual([]);
    const invented = feed(item("/corrections/#c-br", "2026-09-12"), item("/periods/2026-h1/", "2026-07-01"));
    expect(run({ ...noReleases, "dist/feed.xml": invented }).problems).toEqual([
      `${site}/periods/2026-h1/: dated 2026-07-01, but releases.csv gives no publication date for it`,
    ]);
  });

  it("accepts one entry per release and per correction, dated and linked right", () => {
    expect(run({ ...data, ...built, "dist/feed.xml": goodFeed })).toEqual({ problems: [], entries: 3 });
  });

  it("reports a period entry with the wrong date, a missing correction entry and an unknown entry", () => {
    const { problems } = run({
      ...data,
      ...built,
      "dist/feed.xml": feed(
        item("/periods/2026-h1/", "2026-08-08"),
        item("/periods/2025-h2/", "2026-02-10"),
        item("/periods/2024-h1/", "2024-08-01"),
      ),
    });
    expect(problems).toEqual([
      `${site}/periods/2026-h1/: dated 2026-08-08, but 2026-H1 was published 2026-08-07`,
      "corrections.csv 2026-09-12 2026-H1 BR: no feed entry of that date linking to a note of that date",
      `${site}/periods/2024-h1/: no built page at /periods/2024-h1/`,
      `${site}/periods/2024-h1/: a feed entry for no release and no correction`,
    ]);
  });

  it("reports a correction entry whose note is missing or carries another date", () => {
    const { problems } = run({
      ...data,
      ...built,
      "dist/corrections/index.html": '<li id="c-br"><time datetime="2026-09-11">11 September 2026</time></li>',
      "dist/feed.xml": goodFeed,
    });
    expect(problems[0]).toBe(
      "corrections.csv 2026-09-12 2026-H1 BR: no feed entry of that date linking to a note of that date",
    );
  });

  it("reports a corrected page whose sitemap lastmod is its release day", () => {
    const { problems } = run({
      ...data,
      ...built,
      "dist/sitemap-0.xml": sitemap({ "/countries/br/2026-h1/": "2026-08-07" }),
      "dist/feed.xml": goodFeed,
    });
    expect(problems).toEqual([
      "sitemap: /countries/br/2026-h1/ has lastmod 2026-08-07, expected 2026-09-12 (corrected 2026-09-12)",
    ]);
  });
});
