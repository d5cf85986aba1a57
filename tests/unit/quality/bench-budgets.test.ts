import { describe, expect, it } from "vitest";
import {
  failed,
  FILE_BUDGETS,
  fileChecks,
  type FileFigures,
  floorChecks,
  HEAVY_OUTPUTS,
  type HeavyOutput,
  presentFileChecks,
} from "../../../scripts/bench/budgets.ts";

const MB = 2 ** 20;
const floor = { seconds: 10, peakBytes: 400 * MB, cpuSeconds: 20 };

describe("the bench's budgets against the floor", () => {
  it("passes a build at the budgets' edges: 3.0× the time, 2.0× the memory, main thread 2.0× the floor's CPU", () => {
    const checks = floorChecks({ seconds: 30, peakBytes: 800 * MB, mainThreadCpuSeconds: 40 }, floor);
    expect(checks.map((c) => [c.figure, c.limit, c.ok])).toEqual([
      ["3.00×", "≤ 3.00×", true],
      ["2.00×", "≤ 2.00×", true],
      ["2.00×", "≤ 2.00×", true],
    ]);
    expect(failed(checks)).toEqual([]);
  });

  it("fails each budget on its own figure", () => {
    const slow = floorChecks({ seconds: 30.5, peakBytes: 700 * MB, mainThreadCpuSeconds: 30 }, floor);
    expect(failed(slow)).toEqual(["cold build against the floor's: 3.05× (budget ≤ 3.00×)"]);
    const heavy = floorChecks({ seconds: 20, peakBytes: 801 * MB, mainThreadCpuSeconds: 30 }, floor);
    expect(failed(heavy)).toEqual(["peak memory against the floor's: 2.00× (budget ≤ 2.00×)"]);
    const busy = floorChecks({ seconds: 20, peakBytes: 700 * MB, mainThreadCpuSeconds: 41 }, floor);
    expect(failed(busy)).toEqual([
      "the pages' own cost: main thread CPU against the floor's whole CPU: 2.05× (budget ≤ 2.00×)",
    ]);
  });

  it("measures the main thread against the floor's whole CPU time, not its wall time", () => {
    // 25 s of main thread is 2.5× the floor's 10 s of wall time but 1.25× its 20 s of CPU time.
    const [, , main] = floorChecks({ seconds: 20, peakBytes: 700 * MB, mainThreadCpuSeconds: 25 }, floor);
    expect(main).toMatchObject({ figure: "1.25×", ok: true });
  });

  it("fails a figure that was not measured", () => {
    const checks = floorChecks({ seconds: 20, peakBytes: Number.NaN, mainThreadCpuSeconds: Number.NaN }, floor);
    expect(checks.map((c) => c.ok)).toEqual([true, false, false]);
  });
});

describe("the per-file budgets of the heavy outputs", () => {
  const budgets = Object.fromEntries(HEAVY_OUTPUTS.map((k) => [k, { ms: 100, bytes: 50_000 }])) as Record<
    HeavyOutput,
    FileFigures
  >;
  const figures = (changes: Partial<Record<HeavyOutput, FileFigures>> = {}) =>
    ({ ...budgets, ...changes }) as Record<HeavyOutput, FileFigures>;

  it("checks time and size of each kind, each next to its budget", () => {
    const checks = fileChecks(figures({ PDF: { ms: 99.6, bytes: 12_345 } }), budgets);
    expect(checks.map((c) => [c.budget, c.figure, c.limit, c.ok])).toEqual([
      ["PDF: time", "100 ms", "≤ 100 ms", true],
      ["PDF: size", "12.3 kB", "≤ 50.0 kB", true],
      ["workbook: time", "100 ms", "≤ 100 ms", true],
      ["workbook: size", "50.0 kB", "≤ 50.0 kB", true],
      ["preview PNG: time", "100 ms", "≤ 100 ms", true],
      ["preview PNG: size", "50.0 kB", "≤ 50.0 kB", true],
      ["search index: time", "100 ms", "≤ 100 ms", true],
      ["search index: size", "50.0 kB", "≤ 50.0 kB", true],
    ]);
  });

  it("fails only the kind and measure over budget", () => {
    expect(failed(fileChecks(figures({ workbook: { ms: 100.5, bytes: 10 } }), budgets))).toEqual([
      "workbook: time: 101 ms (budget ≤ 100 ms)",
    ]);
    expect(failed(fileChecks(figures({ "preview PNG": { ms: 1, bytes: 50_001 } }), budgets))).toEqual([
      "preview PNG: size: 50.0 kB (budget ≤ 50.0 kB)",
    ]);
    expect(failed(fileChecks(figures({ "search index": { ms: Number.NaN, bytes: 1 } }), budgets))).toEqual([
      "search index: time: not measured (budget ≤ 100 ms)",
    ]);
  });

  it("has a budget above zero for every kind, so none fails on every run", () => {
    for (const kind of HEAVY_OUTPUTS) {
      expect(FILE_BUDGETS[kind].ms, kind).toBeGreaterThan(0);
      expect(FILE_BUDGETS[kind].bytes, kind).toBeGreaterThan(0);
    }
  });
});

describe("the per-file budgets of a build that makes only some heavy outputs", () => {
  const budgets = Object.fromEntries(HEAVY_OUTPUTS.map((k) => [k, { ms: 100, bytes: 50_000 }])) as Record<
    HeavyOutput,
    FileFigures
  >;

  it("checks the kinds the build made and lists the others as absent", () => {
    const { checks, absent } = presentFileChecks({ PDF: { ms: 40, bytes: 60_000 } }, budgets);
    expect(checks.map((c) => [c.budget, c.figure, c.ok])).toEqual([
      ["PDF: time", "40 ms", true],
      ["PDF: size", "60.0 kB", false],
    ]);
    expect(absent).toEqual(["workbook", "preview PNG", "search index"]);
    expect(failed(checks)).toEqual(["PDF: size: 60.0 kB (budget ≤ 50.0 kB)"]);
  });

  it("checks a kind it found but could not time, and fails it", () => {
    const { checks } = presentFileChecks({ workbook: { ms: Number.NaN, bytes: 1_000 } }, budgets);
    expect(failed(checks)).toEqual(["workbook: time: not measured (budget ≤ 100 ms)"]);
  });

  it("checks nothing when the build made none, and says all four are absent", () => {
    expect(presentFileChecks({}, budgets)).toEqual({ checks: [], absent: [...HEAVY_OUTPUTS] });
  });
});
