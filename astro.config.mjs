// @ts-check
import { existsSync, readFileSync } from "node:fs";
import { defineConfig } from "astro/config";
import sitemap from "@astrojs/sitemap";
import { sitemapLastmod } from "./src/integrations/sitemap-lastmod.ts";
import { reportSitemapLastmod } from "./src/integrations/report-sitemap-lastmod.ts";
import staticHostPreview from "./src/integrations/static-host-preview.ts";
import { DESCRIBED_REPORT, searchIndex } from "./src/integrations/search-index.ts";
import { buildWorker } from "./src/integrations/build-worker.ts";
import { cspDigestMemo } from "./src/integrations/csp-digest-memo.ts";

const dataDir = process.env.DATA_DIR ?? "data";
const serverDir = process.env.ASTRO_SERVER_DIR;

/**
 * data/site.json, read once for the site URL and the search index's language; validation (which runs
 * beside the build and refuses credentials and paths) reports a bad file, so fall back quietly here.
 * A UTF-8 BOM is allowed.
 */
function siteJson() {
  try {
    return JSON.parse(readFileSync(`${dataDir}/site.json`, "utf8").replace(/^\uFEFF/, ""));
  } catch {
    return {};
  }
}
const site = siteJson();

/**
 * A data folder with report.json (docs/report-model.md) is built from src/described/, whose pages read the
 * report model; without it, src/ builds the fixed layout exactly as before. The build's worker makes either
 * one's PDFs, workbooks and previews (src/downloads/background/worker.ts reads the model when report.json is
 * there); the sitemap's dates (report-sitemap-lastmod.ts) and the search index read the model too.
 */
const described = existsSync(`${dataDir}/report.json`);

export default defineConfig({
  site: site.siteUrl,
  outDir: process.env.OUT_DIR ?? "dist",
  // Separate caches let several builds (tests, benchmarks) run side by side.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? "./node_modules/.astro",
  ...(described ? { srcDir: "./src/described" } : {}),
  trailingSlash: "always",
  // server: where Astro puts the pages' code while it renders them (`.prerender/` under it, deleted after).
  // `npm run build` gives each build its own, beside its output folder (scripts/build.ts says why).
  build: { format: "directory", inlineStylesheets: "never", ...(serverDir ? { server: serverDir } : {}) },
  security: {
    // Astro adds script-src and style-src with hashes. The rest locks every other fetch to this origin even
    // where a host sends no headers; public/_headers adds what a meta policy cannot carry (frame-ancestors).
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  // sitemapLastmod: each page's lastmod is the release or correction date of the figures it shows.
  // staticHostPreview: `astro preview` applies _redirects and _headers like the host does; the build stays static.
  // It also tells Astro to keep to build.server when it is set.
  // searchIndex: the Pagefind index of the built pages, written while Astro finishes.
  // buildWorker: PDFs, workbooks and preview images made on a second thread from the start of a build.
  // cspDigestMemo: each distinct script's or style's CSP hash worked out once per build, not once per page.
  integrations: described
    ? [
        cspDigestMemo(),
        sitemap({ serialize: reportSitemapLastmod(dataDir) }),
        staticHostPreview({ ownServerDir: serverDir !== undefined }),
        searchIndex(site.language ?? "en", DESCRIBED_REPORT),
        buildWorker(dataDir),
      ]
    : [
        cspDigestMemo(),
        sitemap({ serialize: sitemapLastmod(dataDir) }),
        staticHostPreview({ ownServerDir: serverDir !== undefined }),
        searchIndex(site.language ?? "en"),
        buildWorker(dataDir, process.env.DATA_PATHS_ROOT),
      ],
  // The FAQ has no code blocks, and Shiki's inline styles would not pass the style-src policy.
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
  // One stylesheet for the whole site, a few kB: a phone then waits for one render-blocking request
  // instead of five or six small ones, and every later page finds it in the cache.
  // A described report's scripts are always files of their own (none inline, even with a hash); the fixed
  // layout keeps the build it has.
  vite: { build: { cssCodeSplit: false, ...(described ? { assetsInlineLimit: 0 } : {}) } },
});
