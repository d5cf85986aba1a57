/**
 * Lighthouse (performance and accessibility, mobile and desktop presets) over `astro preview` of the
 * bench build. Budgets: accessibility 100 (its audits do not depend on timing, so a lower score is a real
 * regression) and performance ≥ 95: the goal is 100, but the score moves by up to ±5 between runs on a
 * shared machine, so a hard 100 would fail on noise; anything under 95 is more than noise.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { env, failures, int, table } from "./report.ts";

export const BUDGET_PERFORMANCE = 95;
export const BUDGET_ACCESSIBILITY = 100;
const CHROME = process.env["CHROME_PATH"] ?? "/usr/bin/chromium";
const PRESETS = ["mobile", "desktop"] as const;

interface LighthouseReport {
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { numericValue?: number }>;
}

async function waitFor(url: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error("the preview server exited");
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer`);
}

/** One Lighthouse run; Chromium now and then fails to record the trace (NO_NAVSTART), so it tries twice. */
function lighthouse(url: string, preset: (typeof PRESETS)[number]): LighthouseReport | null {
  const args = [
    url,
    "--output=json",
    "--quiet",
    "--only-categories=performance,accessibility",
    "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-dev-shm-usage",
    ...(preset === "desktop" ? ["--preset=desktop"] : []),
  ];
  for (let attempt = 1; attempt <= 2; attempt++) {
    const lh = spawnSync("lighthouse", args, {
      env: { ...env, CHROME_PATH: CHROME },
      encoding: "utf8",
      maxBuffer: 1 << 28,
    });
    if (lh.status === 0) return JSON.parse(lh.stdout) as LighthouseReport;
    if (attempt === 2) console.error(lh.stderr.slice(-2000));
  }
  return null;
}

/** Scores every target with both presets, prints the table and records scores under budget. */
export async function lighthouseTable(targets: [name: string, path: string][], previewEnv: Record<string, string>) {
  if (!existsSync(CHROME) || process.env["BENCH_SKIP_LIGHTHOUSE"] === "1") {
    console.log(`Lighthouse skipped (no ${CHROME}, or BENCH_SKIP_LIGHTHOUSE=1).\n`);
    return;
  }
  const port = String(Number(process.env["BENCH_PORT"] ?? 4399));
  const preview = spawn("astro", ["preview", "--port", port, "--ignore-lock"], {
    env: { ...env, ...previewEnv },
    stdio: "ignore",
  });
  const rows: string[][] = [];
  try {
    const base = `http://localhost:${port}`;
    await waitFor(`${base}/`, preview);
    for (const [name, path] of targets) {
      for (const preset of PRESETS) {
        const report = lighthouse(`${base}${path}`, preset);
        const label = `${name} (${path})`;
        if (!report) {
          rows.push([label, preset, "failed", "failed", "", ""]);
          failures.push(`Lighthouse: ${label} ${preset} did not run`);
          continue;
        }
        const score = (c: string) => Math.round((report.categories[c]?.score ?? 0) * 100);
        const ms = (a: string) => `${int.format(report.audits[a]?.numericValue ?? NaN)} ms`;
        const [perf, a11y] = [score("performance"), score("accessibility")];
        if (perf < BUDGET_PERFORMANCE)
          failures.push(`Lighthouse: ${label} ${preset} performance ${perf} (budget ≥ 95)`);
        if (a11y < BUDGET_ACCESSIBILITY)
          failures.push(`Lighthouse: ${label} ${preset} accessibility ${a11y} (budget 100)`);
        rows.push([
          label,
          preset,
          String(perf),
          String(a11y),
          ms("first-contentful-paint"),
          ms("largest-contentful-paint"),
        ]);
      }
    }
  } finally {
    preview.kill();
  }
  console.log(`Lighthouse (budgets: performance ≥ ${BUDGET_PERFORMANCE}, accessibility ${BUDGET_ACCESSIBILITY})`);
  table([["page", "preset", "performance", "accessibility", "FCP", "LCP"], ...rows]);
}
