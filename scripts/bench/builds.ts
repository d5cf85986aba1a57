/**
 * The builds the bench times: the project's (validation included, as `npm run build` runs it) and the
 * floor, a bare Astro site in bench/floor/ with the same number of pages and no data layer.
 *
 * Every output goes under bench-out/, inside the project on purpose: for an outDir outside it Astro stages
 * files in ./.astro/, which other builds share.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { astroEnvironment } from "../astro-environment.ts";
import { env, run, type Timed } from "./report.ts";
import type { ThreadCpu } from "./thread-cpu.ts";

export interface BuildResult extends Timed {
  pages: number;
  /** CPU time of the astro process's main thread (thread-cpu.ts); NaN when it was not reported. */
  mainThreadCpuSeconds: number;
}

const THREAD_CPU_PRELOAD = `--import=${pathToFileURL(resolve("scripts/bench/thread-cpu.ts")).href}`;

/**
 * The environment that makes the astro process report its main thread's CPU time into `file`: the preload
 * goes after any NODE_OPTIONS already set, which scripts/build.ts passes on to astro.
 */
function reportingThreadCpu(base: NodeJS.ProcessEnv, file: string): NodeJS.ProcessEnv {
  mkdirSync(dirname(file), { recursive: true });
  rmSync(file, { force: true });
  const nodeOptions = [base["NODE_OPTIONS"], THREAD_CPU_PRELOAD].filter(Boolean).join(" ");
  return { ...base, NODE_OPTIONS: nodeOptions, BENCH_THREAD_CPU_FILE: file };
}

function mainThreadSeconds(file: string): number {
  try {
    return (JSON.parse(readFileSync(file, "utf8")) as ThreadCpu).mainThreadSeconds;
  } catch {
    return Number.NaN;
  }
}

/** Writes `countries` × `periods` synthetic rows into dataDir (deterministic). */
export function generate(dataDir: string, countries: number, periods: number): void {
  run("node", ["scripts/generate-data.ts", "synthetic", dataDir, String(countries), String(periods)]);
}

export function validate(dataDir: string): Timed {
  return run("npm", ["run", "--silent", "validate"], { DATA_DIR: dataDir });
}

function htmlPages(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".html")).length;
}

/** `npm run build` from a cold cache: validation, then the Astro build. */
export function projectBuild(dataDir: string, name: string): BuildResult {
  const outDir = projectOutDir(name);
  const cacheDir = `bench-out/${name}/cache`;
  const cpuFile = resolve(`bench-out/${name}-thread-cpu.json`);
  rmSync(`bench-out/${name}`, { recursive: true, force: true });
  const timed = run(
    "npm",
    ["run", "--silent", "build"],
    reportingThreadCpu({ ...env, DATA_DIR: dataDir, OUT_DIR: outDir, ASTRO_CACHE_DIR: cacheDir }, cpuFile),
  );
  return { ...timed, pages: htmlPages(outDir), mainThreadCpuSeconds: mainThreadSeconds(cpuFile) };
}

export const projectOutDir = (name: string): string => `bench-out/${name}/dist`;

/** The fastest time and the lowest peak memory of repeated builds. */
export function best(runs: BuildResult[]): BuildResult {
  const first = runs[0];
  if (!first) throw new Error("no build ran");
  return {
    ...first,
    seconds: Math.min(...runs.map((r) => r.seconds)),
    cpuSeconds: Math.min(...runs.map((r) => r.cpuSeconds)),
    peakBytes: Math.min(...runs.map((r) => r.peakBytes)),
    mainThreadCpuSeconds: Math.min(...runs.map((r) => r.mainThreadCpuSeconds)),
  };
}

/**
 * The floor: bench/floor/ built cold with `pages` pages of one dynamic route. By default in the environment
 * `npm run build` gives Astro (scripts/astro-environment.ts), so that the ratios leave out what those
 * settings save any Astro site; `astroDefaults` builds it as `astro build` runs with nothing set, for reference.
 */
export function floorBuild(pages: number, { astroDefaults = false } = {}): BuildResult {
  const outDir = resolve("bench-out/floor/dist");
  const cpuFile = resolve("bench-out/floor-thread-cpu.json");
  rmSync("bench-out/floor", { recursive: true, force: true });
  const settings = astroDefaults ? env : astroEnvironment(env);
  const timed = run(
    "astro",
    ["build", "--root", "bench/floor"],
    reportingThreadCpu(
      { ...settings, FLOOR_PAGES: String(pages), OUT_DIR: outDir, ASTRO_CACHE_DIR: resolve("bench-out/floor/cache") },
      cpuFile,
    ),
  );
  return { ...timed, pages: htmlPages(outDir), mainThreadCpuSeconds: mainThreadSeconds(cpuFile) };
}
