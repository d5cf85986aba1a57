import { describe, expect, it } from "vitest";
import { checkLinks } from "../../../scripts/check-links.ts";
import { checkParse } from "../../../scripts/check-parse.ts";
import { compareTrees } from "../../../scripts/check-reproducible.ts";
import { useTempTrees } from "./temp-tree.ts";

const tree = useTempTrees("dist-check-");

describe("the link check", () => {
  const site = {
    "index.html": `<a href="/a/#top">a</a><a href="a/">rel</a><link rel="canonical" href="https://x.example/"><a href="https://other.example/nope">out</a><img src="/i.svg" alt="">`,
    "a/index.html": `<h1 id="top">A</h1><a href="#top">up</a><a href="../">home</a><form action="/a/"></form>`,
    "i.svg": "<svg></svg>",
    "s.css": "body{background:url(/i.svg)}",
    "sitemap-0.xml": "<urlset><url><loc>https://x.example/a/</loc></url></urlset>",
  };

  it("accepts files, directory indexes, fragments, CSS urls, the sitemap and the site's own origin", () => {
    const { broken, pages, links } = checkLinks(tree(site), "https://x.example");
    expect(broken).toEqual([]);
    expect(pages).toBe(2);
    expect(links).toBe(10);
  });

  it("reports missing files, missing ids, missing trailing slashes and empty links", () => {
    const root = tree({
      ...site,
      "b.html": `<a href="/a/#nope">1</a><a href="/gone/">2</a><a href="/a">3</a><a href="">4</a><a href="https://x.example/zz/">5</a>`,
    });
    const reasons = checkLinks(root, "https://x.example").broken.map((b) => `${b.link} → ${b.reason}`);
    expect(reasons).toEqual([
      '/a/#nope → no id="nope" on /a/',
      "/gone/ → no file at /gone/",
      "/a → no file at /a (add the trailing slash)",
      " → empty link",
      "https://x.example/zz/ → no file at /zz/",
    ]);
  });
});

describe("the parse check", () => {
  const good = {
    "feed.xml": `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>T</title><item><description>Fixed.</description></item></channel></rss>`,
    "sitemap-0.xml": `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://x.example/</loc></url></urlset>`,
    "i.svg": `<svg xmlns="http://www.w3.org/2000/svg"><title>A &amp; B</title></svg>`,
    "data/p.json": `{"a":[1,2]}`,
    "manifest.webmanifest": `{"name":"x"}`,
    "index.html": "<p>not checked here<br></p>",
  };

  it("parses every XML, SVG, JSON and web-manifest file and skips the rest", () => {
    expect(checkParse(tree(good))).toEqual({ unparsable: [], checked: 5 });
  });

  it("reports a control character in the feed, an undeclared prefix, a stray & and broken JSON", () => {
    const root = tree({
      ...good,
      // A vertical tab, what Word writes for a manual line break, once reached the feed from a correction note.
      "feed.xml": `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>T</title><item><description>Line\u000bbreak</description></item></channel></rss>`,
      "sitemap-0.xml": `<urlset><x:url/></urlset>`,
      "i.svg": `<svg xmlns="http://www.w3.org/2000/svg"><title>A & B</title></svg>`,
      "data/p.json": `{"a":[1,2],}`,
      // A raw NUL inside a JSON string (a template literal's \u0000 is the character itself).
      "manifest.webmanifest": `{"name":"x\u0000"}`,
    });
    const { unparsable, checked } = checkParse(root);
    expect(checked).toBe(5);
    expect(unparsable.map((u) => u.file)).toEqual([
      "data/p.json",
      "feed.xml",
      "i.svg",
      "manifest.webmanifest",
      "sitemap-0.xml",
    ]);
    expect(unparsable.find((u) => u.file === "feed.xml")?.reason).toMatch(/disallowed character/);
  });
});

describe("the reproducibility comparison", () => {
  it("finds files that differ or exist in one tree only", () => {
    const a = tree({ "x.html": "1", "same.js": "s", "only-a.txt": "" });
    const b = tree({ "x.html": "2", "same.js": "s", "dir/only-b.txt": "" });
    expect(compareTrees(a, b)).toEqual({
      onlyInFirst: ["only-a.txt"],
      onlyInSecond: ["dir/only-b.txt"],
      different: ["x.html"],
      same: 1,
    });
  });
});
