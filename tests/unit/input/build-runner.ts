/**
 * Runs `scripts/build.ts` as a real process for the build tests (build-interrupt and build-process), with a
 * stand-in for `astro build` on the PATH where the test is about the build script and not about Astro.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { chmodSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * A stand-in for `astro build`: writes FAKE_FILES files into $OUT_DIR, one every 50 ms, then index.html,
 * and records its process id so the test can tell whether it was stopped.
 */
const FAKE_ASTRO = `#!/bin/sh
echo $$ > "$FAKE_PID"
echo "fake astro output"
[ -n "$FAKE_FAIL" ] && exit 3
mkdir -p "$OUT_DIR"
i=0
while [ "$i" -lt "$FAKE_FILES" ]; do echo "$i" > "$OUT_DIR/page-$i.html"; i=$((i+1)); sleep 0.05; done
echo new > "$OUT_DIR/index.html"
`;

/** Puts the stand-in at `work/bin/astro` and an old site with `index.html` "old" at `work/dist`. */
export function prepare(work: string): void {
  mkdirSync(join(work, "bin"));
  writeFileSync(join(work, "bin", "astro"), FAKE_ASTRO);
  chmodSync(join(work, "bin", "astro"), 0o755);
  mkdirSync(join(work, "dist"));
  writeFileSync(join(work, "dist", "index.html"), "old");
}

/** Starts a build of the stand-in into `work/dist`; `env` adds to or overrides its environment. */
export function build(work: string, env: Record<string, string>): ChildProcess {
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

/** Everything a child writes to stdout and stderr, once it has closed. */
export function output(child: ChildProcess): Promise<string> {
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

/** The exit code, or null when a signal ended it. */
export function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    child.on("exit", (code) => {
      resolve(code);
    });
  });
}

export async function until(test: () => boolean, ms = 15_000): Promise<void> {
  const start = Date.now();
  while (!test()) {
    if (Date.now() - start > ms) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 20));
  }
}

export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
