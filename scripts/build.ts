/**
 * `npm run build`: builds into a side folder and swaps it in only when the whole build
 * succeeded. The swap moves the old site aside, renames the new one in, then removes the
 * old one, so at every instant `dist/` is either the old site or the new one, whole.
 * SIGINT/SIGTERM stop the running child (validation or astro) and leave the old site
 * in place. package.json runs this with `exec`, so the signal npm forwards reaches this
 * process instead of ending only the shell in between.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, readFileSync, renameSync, rmSync } from "node:fs";
import { join } from "node:path";
import { writeSearchIndex } from "./search-index.ts";

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

let current: ChildProcess | undefined;
let stoppedBy: NodeJS.Signals | undefined;

function stop(signal: NodeJS.Signals): void {
  stoppedBy = signal;
  if (current?.pid === undefined) return;
  try {
    // The child leads its own process group, so this reaches every process astro started.
    process.kill(-current.pid, signal);
  } catch {
    // It has already exited; the code below cleans up.
  }
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

/** Runs a command to its end; resolves with its exit code (non-zero when it failed to start or was killed). */
function run(command: string, args: readonly string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: "inherit", env, detached: true });
    current = child;
    child.on("error", (error) => {
      console.error(`✗ Could not start ${command}: ${error.message}`);
      resolve(1);
    });
    child.on("exit", (code) => {
      resolve(code ?? 1);
    });
  });
}

function giveUp(code: number): void {
  rmSync(partial, { recursive: true, force: true });
  const why = stoppedBy ? `The build was stopped (${stoppedBy})` : "The build failed";
  console.error(`\n✗ ${why}; ${out}/ was left as it was.`);
  // 128 + signal number is what a shell reports for a process ended by that signal.
  process.exitCode = stoppedBy === "SIGINT" ? 130 : stoppedBy === "SIGTERM" ? 143 : code || 1;
}

/** The Pagefind index, written into the partial folder so it is swapped in with the pages or not at all. */
async function searchIndexed(): Promise<boolean> {
  try {
    // site.json was validated already (a BOM is allowed there); only its language is read here.
    const siteText = readFileSync(join(process.env["DATA_DIR"] ?? "data", "site.json"), "utf8").replace(/^\uFEFF/, "");
    const { language } = JSON.parse(siteText) as { language?: string };
    const started = performance.now();
    const pages = await writeSearchIndex(partial, language ?? "en");
    console.log(`✓ Search index: ${pages} pages in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    return true;
  } catch (error) {
    console.error(`✗ The search index failed: ${(error as Error).message}`);
    return false;
  }
}

const validated = await run(process.execPath, ["scripts/validate.ts", "--quiet"], process.env);
if (validated !== 0 || wasStopped()) giveUp(validated);
else {
  const built = await run("astro", ["build", ...process.argv.slice(2)], { ...process.env, OUT_DIR: partial });
  if (built !== 0 || wasStopped() || !existsSync(partial)) giveUp(built);
  else if (!(await searchIndexed()) || wasStopped()) giveUp(1);
  else {
    swapIn();
    console.log(`✓ Built into ${out}/`);
  }
}
