import { type ChildProcess, spawn } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

// A stand-in for `astro build`: writes FAKE_FILES files into $OUT_DIR, one every 50 ms, then
// index.html, and records its process id so the test can tell whether it was stopped.
const FAKE_ASTRO = `#!/bin/sh
echo $$ > "$FAKE_PID"
echo "fake astro output"
[ -n "$FAKE_FAIL" ] && exit 3
mkdir -p "$OUT_DIR"
i=0
while [ "$i" -lt "$FAKE_FILES" ]; do echo "$i" > "$OUT_DIR/page-$i.html"; i=$((i+1)); sleep 0.05; done
echo new > "$OUT_DIR/index.html"
`;

let work: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), "build-interrupt-"));
  mkdirSync(join(work, "bin"));
  writeFileSync(join(work, "bin", "astro"), FAKE_ASTRO);
  chmodSync(join(work, "bin", "astro"), 0o755);
  mkdirSync(join(work, "dist"));
  writeFileSync(join(work, "dist", "index.html"), "old");
});
afterEach(() => {
  rmSync(work, { recursive: true, force: true });
});

function build(env: Record<string, string>): ChildProcess {
  return spawn("node_modules/.bin/node", ["scripts/build.ts"], {
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      PATH: `${join(work, "bin")}:${process.env["PATH"] ?? ""}`,
      OUT_DIR: join(work, "dist"),
      DATA_DIR: "tests/fixtures/data/cli-good",
      FAKE_PID: join(work, "astro.pid"),
      FAKE_FILES: "3",
      ...env,
    },
  });
}

function output(child: ChildProcess): Promise<string> {
  let text = "";
  const add = (chunk: Buffer) => {
    text += chunk.toString();
  };
  child.stdout?.on("data", add);
  child.stderr?.on("data", add);
  return new Promise((resolve) => {
    child.on("close", () => {
      resolve(text);
    });
  });
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    child.on("exit", (code) => {
      resolve(code);
    });
  });
}

async function until(test: () => boolean, ms = 15_000): Promise<void> {
  const start = Date.now();
  while (!test()) {
    if (Date.now() - start > ms) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 20));
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe("scripts/build.ts", () => {
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
