/**
 * `npm run bench`: builds a large synthetic data set and checks the budgets; exits 1 when one fails.
 *
 * 1. Generates 250 countries (every ISO 3166-1 code and XK) × every half-year from 2013-H1 to the latest
 *    that has ended, in all four sections, into BENCH_DATA_DIR (default /tmp/bench-data), deterministic.
 * 2. Times `npm run validate` on it, then `npm run build` from a cold cache (validation included).
 * 3. Builds the floor (bench/floor/, a bare Astro site with as many pages) in the same run and compares
 *    (budgets.ts): build time ≤ 3.0× and peak memory ≤ 2.0× the floor's, and the astro process's main
 *    thread CPU time ≤ 2.0× the floor's whole CPU time. Both build BENCH_RUNS times (default 2) in turn
 *    and the best run of each counts, as other work on the machine only ever slows a build down.
 *    The floor gets the environment `npm run build` gives Astro (scripts/astro-environment.ts); a floor
 *    with Astro's defaults builds in the same turns and is printed for reference, outside the budgets.
 * 4. Growth: the same build with ¼ and ½ of the countries, per page (growth.ts explains why not 2× and 4×).
 * 5. Page sizes per type with the JS (15 kB) and HTML (30 kB) gzip budgets (sizes.ts).
 * 6. Charts' share of the build (charts.ts); PDF, workbook, preview PNG and search index per file, each
 *    with a budget in ms and bytes (downloads.ts, outputs.ts, budgets.ts).
 * 7. Lighthouse on every page template, mobile and desktop (lighthouse.ts).
 * 8. The same for a described report (report.json) in the model's richest shape: every country, every
 *    half-year from 2009-H2, four sections, eight processes (described.ts, described-data.ts).
 */
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { loadDataset } from "../../src/data/load.ts";
import { latestCompletePeriod, periodIndex, periodSlug } from "../../src/data/period.ts";
import { checkRows, failed, fileChecks, floorChecks } from "./budgets.ts";
import { best, type BuildResult, floorBuild, generate, projectBuild, projectOutDir, validate } from "./builds.ts";
import { chartTable } from "./charts.ts";
import { describedBench } from "./described.ts";
import { downloadsTable } from "./downloads.ts";
import { growthTable } from "./growth.ts";
import { lighthouseTable } from "./lighthouse.ts";
import { outputsTable, searchIndexFigures } from "./outputs.ts";
import { dec1, dec2, failures, int, MB, table } from "./report.ts";
import { pageSizes } from "./sizes.ts";

const DATA_DIR = process.env["BENCH_DATA_DIR"] ?? "/tmp/bench-data";
/** Every ISO 3166-1 alpha-2 code and XK: the most countries the data can hold. */
const COUNTRIES = 250;
/** Every half-year the data can hold, from 2013-H1 to the latest that has ended. */
const PERIODS = periodIndex(latestCompletePeriod(new Date())) - periodIndex({ year: 2013, half: 1 }) + 1;

// BENCH_ONLY=fixed or BENCH_ONLY=described runs one report's part while developing; the bench runs both.
const ONLY = process.env["BENCH_ONLY"];
// The machine is shared, so each build runs RUNS times, interleaved with the floor's, and the best counts.
const RUNS = Number(process.env["BENCH_RUNS"] ?? 2);

async function fixedBench(): Promise<void> {
  console.log(`Generating ${int.format(COUNTRIES)} countries × ${int.format(PERIODS)} periods into ${DATA_DIR} …`);
  generate(DATA_DIR, COUNTRIES, PERIODS);
  const dataset = loadDataset({ dataDir: DATA_DIR });
  const rows = dataset.periods.reduce((n, p) => n + p.rows.length, 0);
  const validated = validate(DATA_DIR);

  console.log(`Building the project (cold cache), then the floor, ${String(RUNS)} times in turn …`);
  const builds: BuildResult[] = [];
  const floors: BuildResult[] = [];
  const bareFloors: BuildResult[] = [];
  for (let i = 0; i < RUNS; i++) {
    builds.push(projectBuild(DATA_DIR, "project"));
    floors.push(floorBuild(builds[0]?.pages ?? 0));
    bareFloors.push(floorBuild(builds[0]?.pages ?? 0, { astroDefaults: true }));
  }
  const build = { ...best(builds), outDir: projectOutDir("project") };
  const floor = best(floors);
  const bareFloor = best(bareFloors);
  const files = readdirSync(build.outDir, { recursive: true, encoding: "utf8" }).filter((f) =>
    statSync(join(build.outDir, f)).isFile(),
  );
  const totalBytes = files.reduce((n, f) => n + statSync(join(build.outDir, f)).size, 0);
  const timeRatio = build.seconds / floor.seconds;
  const memoryRatio = build.peakBytes / floor.peakBytes;

  console.log("\nBuild");
  table([
    ["measure", "value"],
    ["data", `${int.format(dataset.periods.length)} periods, ${int.format(rows)} rows`],
    [
      "validate (npm run validate)",
      `${dec1.format(validated.seconds)} s, ${int.format(rows / validated.seconds)} rows/s`,
    ],
    ["build (npm run build, cold cache, validation included)", `${dec1.format(build.seconds)} s`],
    ["HTML pages", int.format(build.pages)],
    ["pages per second", int.format(build.pages / build.seconds)],
    ["peak memory (largest process, RSS)", Number.isNaN(build.peakBytes) ? "n/a" : MB(build.peakBytes)],
    ["files in output", `${int.format(files.length)} (${int.format(totalBytes / 1e6)} MB)`],
  ]);

  const mainThread = (r: BuildResult) =>
    Number.isNaN(r.mainThreadCpuSeconds) ? "n/a" : `${dec1.format(r.mainThreadCpuSeconds)} s`;
  console.log(
    `Against the floor (bench/floor/: one route, a table of figures, no data layer, the build's environment)`,
  );
  table([
    ["measure", "project", "floor", "ratio"],
    ["HTML pages", int.format(build.pages), int.format(floor.pages), ""],
    ["cold build", `${dec1.format(build.seconds)} s`, `${dec1.format(floor.seconds)} s`, `${dec2.format(timeRatio)}×`],
    [
      "CPU time, user + system, every process (lowest run)",
      `${dec1.format(build.cpuSeconds)} s`,
      `${dec1.format(floor.cpuSeconds)} s`,
      `${dec2.format(build.cpuSeconds / floor.cpuSeconds)}×`,
    ],
    ["CPU time of the astro process's main thread (lowest run)", mainThread(build), mainThread(floor), ""],
    ["peak memory (lowest run)", MB(build.peakBytes), MB(floor.peakBytes), `${dec2.format(memoryRatio)}×`],
  ]);
  const buildChecks = floorChecks(build, floor);
  table(checkRows(buildChecks));
  failures.push(...failed(buildChecks));
  console.log("The floor above runs in the build's environment (scripts/astro-environment.ts). With Astro's defaults:");
  table([
    ["measure", "floor, Astro's defaults", "project against it"],
    ["cold build", `${dec1.format(bareFloor.seconds)} s`, `${dec2.format(build.seconds / bareFloor.seconds)}×`],
    ["peak memory (lowest run)", MB(bareFloor.peakBytes), `${dec2.format(build.peakBytes / bareFloor.peakBytes)}×`],
  ]);
  if (floor.pages !== build.pages)
    failures.push(`Floor: ${int.format(floor.pages)} pages, the project ${int.format(build.pages)}`);

  const htmlFiles = files.filter((f) => f.endsWith(".html"));
  await pageSizes(build.outDir, htmlFiles);
  if (process.env["BENCH_SKIP_GROWTH"] !== "1") growthTable(DATA_DIR, COUNTRIES, PERIODS, RUNS, build);
  chartTable(dataset, build.seconds);
  const made = await downloadsTable(dataset);
  outputsTable(build); // XLSX, preview PNG and search index: bytes and time in the build
  const perFile = fileChecks({
    PDF: { ms: made.pdfCpuMsPerReport, bytes: made.pdfBytes.max },
    workbook: { ms: made.workbooks.cpuMsPerFile, bytes: made.workbooks.bytesMax },
    "preview PNG": { ms: made.previews.cpuMsPerFile, bytes: made.previews.bytesMax },
    "search index": await searchIndexFigures(build.outDir, dataset.site.language),
  });
  console.log(
    "Heavy outputs, per file (PDF, workbook, PNG: mean CPU time of one, largest file; search index: made again alone, wall time, all its files)",
  );
  table(checkRows(perFile));
  failures.push(...failed(perFile));

  const latest = dataset.periods.at(-1);
  const slug = latest ? periodSlug(latest.period) : "";
  const country = (latest?.rows[0]?.countryCode ?? "de").toLowerCase();
  await lighthouseTable(
    [
      ["overview", "/"],
      ["period", `/periods/${slug}/`],
      ["country", `/countries/${country}/`],
      ["country × period", `/countries/${country}/${slug}/`],
      ["periods", "/periods/"],
      // A section's history on its own page, for a section of counts and for bands (one template, two kinds).
      ["section history", "/periods/emergency/"],
      ["section history, bands", "/periods/national-security/"],
      ["countries", "/countries/"],
      ["FAQ", "/faq/"],
      ["definitions", "/definitions/"],
      ["downloads", "/downloads/"],
      ["corrections", "/corrections/"],
      ["search", "/search/"],
      // The page every unknown address shows; fetched by its own name, as Lighthouse stops at a 404 status.
      ["404", "/404.html"],
    ],
    { OUT_DIR: build.outDir, DATA_DIR },
  );
}

if (ONLY !== "described") await fixedBench();
if (ONLY !== "fixed") await describedBench(DATA_DIR, RUNS);

if (failures.length > 0) {
  for (const f of failures.slice(0, 30)) console.error(`✗ ${f}`);
  if (failures.length > 30) console.error(`… and ${int.format(failures.length - 30)} more`);
  console.error(`\n✗ ${int.format(failures.length)} budget failures.`);
  process.exit(1);
}
console.log(
  "✓ Every budget is met, for both reports: floor ratios, the main thread, each heavy output, JS and HTML per page, charts' share, Lighthouse.",
);
