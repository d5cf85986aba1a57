/**
 * `npm run build`: builds into a side folder and swaps it in only when the whole build
 * succeeded. The swap moves the old site aside, renames the new one in, then removes the
 * old one, so at every instant `dist/` is either the old site or the new one, whole.
 * SIGINT/SIGTERM stop the running children (validation and astro, which run side by side)
 * and leave the old site in place. package.json runs this with `exec`, so the signal npm forwards reaches this
 * process instead of ending only the shell in between.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, renameSync, rmSync } from "node:fs";
import { astroEnvironment } from "./astro-environment.ts";

const out = process.env["OUT_DIR"] ?? "dist";
const partial = `${out}.partial`;
const old = `${out}.old`;

// A previous run killed between the two renames leaves only the old site aside: put it back.
if (!existsSync(out) && existsSync(old)) renameSync(old, out);
rmSync(old, { recursive: true, force: true });
rmSync(partial, { recursive: true, force: true });

/** Puts the finished build in place of the old one; each step is one rename or a removal. */
function swapIn(): void {
  const hadOld = existsSync(out);
  if (hadOld) renameSync(out, old);
  renameSync(partial, out);
  if (hadOld) rmSync(old, { recursive: true, force: true });
}

/** Every child still running (validation and astro run side by side), for the signal handlers. */
const running = new Set<ChildProcess>();
let stoppedBy: NodeJS.Signals | undefined;

/** Ends a child and everything it started: each child leads its own process group. */
function kill(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // It has already exited; the code below cleans up.
  }
}

function stop(signal: NodeJS.Signals): void {
  stoppedBy = signal;
  for (const child of running) kill(child, signal);
}
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    stop(signal);
  });
}

/** Read through a function: the flag is set by a signal handler between awaits. */
function wasStopped(): boolean {
  return stoppedBy !== undefined;
}

interface Started {
  child: ChildProcess;
  /** Resolves with the exit code (non-zero when it failed to start or was killed). */
  exited: Promise<number>;
  /** Prints what it wrote so far and, from then on, what it writes (for a child started `held`). */
  release(): void;
}

/**
 * Starts a command. A `held` one writes into a buffer until {@link Started.release}, so astro can start while
 * validation runs without its output (or its own report of bad data) mixing with validation's.
 */
function start(command: string, args: readonly string[], env: NodeJS.ProcessEnv, held = false): Started {
  const child = spawn(command, args, {
    stdio: held ? ["inherit", "pipe", "pipe"] : "inherit",
    // A held child writes to a pipe, so it would drop its colours; keep them when this process has a terminal.
    env: held && process.stdout.isTTY ? { ...env, FORCE_COLOR: "1" } : env,
    detached: true,
  });
  running.add(child);
  const buffered: [NodeJS.WriteStream, Buffer][] = [];
  let released = !held;
  for (const [from, to] of [
    [child.stdout, process.stdout],
    [child.stderr, process.stderr],
  ] as const) {
    from?.on("data", (chunk: Buffer) => {
      if (released) to.write(chunk);
      else buffered.push([to, chunk]);
    });
  }
  const exited = new Promise<number>((resolve) => {
    child.on("error", (error) => {
      console.error(`✗ Could not start ${command}: ${error.message}`);
      resolve(1);
    });
    child.on("close", (code) => {
      running.delete(child);
      resolve(code ?? 1);
    });
  });
  return {
    child,
    exited,
    release: () => {
      released = true;
      for (const [to, chunk] of buffered.splice(0)) to.write(chunk);
    },
  };
}

function giveUp(code: number): void {
  rmSync(partial, { recursive: true, force: true });
  const why = stoppedBy ? `The build was stopped (${stoppedBy})` : "The build failed";
  console.error(`\n✗ ${why}; ${out}/ was left as it was.`);
  // 128 + signal number is what a shell reports for a process ended by that signal.
  process.exitCode = stoppedBy === "SIGINT" ? 130 : stoppedBy === "SIGTERM" ? 143 : code || 1;
}

// Validation and astro start together: astro spends its first seconds starting up, not reading data, and
// validation alone took about 0.7 s before astro could start. Astro's output waits until the data is known
// to be good; on bad data it is stopped and only validation's list of what to fix is printed.
const validation = start(process.execPath, ["scripts/validate.ts", "--quiet"], process.env);
const astro = start(
  "astro",
  ["build", ...process.argv.slice(2)],
  { ...astroEnvironment(process.env), OUT_DIR: partial },
  true,
);
const validated = await validation.exited;
if (validated !== 0 || wasStopped()) {
  kill(astro.child, "SIGTERM");
  await astro.exited;
  giveUp(validated);
} else {
  astro.release();
  const built = await astro.exited;
  // The search index is part of astro's build (src/integrations/search-index.ts).
  if (built !== 0 || wasStopped() || !existsSync(partial)) giveUp(built);
  else {
    swapIn();
    console.log(`✓ Built into ${out}/`);
  }
}
