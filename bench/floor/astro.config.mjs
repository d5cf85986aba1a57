// @ts-check
// The bench's floor: a bare Astro site with one dynamic route and no data layer (see scripts/bench/builds.ts).
import { defineConfig } from "astro/config";

export default defineConfig({
  outDir: process.env.OUT_DIR ?? "dist",
  cacheDir: process.env.ASTRO_CACHE_DIR ?? "./node_modules/.astro",
  trailingSlash: "always",
  build: { format: "directory" },
  devToolbar: { enabled: false },
});
