import { defineConfig } from "@playwright/test";
import base from "./playwright.config.ts";

/**
 * Browser tests of a described report (data/report.json): tests/fixtures/report/valid built into its own
 * folder by `npm run test:described`, served on its own port, so they run beside the fixed layout's suite.
 * Everything else (the browser, its flags, workers, timeouts) is the main suite's configuration.
 */
const port = Number(process.env["E2E_DESCRIBED_PORT"] ?? 4331);
const outDir = process.env["DESCRIBED_OUT_DIR"] ?? "dist-described";

export default defineConfig({
  ...base,
  testDir: "tests/e2e-described",
  use: { ...base.use, baseURL: `http://localhost:${port}`, trace: "off" },
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
