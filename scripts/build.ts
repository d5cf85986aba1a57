/**
 * `npm run build`: builds into a side folder and swaps it in only when the whole build
 * succeeded. The swap moves the old site aside, renames the new one in, then removes the
 * old one, so at every instant `dist/` is either the old site or the new one, whole; a watcher
 * (scripts/swap-guard.ts) puts the old one back if this process is killed between the two renames.
 * SIGINT/SIGTERM stop the running children (validation and astro, which run side by side)
 * and leave the old site in place. package.json runs this with `exec`, so the signal npm forwards reaches this
 * process instead of ending only the shell in between.
 *
 * One build at a time writes an output folder (scripts/build-lock.ts), and every reader of the site reads a
 * copy of the data folder taken at the start, checked against the folder at the end (scripts/data-snapshot.ts).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, realpathSync, renameSync, rmSync, statSync, symlinkSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { escapeForTerminal } from "../src/data/text-checks.ts";
import { astroEnvironment } from "./astro-environment.ts";
import { acquireBuildLock, type BuildLock, LockHeld } from "./build-lock.ts";
import { changedEntries, type DataSnapshot, fingerprintOf, takeSnapshot } from "./data-snapshot.ts";

// Without a trailing slash, so the folders beside it are beside it and not inside it.
const out = (process.env["OUT_DIR"] ?? "dist").replace(/(.)\/+$/, "$1");
const partial = `${out}.partial`;
const old = `${out}.old`;
const lockPath = `${out}.lock`;
const serverDir = `${out}.server`;
// Beside the output too, so that what a build killed outright leaves, the next one removes.
const dataCopy = `${out}.data`;
const dataDir = process.env["DATA_DIR"] ?? "data";

/** Prints why the build did not start and exits 1, before anything was changed. */
function refuse(why: string): never {
  console.error(`✗ ${why}`);
  process.exit(1);
}

/**
 * Whether a file system is mounted at `path`: one of another device, or (Linux lists every mount in
 * /proc/self/mountinfo, whose fifth field is where) a bind mount, which keeps its device's number.
 */
function isMountPoint(path: string): boolean {
  const stats = statSync(path, { throwIfNoEntry: false });
  if (!stats?.isDirectory()) return false;
  if (stats.dev !== statSync(dirname(resolve(path))).dev) return true;
  const real = realpathSync(path);
  let mounts: string;
  try {
    mounts = readFileSync("/proc/self/mountinfo", "utf8");
  } catch {
    return false; // Not Linux: a bind mount then shows only when the swap fails (EBUSY), which is reported too.
  }
  // Spaces and other special characters in the path are written as octal escapes (\040).
  return mounts
    .split("\n")
    .some(
      (line) =>
        line.split(" ")[4]?.replace(/\\([0-7]{3})/g, (_, octal: string) => String.fromCharCode(parseInt(octal, 8))) ===
        real,
    );
}

// A mount point cannot be renamed (EBUSY), so the swap could never replace it: say so before building.
if (isMountPoint(out)) {
  refuse(
    `${out}/ is a mount point (another file system, or a read-only mount, is mounted there). A build replaces ` +
      `the whole folder in one rename, which cannot be done to a mount point, so nothing was built. Set OUT_DIR ` +
      `to a folder inside it (OUT_DIR=${out}/site) or beside it.`,
  );
}

let lock: BuildLock;
try {
  lock = acquireBuildLock(lockPath, (holder) => {
    console.error(
      `${lockPath} was left by a build that ended without cleaning up (${holder}); this build takes it over.`,
    );
  });
} catch (error) {
  if (error instanceof LockHeld) refuse(`${error.message} Nothing in ${out}/ was changed by this one.`);
  throw error;
}

process.on("exit", () => {
  rmSync(serverDir, { recursive: true, force: true });
  lock.release();
});

// The copy every reader of the site reads; validation reads the folder itself, so that its messages can
// name links, pipes and other entries the copy leaves out (and a change it sees fails the check at the end).
rmSync(dataCopy, { recursive: true, force: true });
const snapshot = takeSnapshot(dataDir, dataCopy);
process.on("exit", () => {
  rmSync(snapshot.temp, { recursive: true, force: true });
});

// A previous run killed between the two renames, with its watcher killed too, leaves only the old site
// aside: put it back. Safe now that this build holds the lock.
if (!existsSync(out) && existsSync(old)) renameSync(old, out);
rmSync(old, { recursive: true, force: true });
rmSync(partial, { recursive: true, force: true });
rmSync(serverDir, { recursive: true, force: true });

/**
 * Astro renders the pages from code it writes to `.prerender/` and then moves some files from there into the
 * output folder. For an output folder outside the project it put that code in `<project>/.astro/`, which
 * every such build shared (parallel builds deleted each other's), and from which the move failed (EXDEV)
 * when the output folder was on another file system. So each build gets its own folder beside its output,
 * on the same file system; it links to the project's node_modules, since Node finds the packages that code
 * imports by looking up from where the code is. Without a link (a file system without symbolic links),
 * Astro's own choice stands. Returns the environment that tells Astro (see astro.config.mjs).
 */
function ownServerDir(): NodeJS.ProcessEnv {
  try {
    mkdirSync(serverDir, { recursive: true });
    symlinkSync(resolve("node_modules"), join(serverDir, "node_modules"), "dir");
    return { ASTRO_SERVER_DIR: resolve(serverDir) };
  } catch {
    rmSync(serverDir, { recursive: true, force: true });
    return {};
  }
}

/** Why the swap failed, for the publisher. */
class SwapFailed extends Error {}

/**
 * Starts the swap's watcher, lists it in the lock, and resolves once it is watching (it says so on its
 * output): a watcher still starting when the build is killed would put the old site back only once started.
 * Resolves undefined if it cannot start; the swap then goes on without it.
 */
async function startGuard(): Promise<ChildProcess | undefined> {
  const guard = spawn(process.execPath, ["scripts/swap-guard.ts", String(process.pid), out, old, lockPath], {
    detached: true,
    stdio: ["ignore", "pipe", "ignore"],
  });
  const ready = new Promise<boolean>((resolve) => {
    guard.on("error", () => {
      resolve(false);
    });
    guard.on("exit", () => {
      resolve(false);
    });
    guard.stdout.once("data", () => {
      resolve(true);
    });
  });
  if (guard.pid === undefined || !(await ready)) return undefined;
  guard.stdout.destroy();
  guard.unref();
  lock.share(guard.pid);
  return guard;
}

const code = (error: unknown) => (error as NodeJS.ErrnoException).code ?? String(error);

/** Puts the finished build in place of the old one; each step is one rename or a removal. */
async function swapIn(): Promise<void> {
  const hadOld = existsSync(out);
  const guard = hadOld ? await startGuard() : undefined;
  try {
    if (hadOld) {
      try {
        renameSync(out, old);
      } catch (error) {
        throw new SwapFailed(`could not move the old site aside to ${old}/ (${code(error)})`);
      }
      // For the test that kills a build between the two renames (tests/unit/input/build-process.test.ts).
      if (process.env["BUILD_TEST_PAUSE_MID_SWAP"]) {
        process.stderr.write("paused between the swap's renames\n");
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
      }
    }
    try {
      renameSync(partial, out);
    } catch (error) {
      let back = "";
      try {
        if (hadOld) renameSync(old, out);
      } catch (restoring) {
        back = `; the old site is in ${old}/, which could not be moved back (${code(restoring)})`;
      }
      throw new SwapFailed(`could not rename ${partial}/ to ${out}/ (${code(error)})${back}`);
    }
  } finally {
    try {
      if (guard?.pid !== undefined) process.kill(guard.pid, "SIGKILL");
    } catch {
      // It has already ended.
    }
  }
  if (hadOld) {
    try {
      rmSync(old, { recursive: true, force: true });
    } catch (error) {
      console.error(`The new site is in place, but the old one in ${old}/ could not be removed (${code(error)}).`);
    }
  }
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
  if (child.pid !== undefined) lock.share(child.pid);
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

function giveUp(code: number, why?: string): void {
  try {
    rmSync(partial, { recursive: true, force: true });
  } catch (error) {
    console.error(`${partial}/ could not be removed (${(error as NodeJS.ErrnoException).code ?? String(error)}).`);
  }
  why ??= stoppedBy ? `The build was stopped (${stoppedBy})` : "The build failed";
  console.error(`\n✗ ${why}; ${out}/ was left as it was.`);
  // 128 + signal number is what a shell reports for a process ended by that signal.
  process.exitCode = stoppedBy === "SIGINT" ? 130 : stoppedBy === "SIGTERM" ? 143 : code || 1;
}

/**
 * The data files that changed since the snapshot, named as the publisher's folder names them, or a sentence
 * saying so; undefined when the folder is as it was.
 */
function dataChanged(taken: DataSnapshot): string | undefined {
  const changed = changedEntries(taken.fingerprint, fingerprintOf(dataDir));
  if (changed.length === 0) return undefined;
  const shown = changed.slice(0, 10).map((name) => escapeForTerminal(join(relative(".", dataDir), name)));
  const more = changed.length > 10 ? ` and ${changed.length - 10} more` : "";
  return (
    `The data changed while the site was being built (${shown.join(", ")}${more}). The build read a copy taken ` +
    `when it started, so no page mixed old and new figures, but that copy is no longer the data: nothing was ` +
    `published. Build again to publish the data as it is now`
  );
}

// Validation and astro start together: astro spends its first seconds starting up, not reading data, and
// validation run first delayed astro's start by its whole time. Astro's output waits until the data is known
// to be good; on bad data it is stopped and only validation's list of what to fix is printed.
const validation = start(process.execPath, ["scripts/validate.ts", "--quiet"], process.env);
const astro = start(
  "astro",
  ["build", ...process.argv.slice(2)],
  {
    ...astroEnvironment(process.env),
    ...ownServerDir(),
    OUT_DIR: partial,
    DATA_DIR: snapshot.dir,
    DATA_PATHS_ROOT: snapshot.root,
  },
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
  const changed = wasStopped() ? undefined : dataChanged(snapshot);
  // The search index is part of astro's build (src/integrations/search-index.ts).
  if (changed) giveUp(1, changed);
  else if (built !== 0 || wasStopped() || !existsSync(partial)) giveUp(built);
  else {
    try {
      await swapIn();
      console.log(`✓ Built into ${out}/`);
    } catch (error) {
      if (!(error instanceof SwapFailed)) throw error;
      giveUp(1, `The build finished but ${error.message}`);
    }
  }
}
