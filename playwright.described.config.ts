import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

/**
 * Browser tests of a described report (data/report.json): tests/fixtures/report/valid built into its own
 * folder by `npm run test:described`, served on its own port, so they run beside the fixed layout's suite.
 */
const port = Number(process.env["E2E_DESCRIBED_PORT"] ?? 4331);
const outDir = process.env["DESCRIBED_OUT_DIR"] ?? "dist-described";
const systemChromium = "/usr/bin/chromium";

export default defineConfig({
  testDir: "tests/e2e-described",
  reporter: "list",
  workers: 2,
  fullyParallel: true,
  forbidOnly: Boolean(process.env["CI"]),
  retries: 0,
  timeout: 60_000,
  use: {
    ...devices["Desktop Chrome"],
    baseURL: `http://localhost:${port}`,
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
    command: `astro preview --port ${port} --ignore-lock`,
    url: `http://localhost:${port}`,
    env: { OUT_DIR: outDir, DATA_DIR: "tests/fixtures/report/valid" },
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
