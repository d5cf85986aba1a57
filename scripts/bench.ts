/**
 * `npm run bench`: builds the large synthetic data set and checks the budgets.
 *
 * 1. Generates 200 countries × 26 periods into /tmp/bench-data (deterministic).
 * 2. Times `npm run validate` on it (rows per second).
 * 3. Builds it from a cold cache into bench-out/dist: wall time, pages per second, peak memory.
 * 4. Per page type: median and maximum gzip bytes of the HTML, of the JavaScript a page loads
 *    (its module scripts and everything they import statically) and of its CSS. Budgets: at most
 *    30 kB gzip of JavaScript and 30 kB gzip of HTML on every page; the bench exits 1 if one fails.
 * 5. Times the PDF report of each period, when the downloads module is there.
 * 6. Lighthouse (Chromium) on the overview and a country × period page, served by `astro preview`.
 *
 * bench-out/ is inside the project on purpose: for an outDir outside it Astro stages files in
 * ./.astro/, which other builds share.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync, rmSync, statSync } from "node:fs";
import { join, posix } from "node:path";
import { walkFiles } from "../src/data/files.ts";
import { gzipSync } from "node:zlib";
import { init, parse, type Import } from "es-module-lexer";
import { Parser } from "htmlparser2";
import { loadDataset } from "../src/data/load.ts";
import { periodSlug } from "../src/data/period.ts";
import { chartCost } from "./bench-charts.ts";

const DATA_DIR = process.env["BENCH_DATA_DIR"] ?? "/tmp/bench-data";
const COUNTRIES = 200;
const PERIODS = 26;
const OUT = "bench-out/dist";
const CACHE = "bench-out/cache";
const PORT = Number(process.env["BENCH_PORT"] ?? 4399);
const BUDGET_JS = 30_000;
const BUDGET_HTML = 30_000;
const CHROME = process.env["CHROME_PATH"] ?? "/usr/bin/chromium";

const int = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
const dec1 = new Intl.NumberFormat("en-US", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const kB = (bytes: number) => `${dec1.format(bytes / 1000)} kB`;
const env = { ...process.env, PATH: `${join(process.cwd(), "node_modules/.bin")}:${process.env["PATH"] ?? ""}` };
const failures: string[] = [];

function table(rows: string[][]): void {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? "").length))) ?? [];
  const line = (r: string[]) =>
    r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join("  ");
  console.log(line(rows[0] ?? []));
  console.log(widths.map((w) => "─".repeat(w)).join("  "));
  for (const r of rows.slice(1)) console.log(line(r));
  console.log();
}

function run(cmd: string, args: string[], extraEnv: Record<string, string> = {}): { seconds: number; stderr: string } {
  const started = performance.now();
  const result = spawnSync(cmd, args, { env: { ...env, ...extraEnv }, encoding: "utf8", maxBuffer: 1 << 28 });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) {
    console.error(result.stdout, result.stderr);
    throw new Error(`${cmd} ${args.join(" ")} failed`);
  }
  return { seconds, stderr: result.stderr };
}

// 1–2. Data and validation.
console.log(`Generating ${int.format(COUNTRIES)} countries × ${int.format(PERIODS)} periods into ${DATA_DIR} …`);
run("node", ["scripts/generate-data.ts", "synthetic", DATA_DIR, String(COUNTRIES), String(PERIODS)]);
const dataset = loadDataset({ dataDir: DATA_DIR });
const rows = dataset.periods.reduce((n, p) => n + p.rows.length, 0);
const validate = run("npm", ["run", "--silent", "validate"], { DATA_DIR });

// 3. Cold build, with peak memory from GNU time where it exists.
console.log("Building (cold cache) …");
rmSync("bench-out", { recursive: true, force: true });
const timeBin = existsSync("/usr/bin/time") ? "/usr/bin/time" : null;
const buildEnv = { DATA_DIR, OUT_DIR: OUT, ASTRO_CACHE_DIR: CACHE };
const build = timeBin
  ? run(timeBin, ["-v", "npm", "run", "--silent", "build"], buildEnv)
  : run("npm", ["run", "--silent", "build"], buildEnv);
const maxRssKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(build.stderr)?.[1] ?? NaN);

// 4. Sizes per page type.
/** Every regular file under `dir` (the one hardened walker, shared with the tests). */
const filesUnder = walkFiles;

function pageType(file: string): string {
  const path = "/" + file.replace(/(^|\/)index\.html$/, "$1");
  if (path === "/") return "overview";
  if (path === "/404.html") return "404";
  if (path === "/periods/" || path === "/countries/") return "index pages";
  if (/^\/periods\/[^/]+\/$/.test(path)) return "period";
  if (/^\/countries\/[^/]+\/$/.test(path)) return "country";
  if (/^\/countries\/[^/]+\/[^/]+\/$/.test(path)) return "country × period";
  if (path.startsWith("/faq/")) return "faq";
  if (path.startsWith("/downloads/")) return "downloads";
  if (path === "/definitions/") return "definitions";
  if (path === "/view/") return "view (no-JS filter)";
  return "other";
}

await init();
const gz = new Map<string, number>();
const gzipOf = (file: string) => {
  let size = gz.get(file);
  if (size === undefined) {
    size = gzipSync(readFileSync(join(OUT, file))).byteLength;
    gz.set(file, size);
  }
  return size;
};

/** Static imports and re-exports load with the page; dynamic imports load later, on demand. */
const loadsAtOnce = (i: Import) => i.type === "static" || i.type === "reexport-star";

/** A module and every module it imports statically, as paths inside OUT. */
const graph = new Map<string, string[]>();
function staticImports(file: string): string[] {
  let deps = graph.get(file);
  if (!deps) {
    const [imports] = parse(readFileSync(join(OUT, file), "utf8"));
    deps = imports
      .filter(loadsAtOnce)
      .map((i) => resolveAsset(i.specifier ?? "", file))
      .filter((f): f is string => f !== null);
    graph.set(file, deps);
  }
  return deps;
}
function resolveAsset(spec: string, from: string): string | null {
  if (/^[a-z]+:/i.test(spec)) return null;
  const path = spec.startsWith("/") ? spec.slice(1) : posix.join(posix.dirname(from), spec);
  return existsSync(join(OUT, path)) ? path : null;
}
function moduleClosure(entries: string[]): Set<string> {
  const seen = new Set<string>();
  const stack = [...entries];
  while (stack.length > 0) {
    const f = stack.pop() ?? "";
    if (seen.has(f)) continue;
    seen.add(f);
    stack.push(...staticImports(f));
  }
  return seen;
}

interface PageSizes {
  html: number;
  js: number;
  css: number;
}
const byType = new Map<string, PageSizes[]>();
const htmlFiles = filesUnder(OUT).filter((f) => f.endsWith(".html"));
for (const file of htmlFiles) {
  const scripts: string[] = [];
  const inline: string[] = [];
  const styles: string[] = [];
  let inScript = false;
  let text = "";
  const parser = new Parser({
    onopentag(name, a) {
      if (name === "script") {
        if (a["src"]) {
          const f = resolveAsset(a["src"], file);
          if (f) scripts.push(f);
        } else if (a["type"] === "module") {
          inScript = true;
          text = "";
        }
      } else if (name === "link" && a["rel"] === "stylesheet" && a["href"]) {
        const f = resolveAsset(a["href"], file);
        if (f) styles.push(f);
      }
    },
    ontext(t) {
      if (inScript) text += t;
    },
    onclosetag(name) {
      if (name === "script" && inScript) {
        inScript = false;
        inline.push(text);
      }
    },
  });
  parser.write(readFileSync(join(OUT, file), "utf8"));
  parser.end();
  const entries = [...scripts];
  let inlineBytes = 0;
  for (const code of inline) {
    inlineBytes += gzipSync(code).byteLength;
    const [imports] = parse(code);
    for (const i of imports) if (loadsAtOnce(i)) entries.push(resolveAsset(i.specifier ?? "", file) ?? "");
  }
  const js = [...moduleClosure(entries.filter(Boolean))].reduce((n, f) => n + gzipOf(f), 0) + inlineBytes;
  const sizes = { html: gzipOf(file), js, css: styles.reduce((n, f) => n + gzipOf(f), 0) };
  const type = pageType(file);
  byType.set(type, [...(byType.get(type) ?? []), sizes]);
  if (sizes.js > BUDGET_JS) failures.push(`JS budget: ${file} loads ${kB(sizes.js)} gzip (budget ${kB(BUDGET_JS)})`);
  if (sizes.html > BUDGET_HTML)
    failures.push(`HTML budget: ${file} is ${kB(sizes.html)} gzip (budget ${kB(BUDGET_HTML)})`);
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
};
const pages = htmlFiles.length;
const allFiles = filesUnder(OUT);
const totalBytes = allFiles.reduce((n, f) => n + statSync(join(OUT, f)).size, 0);

console.log("\nBuild");
table([
  ["measure", "value"],
  ["data", `${int.format(dataset.periods.length)} periods, ${int.format(rows)} rows`],
  ["validate (npm run validate)", `${dec1.format(validate.seconds)} s, ${int.format(rows / validate.seconds)} rows/s`],
  ["build (npm run build, cold cache)", `${dec1.format(build.seconds)} s`],
  ["HTML pages", int.format(pages)],
  ["pages per second", int.format(pages / build.seconds)],
  ["peak memory (largest process, RSS)", Number.isNaN(maxRssKb) ? "n/a" : `${int.format(maxRssKb / 1024)} MB`],
  ["files in output", `${int.format(allFiles.length)} (${int.format(totalBytes / 1e6)} MB)`],
]);

const ORDER = [
  "overview",
  "period",
  "country",
  "country × period",
  "index pages",
  "faq",
  "definitions",
  "downloads",
  "view (no-JS filter)",
  "404",
  "other",
];
console.log(`Sizes per page type (gzip; budgets: JS ≤ ${kB(BUDGET_JS)}, HTML ≤ ${kB(BUDGET_HTML)} per page)`);
table([
  ["page type", "pages", "HTML median", "HTML max", "JS median", "JS max", "CSS median", "CSS max"],
  ...ORDER.filter((t) => byType.has(t)).map((t) => {
    const list = byType.get(t) ?? [];
    const col = (k: keyof PageSizes) => list.map((s) => s[k]);
    return [
      t,
      int.format(list.length),
      kB(median(col("html"))),
      kB(Math.max(...col("html"))),
      kB(median(col("js"))),
      kB(Math.max(...col("js"))),
      kB(median(col("css"))),
      kB(Math.max(...col("css"))),
    ];
  }),
]);

// Charts are drawn at build time; their share of the build must stay under 20%.
const BUDGET_CHART_SHARE = 0.2;
const charts = chartCost(dataset);
const chartShare = charts.seconds / build.seconds;
console.log("Charts drawn at build time");
table([
  ["measure", "value"],
  ["charts rendered and serialised", int.format(charts.charts)],
  ["time on one core", `${dec1.format(charts.seconds)} s`],
  ["share of the build time (budget ≤ 20%)", `${dec1.format(chartShare * 100)}%`],
  ["SVG and markup written (uncompressed)", `${int.format(charts.bytes / 1e6)} MB`],
]);
if (chartShare > BUDGET_CHART_SHARE) {
  failures.push(`Chart budget: drawing charts took ${dec1.format(chartShare * 100)}% of the build (budget 20%)`);
}

// 5. PDF reports, from the downloads module (src/downloads/stats.ts).
const statsModule = "../src/downloads/stats.ts";
if (existsSync(new URL(statsModule, import.meta.url))) {
  const { downloadStats } = (await import(statsModule)) as typeof import("../src/downloads/stats.ts");
  const s = await downloadStats(dataset);
  console.log("Downloads");
  table([
    ["measure", "value"],
    ["PDF reports", int.format(s.reports)],
    [
      "PDF wall time per report (mean / slowest)",
      `${int.format(s.pdfMsPerReport)} ms / ${int.format(s.pdfMsSlowest)} ms`,
    ],
    ["PDF CPU time per report", `${int.format(s.pdfCpuMsPerReport)} ms`],
    ["PDF size (min–max)", `${kB(s.pdfBytes.min)} – ${kB(s.pdfBytes.max)}`],
    ["period CSV size (max)", kB(s.periodCsvBytes.max)],
    ["country CSV size (max)", kB(s.countryCsvBytes.max)],
    ["all periods CSV / JSON", `${kB(s.allPeriodsCsvBytes)} / ${kB(s.allPeriodsJsonBytes)}`],
  ]);
} else {
  // HOOK: time the PDF reports here once src/downloads/stats.ts exists.
  console.log("Downloads: src/downloads/stats.ts not found, PDF timing skipped.\n");
}

// 6. Lighthouse over the preview server.
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

if (existsSync(CHROME) && process.env["BENCH_SKIP_LIGHTHOUSE"] !== "1") {
  const preview = spawn("astro", ["preview", "--port", String(PORT), "--ignore-lock"], {
    env: { ...env, ...buildEnv },
    stdio: "ignore",
  });
  try {
    const base = `http://localhost:${String(PORT)}`;
    await waitFor(`${base}/`, preview);
    const latest = dataset.periods.at(-1);
    const country = latest?.rows[0]?.countryCode.toLowerCase() ?? "de";
    const slug = latest ? periodSlug(latest.period) : "";
    const targets: [string, string][] = [
      ["overview", "/"],
      ["country × period", `/countries/${country}/${slug}/`],
    ];
    const results: string[][] = [];
    for (const [name, path] of targets) {
      for (const preset of ["mobile", "desktop"] as const) {
        const args = [
          `${base}${path}`,
          "--output=json",
          "--quiet",
          "--only-categories=performance,accessibility",
          "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-dev-shm-usage",
          ...(preset === "desktop" ? ["--preset=desktop"] : []),
        ];
        // Chromium now and then fails to record the trace (NO_NAVSTART); one more try settles it.
        let lh = spawnSync("lighthouse", args, {
          env: { ...env, CHROME_PATH: CHROME },
          encoding: "utf8",
          maxBuffer: 1 << 28,
        });
        if (lh.status !== 0)
          lh = spawnSync("lighthouse", args, {
            env: { ...env, CHROME_PATH: CHROME },
            encoding: "utf8",
            maxBuffer: 1 << 28,
          });
        if (lh.status !== 0) {
          results.push([`${name} (${path})`, preset, "failed", "failed", "", ""]);
          console.error(lh.stderr.slice(-2000));
          continue;
        }
        const report = JSON.parse(lh.stdout) as {
          categories: Record<string, { score: number | null }>;
          audits: Record<string, { numericValue?: number }>;
        };
        const score = (c: string) => int.format((report.categories[c]?.score ?? 0) * 100);
        const ms = (a: string) => `${int.format(report.audits[a]?.numericValue ?? NaN)} ms`;
        results.push([
          `${name} (${path})`,
          preset,
          score("performance"),
          score("accessibility"),
          ms("first-contentful-paint"),
          ms("largest-contentful-paint"),
        ]);
      }
    }
    console.log("Lighthouse");
    table([["page", "preset", "performance", "accessibility", "FCP", "LCP"], ...results]);
  } finally {
    preview.kill();
  }
} else {
  console.log(`Lighthouse skipped (no ${CHROME}, or BENCH_SKIP_LIGHTHOUSE=1).\n`);
}

if (failures.length > 0) {
  for (const f of failures.slice(0, 30)) console.error(`✗ ${f}`);
  if (failures.length > 30) console.error(`… and ${int.format(failures.length - 30)} more`);
  console.error(`\n✗ ${int.format(failures.length)} budget failures.`);
  process.exit(1);
}
console.log("✓ Every page is within the JS and HTML budgets.");
