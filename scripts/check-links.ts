/**
 * `node scripts/check-links.ts [dir]`: every internal link in the built site
 * must reach a published file, and every `#fragment` an element with that id on
 * the target page. Checks href, src, srcset, action and SVG hrefs in HTML, url()
 * in CSS, and the sitemap's <loc>s. Links to the site's own origin (canonical,
 * sitemap) count as internal. Exits 1 on any broken link.
 */
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { walkFiles } from "../src/data/files.ts";
import { Parser } from "htmlparser2";

export interface Broken {
  /** The file that links, relative to the checked folder. */
  from: string;
  link: string;
  reason: string;
}

interface Page {
  ids: Set<string>;
  links: string[];
}

const URL_ATTRIBUTES = new Set(["href", "src", "action", "poster", "data", "xlink:href", "formaction"]);

/** Every regular file under `dir` (the one hardened walker, shared with the tests). */
const filesUnder = walkFiles;

function parsePage(html: string): Page {
  const page: Page = { ids: new Set(), links: [] };
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        for (const [key, value] of Object.entries(attrs)) {
          if (key === "id" || (key === "name" && name === "a")) page.ids.add(value);
          else if (URL_ATTRIBUTES.has(key) && !(name === "link" && attrs["rel"] === "preconnect"))
            page.links.push(value);
          else if (key === "srcset" || key === "imagesrcset")
            page.links.push(...value.split(",").map((c) => c.trim().split(/\s+/)[0] ?? ""));
        }
      },
    },
    { decodeEntities: true, lowerCaseAttributeNames: false },
  );
  parser.write(html);
  parser.end();
  return page;
}

/** The published file a site path is served from, or null; `dir/` is `dir/index.html`. */
function fileFor(path: string, files: ReadonlySet<string>): string | null {
  const clean = path.replace(/^\/+/, "");
  if (clean === "" || clean.endsWith("/")) return files.has(`${clean}index.html`) ? `${clean}index.html` : null;
  return files.has(clean) ? clean : null;
}

/** The site path a file is served at. */
function pathOf(file: string): string {
  return "/" + file.replace(/(^|\/)index\.html$/, "$1");
}

export function checkLinks(dir: string, siteOrigin?: string): { broken: Broken[]; pages: number; links: number } {
  const files = new Set(filesUnder(dir));
  const pages = new Map<string, Page>();
  for (const file of files)
    // SVG files are read too (their links and ids): maps point into the shared outline file with <use href="…svg#c-de">.
    if (file.endsWith(".html") || file.endsWith(".svg"))
      pages.set(file, parsePage(readFileSync(join(dir, file), "utf8")));

  const broken: Broken[] = [];
  let count = 0;
  const check = (from: string, link: string) => {
    count++;
    const trimmed = link.trim();
    if (trimmed === "" || trimmed === "#") {
      broken.push({ from, link, reason: "empty link" });
      return;
    }
    let url: URL;
    try {
      url = new URL(trimmed, `http://site.invalid${pathOf(from)}`);
    } catch {
      broken.push({ from, link, reason: "not a URL" });
      return;
    }
    const internal = url.origin === "http://site.invalid" || (siteOrigin !== undefined && url.origin === siteOrigin);
    if (!internal) return;
    const path = decodeURIComponent(url.pathname);
    const target = fileFor(path, files);
    if (!target) {
      const hint = !path.endsWith("/") && fileFor(`${path}/`, files) ? " (add the trailing slash)" : "";
      broken.push({ from, link, reason: `no file at ${path}${hint}` });
      return;
    }
    if (url.hash.length > 1) {
      const id = decodeURIComponent(url.hash.slice(1));
      const page = pages.get(target);
      if (!page) broken.push({ from, link, reason: `#${id} points into ${target}, which is not a page` });
      else if (!page.ids.has(id)) broken.push({ from, link, reason: `no id="${id}" on ${pathOf(target)}` });
    }
  };

  for (const [file, page] of pages) for (const link of page.links) check(file, link);
  for (const file of files) {
    if (file.endsWith(".css")) {
      const css = readFileSync(join(dir, file), "utf8");
      for (const m of css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)) {
        const ref = m[2] ?? "";
        if (!ref.startsWith("data:") && !ref.startsWith("#")) check(file, ref);
      }
    } else if (/^sitemap.*\.xml$/.test(file)) {
      const xml = readFileSync(join(dir, file), "utf8");
      for (const m of xml.matchAll(/<loc>([^<]+)<\/loc>/g)) check(file, m[1] ?? "");
    }
  }
  return { broken, pages: [...pages.keys()].filter((f) => f.endsWith(".html")).length, links: count };
}

function siteOriginOf(dataDir: string): string | undefined {
  try {
    const site = JSON.parse(readFileSync(join(dataDir, "site.json"), "utf8")) as { siteUrl?: string };
    return site.siteUrl ? new URL(site.siteUrl).origin : undefined;
  } catch {
    return undefined;
  }
}

if (process.argv[1]?.endsWith("check-links.ts")) {
  const dir = process.argv[2] ?? process.env["OUT_DIR"] ?? "dist";
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) {
    console.error(`✗ ${dir}/ does not exist; build first.`);
    process.exit(1);
  }
  const started = performance.now();
  const { broken, pages, links } = checkLinks(dir, siteOriginOf(process.env["DATA_DIR"] ?? "data"));
  const n = new Intl.NumberFormat("en-US");
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (broken.length > 0) {
    for (const b of broken.slice(0, 100)) console.error(`${b.from}: ${b.link} → ${b.reason}`);
    if (broken.length > 100) console.error(`… and ${n.format(broken.length - 100)} more`);
    console.error(`\n✗ ${n.format(broken.length)} broken of ${n.format(links)} links in ${n.format(pages)} pages.`);
    process.exit(1);
  }
  console.log(`✓ ${n.format(links)} links in ${n.format(pages)} pages all resolve, fragments included (${seconds} s).`);
}
