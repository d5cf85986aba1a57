/**
 * The lock that lets one build at a time write an output folder (scripts/build.ts). It is a file beside the
 * output folder (`dist.lock`) naming the processes that hold it: the build, the validation and Astro it
 * starts (each in a process group of its own, so they outlive a build killed outright, and Astro would go
 * on writing into the partial folder), and during the swap the watcher that puts the old site back if the
 * build dies there (scripts/swap-guard.ts).
 *
 * A build that finds the lock held by a running process refuses to start. A lock whose processes have all
 * ended (a build killed with SIGKILL, or a machine that stopped) is stale, and the next build takes it
 * over. Whether a process runs can only be asked on its own machine, so a lock written on another host (a
 * shared folder) counts as held; the message names the file to delete.
 */
import { linkSync, mkdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { dirname } from "node:path";

/** What a lock file holds. */
interface LockRecord {
  /** The processes holding the lock: the build first, then any watcher it started. */
  pids: number[];
  host: string;
  /** When the build started, as an ISO date. */
  started: string;
}

export interface BuildLock {
  /** Adds a process that holds the lock with the build (a child, the swap's watcher): not stale while it runs. */
  share(pid: number): void;
  /** Removes the lock if it is still this build's. */
  release(): void;
}

/** Why a build may not start: another one holds the lock. */
export class LockHeld extends Error {}

/**
 * Whether a process runs. A process that has ended but not been reaped (a zombie: a child of a killed build
 * whose new parent does not reap, as in many containers) still answers signal 0, so Linux's
 * /proc/<pid>/stat is asked for its state too: `Z` after the name in parentheses.
 */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
  try {
    const stat = readFileSync(`/proc/${String(pid)}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch {
    return true; // No /proc (not Linux): signal 0 is all there is.
  }
}

/** The lock's record and its inode, or undefined when there is no lock (or it cannot be read as one). */
function readLock(path: string): { record: LockRecord | undefined; ino: number } | undefined {
  try {
    const ino = statSync(path).ino;
    let record: LockRecord | undefined;
    try {
      const parsed = JSON.parse(readFileSync(path, "utf8")) as Partial<LockRecord>;
      if (Array.isArray(parsed.pids) && typeof parsed.host === "string") record = parsed as LockRecord;
    } catch {
      // Not a record this script writes: treated as stale, since no build holds it.
    }
    return { record, ino };
  } catch {
    return undefined;
  }
}

/** Writes a record to `path` in one step: a reader sees the whole record or the previous file, never half. */
function writeWhole(path: string, record: LockRecord, replace: boolean): void {
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, JSON.stringify(record));
  try {
    // link() fails if the lock exists, which is what makes taking it atomic; rename() replaces our own.
    if (replace) renameSync(temp, path);
    else linkSync(temp, path);
  } finally {
    if (!replace) unlinkSync(temp);
  }
}

/**
 * How a message names the holder: its process, its host when not this one, and when it started; and, when
 * the build itself was killed but a process it started still runs (Astro writing into the partial folder),
 * which ones.
 */
function describe(record: LockRecord): string {
  const [build, ...others] = record.pids;
  if (record.host !== hostname()) return `process ${String(build)} on ${record.host}, started ${record.started}`;
  const left = build !== undefined && !isRunning(build) ? others.filter(isRunning) : [];
  const still = left.length > 0 ? ` (ended, but process ${left.join(", ")} that it started still runs)` : "";
  return `process ${String(build)}${still}, started ${record.started}`;
}

/**
 * Takes the lock at `path` for this process, or throws {@link LockHeld} with a message for the publisher.
 * `onStale` is told about a stale lock taken over.
 */
export function acquireBuildLock(path: string, onStale: (holder: string) => void): BuildLock {
  mkdirSync(dirname(path), { recursive: true });
  const record: LockRecord = { pids: [process.pid], host: hostname(), started: new Date().toISOString() };
  // A few turns: each lost race (another build took the lock, or removed a stale one first) starts again.
  for (let turn = 0; turn < 5; turn++) {
    try {
      writeWhole(path, record, false);
      return {
        share(pid) {
          record.pids.push(pid);
          writeWhole(path, record, true);
        },
        release() {
          const current = readLock(path);
          if (current?.record?.pids[0] === process.pid && current.record.host === record.host) unlinkSync(path);
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const held = readLock(path);
    if (!held) continue;
    if (held.record && (held.record.host !== hostname() || held.record.pids.some(isRunning))) {
      throw new LockHeld(
        held.record.host === hostname()
          ? `Another build is writing this folder (${describe(held.record)}). Build again once it has finished.`
          : `Another build is writing this folder (${describe(held.record)}). If it is no longer running, delete ${path} and build again.`,
      );
    }
    // Stale. Move it aside and check that what moved is the file judged stale, not a lock another build
    // took in between; that one goes back.
    const aside = `${path}.${process.pid}.stale`;
    try {
      renameSync(path, aside);
    } catch {
      continue;
    }
    if (statSync(aside).ino !== held.ino) {
      try {
        linkSync(aside, path);
      } catch {
        // A third build took the lock meanwhile; the one moved aside then loses its lock (see release()).
      }
      unlinkSync(aside);
      continue;
    }
    unlinkSync(aside);
    onStale(held.record ? describe(held.record) : "its contents could not be read");
  }
  throw new LockHeld(`Other builds keep taking ${path}; build again once they have finished.`);
}

/** Whether the lock at `path` is held by the build `pid` (for the swap's watcher). */
export function heldBy(path: string, pid: number): boolean {
  return readLock(path)?.record?.pids[0] === pid;
}
