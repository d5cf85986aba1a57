/**
 * The bench's build budgets, as pure functions of the measured figures, so that which budget fails for
 * which figures is tested (tests/unit/quality/bench-budgets.test.ts) apart from any build. README.md's
 * "The benchmark" says why each budget is what it is.
 *
 * A figure that could not be measured (NaN) fails its budget: a budget that cannot be checked guards nothing.
 */
import { dec2, int, kB } from "./report.ts";

/** One budget checked: the figure and the budget as printed, and whether it holds. */
export interface Check {
  budget: string;
  figure: string;
  limit: string;
  ok: boolean;
}

/** Cold `npm run build` against the floor's build time. */
export const BUDGET_TIME_RATIO = 3.0;
/** Peak memory of the largest process against the floor's. */
export const BUDGET_MEMORY_RATIO = 2.0;
/** The astro process's main thread CPU time against the floor's whole CPU time (every thread and process). */
export const BUDGET_MAIN_THREAD_RATIO = 2.0;

export interface ProjectFigures {
  seconds: number;
  peakBytes: number;
  /** CPU time of the astro build process's main thread alone (see thread-cpu.ts). */
  mainThreadCpuSeconds: number;
}

export interface FloorFigures {
  seconds: number;
  peakBytes: number;
  /** User plus system CPU time of the floor's whole build. */
  cpuSeconds: number;
}

const ratio = (value: number) => `${dec2.format(value)}×`;
const within = (value: number, limit: number) => value <= limit; // false for NaN

/** The three budgets against the floor: build time, peak memory, and the pages' own cost. */
export function floorChecks(project: ProjectFigures, floor: FloorFigures): Check[] {
  const time = project.seconds / floor.seconds;
  const memory = project.peakBytes / floor.peakBytes;
  const main = project.mainThreadCpuSeconds / floor.cpuSeconds;
  return [
    {
      budget: "cold build against the floor's",
      figure: ratio(time),
      limit: `≤ ${ratio(BUDGET_TIME_RATIO)}`,
      ok: within(time, BUDGET_TIME_RATIO),
    },
    {
      budget: "peak memory against the floor's",
      figure: ratio(memory),
      limit: `≤ ${ratio(BUDGET_MEMORY_RATIO)}`,
      ok: within(memory, BUDGET_MEMORY_RATIO),
    },
    {
      budget: "the pages' own cost: main thread CPU against the floor's whole CPU",
      figure: ratio(main),
      limit: `≤ ${ratio(BUDGET_MAIN_THREAD_RATIO)}`,
      ok: within(main, BUDGET_MAIN_THREAD_RATIO),
    },
  ];
}

/** The heavy outputs with a budget per file. */
export const HEAVY_OUTPUTS = ["PDF", "workbook", "preview PNG", "search index"] as const;
export type HeavyOutput = (typeof HEAVY_OUTPUTS)[number];

/** Per file: the time to make one (ms) and the largest one's size (bytes). */
export interface FileFigures {
  ms: number;
  bytes: number;
}

/**
 * About 30% above the quietest figures measured for the bench's data set on the two-core machine (README.md
 * gives the measure of each). The search index is one file set, made once per build, so its budget is for
 * all of it.
 */
export const FILE_BUDGETS: Record<HeavyOutput, FileFigures> = {
  PDF: { ms: 370, bytes: 580_000 },
  workbook: { ms: 80, bytes: 850_000 },
  "preview PNG": { ms: 52, bytes: 78_000 },
  "search index": { ms: 2_000, bytes: 890_000 },
};

/** Two checks per heavy output, time and size, against `budgets`. */
export function fileChecks(
  figures: Record<HeavyOutput, FileFigures>,
  budgets: Record<HeavyOutput, FileFigures> = FILE_BUDGETS,
): Check[] {
  return HEAVY_OUTPUTS.flatMap((kind) => {
    const figure = figures[kind];
    const budget = budgets[kind];
    return [
      {
        budget: `${kind}: time`,
        figure: Number.isNaN(figure.ms) ? "not measured" : `${int.format(figure.ms)} ms`,
        limit: `≤ ${int.format(budget.ms)} ms`,
        ok: within(figure.ms, budget.ms),
      },
      {
        budget: `${kind}: size`,
        figure: Number.isNaN(figure.bytes) ? "not measured" : kB(figure.bytes),
        limit: `≤ ${kB(budget.bytes)}`,
        ok: within(figure.bytes, budget.bytes),
      },
    ];
  });
}

/** The failures among `checks`, as the bench lists them at the end. */
export const failed = (checks: Check[]): string[] =>
  checks.filter((c) => !c.ok).map((c) => `${c.budget}: ${c.figure} (budget ${c.limit})`);

/** Rows for the bench's table printer: each figure next to its budget. */
export const checkRows = (checks: Check[]): string[][] => [
  ["budget", "figure", "limit", ""],
  ...checks.map((c) => [c.budget, c.figure, c.limit, c.ok ? "✓" : "✗"]),
];

/**
 * The per-file budgets for a build whose heavy outputs may or may not exist yet (the described report gains
 * them one by one): the kinds in `figures` are checked as fileChecks checks them, and a kind the build did
 * not make is listed in `absent`, so the table says so rather than failing or passing a file that is not there.
 */
export function presentFileChecks(
  figures: Partial<Record<HeavyOutput, FileFigures>>,
  budgets: Record<HeavyOutput, FileFigures> = FILE_BUDGETS,
): { checks: Check[]; absent: HeavyOutput[] } {
  const present = HEAVY_OUTPUTS.filter((kind) => figures[kind] !== undefined);
  const all = fileChecks(
    Object.fromEntries(HEAVY_OUTPUTS.map((k) => [k, figures[k] ?? { ms: 0, bytes: 0 }])) as Record<
      HeavyOutput,
      FileFigures
    >,
    budgets,
  );
  return {
    checks: all.filter((c) => present.some((kind) => c.budget.startsWith(`${kind}:`))),
    absent: HEAVY_OUTPUTS.filter((kind) => figures[kind] === undefined),
  };
}
