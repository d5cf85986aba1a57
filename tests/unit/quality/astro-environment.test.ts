import { afterEach, describe, expect, it, vi } from "vitest";
import { astroEnvironment } from "../../../scripts/astro-environment.ts";

describe("the environment npm run build gives Astro", () => {
  it("turns telemetry and huge pages off, has the allocator give memory back at once and gives V8 an 8 MB young generation", () => {
    const environment = astroEnvironment({ PATH: "/bin" });
    expect(environment).toMatchObject({
      PATH: "/bin",
      ASTRO_TELEMETRY_DISABLED: "1",
      MIMALLOC_ALLOW_THP: "0",
      MIMALLOC_PURGE_DELAY: "0",
      NODE_OPTIONS: "--max-semi-space-size=8",
    });
  });

  it("lets the caller's settings win, node flags included (later flags win in NODE_OPTIONS)", () => {
    const environment = astroEnvironment({ MIMALLOC_ALLOW_THP: "1", NODE_OPTIONS: "--max-semi-space-size=32" });
    expect(environment["MIMALLOC_ALLOW_THP"]).toBe("1");
    expect(environment["NODE_OPTIONS"]).toBe("--max-semi-space-size=8 --max-semi-space-size=32");
  });
});

describe("the bench's floor", () => {
  afterEach(() => {
    vi.doUnmock("../../../scripts/bench/report.ts");
    vi.doUnmock("node:fs");
    vi.resetModules();
  });

  /** The environment floorBuild hands to `astro build`, with the command itself stubbed out. */
  async function floorEnvironment(options?: { astroDefaults: boolean }): Promise<NodeJS.ProcessEnv> {
    vi.resetModules();
    const run = vi.fn(() => ({ seconds: 1, peakBytes: 1, cpuSeconds: 1, stdout: "", stderr: "" }));
    vi.doMock("../../../scripts/bench/report.ts", async (original) => ({
      ...(await original<typeof import("../../../scripts/bench/report.ts")>()),
      run,
    }));
    // floorBuild clears bench-out/floor first: stubbed, so the test leaves a bench's folder alone.
    const rmSync = vi.fn();
    vi.doMock("node:fs", async (original) => ({ ...(await original<typeof import("node:fs")>()), rmSync }));
    const { floorBuild } = await import("../../../scripts/bench/builds.ts");
    try {
      floorBuild(3, options);
    } catch {
      // No floor was built, so counting its pages fails; the call to `run` is what this looks at.
    }
    expect(run).toHaveBeenCalledTimes(1);
    expect(rmSync).toHaveBeenCalledWith("bench-out/floor", { recursive: true, force: true });
    const [command, args, environment] = run.mock.calls[0] as unknown as [string, string[], NodeJS.ProcessEnv];
    expect([command, ...args]).toEqual(["astro", "build", "--root", "bench/floor"]);
    expect(environment["FLOOR_PAGES"]).toBe("3");
    return environment;
  }

  it("is built in the same environment as the project, so the ratios leave out what it saves any site", async () => {
    const environment = await floorEnvironment();
    const settings = astroEnvironment({});
    // Whatever the test runner's own environment sets wins, as it does for npm run build.
    for (const name of ["ASTRO_TELEMETRY_DISABLED", "MIMALLOC_ALLOW_THP", "MIMALLOC_PURGE_DELAY"]) {
      expect(environment[name]).toBe(process.env[name] ?? settings[name]);
    }
    expect(environment["NODE_OPTIONS"]?.split(" ")[0]).toBe("--max-semi-space-size=8");
  });

  it("reports its main thread's CPU time through the bench's preload, after the build's own node flags", async () => {
    const environment = await floorEnvironment();
    expect(environment["NODE_OPTIONS"]?.split(" ").at(-1)).toMatch(
      /^--import=file:\/\/.+\/scripts\/bench\/thread-cpu\.ts$/,
    );
    expect(environment["BENCH_THREAD_CPU_FILE"]).toMatch(/bench-out\/floor-thread-cpu\.json$/);
  });

  it("is built once more with Astro's defaults, for reference", async () => {
    const environment = await floorEnvironment({ astroDefaults: true });
    expect(environment["MIMALLOC_ALLOW_THP"]).toBeUndefined();
    expect(environment["MIMALLOC_PURGE_DELAY"]).toBeUndefined();
    expect(environment["ASTRO_TELEMETRY_DISABLED"]).toBeUndefined();
    // No node flag of the build's: only the bench's preload, which measures and sets nothing.
    expect(environment["NODE_OPTIONS"]).toMatch(/^--import=\S+\/thread-cpu\.ts$/);
  });
});
