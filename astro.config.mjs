// @ts-check
import { readFileSync } from "node:fs";
import { defineConfig } from "astro/config";
import sitemap from "@astrojs/sitemap";
import { sitemapLastmod } from "./src/integrations/sitemap-lastmod.ts";
import staticHostPreview from "./src/integrations/static-host-preview.ts";

const dataDir = process.env.DATA_DIR ?? "data";

/** The site URL from data/site.json; validation reports a bad file, so fall back quietly here. */
function siteUrl() {
  try {
    return JSON.parse(readFileSync(`${dataDir}/site.json`, "utf8")).siteUrl;
  } catch {
    return undefined;
  }
}

export default defineConfig({
  site: siteUrl(),
  outDir: process.env.OUT_DIR ?? "dist",
  // Separate caches let several builds (tests, benchmarks) run side by side.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? "./node_modules/.astro",
  trailingSlash: "always",
  build: { format: "directory", inlineStylesheets: "never" },
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
  integrations: [sitemap({ serialize: sitemapLastmod(dataDir) }), staticHostPreview()],
  // The FAQ has no code blocks, and Shiki's inline styles would not pass the style-src policy.
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
});
