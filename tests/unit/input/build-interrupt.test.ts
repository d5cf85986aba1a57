import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { alive, build as buildIn, exited, output, prepare, until } from "./build-runner.ts";

let work: string;
const build = (env: Record<string, string>) => buildIn(work, env);
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), "build-interrupt-"));
  prepare(work);
});
afterEach(() => {
  rmSync(work, { recursive: true, force: true });
});

// Each test starts Node twice or more, which takes seconds on a busy machine.
describe("scripts/build.ts", { timeout: 30_000 }, () => {
  it.each(["SIGTERM", "SIGINT"] as const)("stops astro on %s midway and leaves the old site whole", async (signal) => {
    const child = build({ FAKE_FILES: "400" });
    await until(() => existsSync(join(work, "dist.partial", "page-5.html")));
    const astroPid = Number(readFileSync(join(work, "astro.pid"), "utf8"));
    child.kill(signal);
    expect(await exited(child)).toBe(signal === "SIGTERM" ? 143 : 130);
    await until(() => !alive(astroPid), 3000);
    expect(readFileSync(join(work, "dist", "index.html"), "utf8")).toBe("old");
    expect(existsSync(join(work, "dist", "page-5.html"))).toBe(false);
    expect(existsSync(join(work, "dist.partial"))).toBe(false);
    // Nothing replaces the old site later, as an unstopped build once did.
    await new Promise((r) => setTimeout(r, 300));
    expect(readFileSync(join(work, "dist", "index.html"), "utf8")).toBe("old");
  });

  it("swaps a finished build in and removes the old site, printing astro's output", async () => {
    const child = build({});
    const printed = output(child);
    expect(await exited(child)).toBe(0);
    expect(await printed).toContain("fake astro output");
    expect(readFileSync(join(work, "dist", "index.html"), "utf8")).toBe("new\n");
    expect(existsSync(join(work, "dist", "page-2.html"))).toBe(true);
    expect(existsSync(join(work, "dist.old"))).toBe(false);
  });

  it("stops astro, which started beside validation, when the data is bad, and prints only what to fix", async () => {
    const child = build({ DATA_DIR: "tests/fixtures/data/cli-bad", FAKE_FILES: "400" });
    const printed = output(child);
    expect(await exited(child)).toBe(1);
    const text = await printed;
    expect(text).toMatch(/2019-H2\.csv:5:content: "-3" is negative/);
    expect(text).not.toContain("fake astro output");
    // Astro started at once (validation takes longer than the stand-in's first line) and was stopped.
    const astroPid = Number(readFileSync(join(work, "astro.pid"), "utf8"));
    await until(() => !alive(astroPid), 3000);
    expect(readFileSync(join(work, "dist", "index.html"), "utf8")).toBe("old");
    expect(existsSync(join(work, "dist.partial"))).toBe(false);
  });

  it("puts back an old site left aside by a run killed between the two renames", async () => {
    // The state a SIGKILL between "move old aside" and "rename new in" leaves.
    rmSync(join(work, "dist"), { recursive: true });
    mkdirSync(join(work, "dist.old"));
    writeFileSync(join(work, "dist.old", "index.html"), "old");
    expect(await exited(build({ FAKE_FAIL: "1" }))).toBe(3);
    expect(readFileSync(join(work, "dist", "index.html"), "utf8")).toBe("old");
    expect(existsSync(join(work, "dist.old"))).toBe(false);
  });
});
