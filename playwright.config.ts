import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

// Parallel runs (helpers, CI shards) pick their own port, output and cache folders.
const port = Number(process.env["E2E_PORT"] ?? 4321);
const outDir = process.env["OUT_DIR"] ?? "dist";
const baseURL = `http://localhost:${port}`;

// Debian's chromium where present, so no browser download is needed; else Playwright's own.
const systemChromium = "/usr/bin/chromium";

export default defineConfig({
  testDir: "tests/e2e",
  reporter: "list",
  workers: 2,
  fullyParallel: true,
  forbidOnly: Boolean(process.env["CI"]),
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    ...devices["Desktop Chrome"],
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      ...(existsSync(systemChromium) ? { executablePath: systemChromium } : {}),
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--disable-sync",
      ],
    },
  },
  projects: [{ name: "chromium" }],
  webServer: {
    // One build, then `astro preview`, which serves dist/ like a static host (see src/integrations/static-host-preview.ts).
    // E2E_BUILT=1 (`npm run test:e2e:built`, used by `npm test`) serves the build already in OUT_DIR instead, so the
    // browser tests and the dist checks test the same build.
    // --ignore-lock: several previews (parallel runs, a developer's own) may run side by side on their own ports.
    command: `${process.env["E2E_BUILT"] === "1" ? "" : "npm run build && "}astro preview --port ${port} --ignore-lock`,
    url: baseURL,
    env: { OUT_DIR: outDir },
    reuseExistingServer: !process.env["CI"],
    timeout: 240_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
