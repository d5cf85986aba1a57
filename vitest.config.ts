/// <reference types="vitest/config" />
import { getViteConfig } from "astro/config";

// Astro's Vite setup, so a test can render an .astro page with the container API (tests/unit/definitions-page.test.ts);
// tests that import plain modules run as before.
export default getViteConfig({
  test: {
    include: ["tests/unit/**/*.test.ts", "src/features/**/*.test.ts"],
    environment: "node",
  },
});
