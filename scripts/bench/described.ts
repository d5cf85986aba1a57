/**
 * The bench's described report (described-data.ts: every country, every half-year from 2009-H2, four
 * sections, eight processes): built from src/described/ with the same budgets against the floor as the
 * fixed-layout report, a growth table, the per-file budgets of whichever heavy outputs the build makes, the
 * page-size budgets, and Lighthouse on every page template src/described/pages/ has.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { latestCompletePeriod, periodIndex } from "../../src/data/period.ts";
import { DESCRIBED_REPORT } from "../../src/integrations/search-index.ts";
import { checkRows, failed, floorChecks, type FileFigures, type HeavyOutput, presentFileChecks } from "./budgets.ts";
import { best, type BuildResult, floorBuild, projectBuild, projectOutDir, validate } from "./builds.ts";
import { DESCRIBED_FIRST, writeDescribedReport } from "./described-data.ts";
import { growthTable } from "./growth.ts";
import { lighthouseTable } from "./lighthouse.ts";
import { routeSeconds, searchIndexFigures } from "./outputs.ts";
import { dec1, dec2, failures, int, kB, MB, table } from "./report.ts";
import { pageSizes } from "./sizes.ts";

/** Every country code and XK, as the fixed-layout bench. */
const COUNTRIES = 250;
const PAGES_DIR = "src/described/pages";

/** Every file under `dir`, relative to it, with `/` between folders. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => statSync(join(dir, f)).isFile())
    .map((f) => f.split("\\").join("/"));
}

/**
 * One built page per page template: each `.astro` file under the pages folder is a route (`[code]` stands
 * for any one segment, `index` for the folder itself), and the first built page that matches it, in sorted
 * order, stands for it. A template with no built page is listed with path undefined, so the bench can say so.
 */
export function pageTemplates(pageFiles: string[], builtHtml: string[]): { name: string; path: string | undefined }[] {
  const built = builtHtml.map((f) => "/" + f.replace(/(^|\/)index\.html$/, "$1")).sort();
  return pageFiles
    .filter((f) => f.endsWith(".astro"))
    .sort()
    .map((file) => {
      const route = file.replace(/\.astro$/, "").replace(/(^|\/)index$/, "");
      if (route === "404") return { name: "404", path: built.find((p) => p === "/404.html") };
      const pattern = route
        .split("/")
        .filter(Boolean)
        .map((segment) => (/^\[[^\]]+\]$/.test(segment) ? "[^/]+" : segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))
        .join("/");
      const match = new RegExp(`^/${pattern}${pattern ? "/" : ""}$`);
      return { name: route === "" ? "overview" : route, path: built.find((p) => match.test(p)) };
    });
}

/** The heavy outputs a build made, by kind: how many files and the largest one's bytes (the search index: all of it). */
export function heavyFiles(
  files: { path: string; bytes: number }[],
): Partial<Record<HeavyOutput, { count: number; bytes: number }>> {
  const kinds: [HeavyOutput, (p: string) => boolean][] = [
    ["PDF", (p) => p.endsWith(".pdf")],
    ["workbook", (p) => p.endsWith(".xlsx")],
    ["preview PNG", (p) => p.endsWith(".png")],
    ["search index", (p) => p.startsWith("pagefind/")],
  ];
  const out: Partial<Record<HeavyOutput, { count: number; bytes: number }>> = {};
  for (const [kind, test] of kinds) {
    const sizes = files.filter((f) => test(f.path)).map((f) => f.bytes);
    if (sizes.length === 0) continue;
    const bytes = kind === "search index" ? sizes.reduce((a, b) => a + b, 0) : Math.max(...sizes);
    out[kind] = { count: sizes.length, bytes };
  }
  return out;
}

/** Astro's log line for each route that writes a file of the kind (its time per file is the route's mean). */
const ROUTES: Record<Exclude<HeavyOutput, "search index">, RegExp> = {
  PDF: /\.pdf\/?$/,
  workbook: /\.xlsx\/?$/,
  "preview PNG": /\.png\/?$/,
};

export async function describedBench(baseDir: string, runs: number): Promise<void> {
  const dataDir = `${baseDir}-described`;
  const periods = periodIndex(latestCompletePeriod(new Date())) - periodIndex(DESCRIBED_FIRST) + 1;
  console.log(
    `\n━━ Described report (report.json): ${int.format(COUNTRIES)} countries × ${int.format(periods)} half-years from 2009-H2, four sections, eight processes, into ${dataDir} …`,
  );
  writeDescribedReport(dataDir, COUNTRIES, periods);
  const validated = validate(dataDir);
  const builds: BuildResult[] = [];
  const floors: BuildResult[] = [];
  for (let i = 0; i < runs; i++) {
    builds.push(projectBuild(dataDir, "described"));
    floors.push(floorBuild(builds[0]?.pages ?? 0));
  }
  const build = { ...best(builds), outDir: projectOutDir("described") };
  const floor = best(floors);
  const files = filesUnder(build.outDir).map((path) => ({ path, bytes: statSync(join(build.outDir, path)).size }));
  const mainThread = (r: BuildResult) =>
    Number.isNaN(r.mainThreadCpuSeconds) ? "n/a" : `${dec1.format(r.mainThreadCpuSeconds)} s`;
  console.log("Described build against the floor (best of the runs)");
  table([
    ["measure", "described report", "floor", "ratio"],
    ["validate (npm run validate)", `${dec1.format(validated.seconds)} s`, "", ""],
    ["HTML pages", int.format(build.pages), int.format(floor.pages), ""],
    ["files in output", int.format(files.length), "", ""],
    [
      "cold build",
      `${dec1.format(build.seconds)} s`,
      `${dec1.format(floor.seconds)} s`,
      `${dec2.format(build.seconds / floor.seconds)}×`,
    ],
    [
      "CPU time, every process",
      `${dec1.format(build.cpuSeconds)} s`,
      `${dec1.format(floor.cpuSeconds)} s`,
      `${dec2.format(build.cpuSeconds / floor.cpuSeconds)}×`,
    ],
    ["CPU time of the astro process's main thread", mainThread(build), mainThread(floor), ""],
    ["peak memory", MB(build.peakBytes), MB(floor.peakBytes), `${dec2.format(build.peakBytes / floor.peakBytes)}×`],
  ]);
  const checks = floorChecks(build, floor).map((c) => ({ ...c, budget: `described: ${c.budget}` }));
  table(checkRows(checks));
  failures.push(...failed(checks));
  if (floor.pages !== build.pages)
    failures.push(`described: floor ${int.format(floor.pages)} pages, the report ${int.format(build.pages)}`);

  const htmlFiles = files.map((f) => f.path).filter((f) => f.endsWith(".html"));
  await pageSizes(build.outDir, htmlFiles);

  if (process.env["BENCH_SKIP_GROWTH"] !== "1")
    growthTable(dataDir, COUNTRIES, periods, runs, build, {
      make: (dir, n) => {
        writeDescribedReport(dir, n, periods);
      },
      title: "described report",
    });

  // Per file, whichever heavy outputs the build made; the time of a PDF, workbook or PNG is its route's
  // mean in Astro's log (those routes make their file as the page is written), the search index's is
  // made again alone.
  const made = heavyFiles(files);
  const figures: Partial<Record<HeavyOutput, FileFigures>> = {};
  for (const [kind, found] of Object.entries(made) as [HeavyOutput, { count: number; bytes: number }][]) {
    if (kind === "search index") {
      const site = JSON.parse(readFileSync(join(dataDir, "site.json"), "utf8")) as { language?: string };
      figures[kind] = await searchIndexFigures(build.outDir, site.language ?? "en", DESCRIBED_REPORT);
      continue;
    }
    const routes = routeSeconds(build.stdout, ROUTES[kind]);
    figures[kind] = {
      ms: routes.routes > 0 ? (routes.seconds * 1000) / routes.routes : Number.NaN,
      bytes: found.bytes,
    };
  }
  const { checks: perFile, absent } = presentFileChecks(figures);
  console.log(
    "Described report, heavy outputs per file (PDF, workbook, PNG: mean route time in Astro's log, largest file; search index: made again alone, all its files)",
  );
  table([
    ...checkRows(perFile.map((c) => ({ ...c, budget: `described: ${c.budget}` }))),
    ...Object.entries(made).map(([kind, f]) => [`${kind}: files`, int.format(f.count), "", ""]),
    ...absent.map((kind) => [kind, "none in this build", "", ""]),
  ]);
  failures.push(...failed(perFile).map((f) => `described: ${f}`));

  const templates = pageTemplates(filesUnder(PAGES_DIR), htmlFiles);
  for (const t of templates.filter((t) => t.path === undefined))
    failures.push(`described: the page template ${t.name} has no built page to run Lighthouse on`);
  await lighthouseTable(
    templates.flatMap((t) => (t.path === undefined ? [] : [[`described ${t.name}`, t.path] as [string, string]])),
    { OUT_DIR: build.outDir, DATA_DIR: dataDir },
  );
  console.log(`Described report: ${kB(files.reduce((n, f) => n + f.bytes, 0))} in ${int.format(files.length)} files.`);
}
