/**
 * The swap's watcher (scripts/build.ts): started by a build just before it moves the old site aside, it
 * waits for that build to end. A build ends between the swap's two renames only when it is killed outright
 * (SIGKILL, the out-of-memory killer): SIGINT and SIGTERM are handled in JavaScript, which cannot run
 * between two synchronous renames. If the build is gone, still holds the lock and left no site in place,
 * this puts the old site back and removes the lock, so the folder is never left without a site until the
 * next build. A build that finishes the swap stops this watcher itself.
 *
 *   node scripts/swap-guard.ts <build pid> <out> <old> <lock>
 */
import { existsSync, renameSync, unlinkSync } from "node:fs";
import { heldBy, isRunning } from "./build-lock.ts";

const [pid, out, old, lock] = process.argv.slice(2) as [string, string, string, string];
const build = Number(pid);

const timer = setInterval(() => {
  if (isRunning(build)) return;
  clearInterval(timer);
  // The lock still names the build, and lists this watcher, so no other build has started meanwhile.
  if (!heldBy(lock, build)) return;
  if (!existsSync(out) && existsSync(old)) renameSync(old, out);
  unlinkSync(lock);
}, 20);
// The build waits for this before its first rename.
process.stdout.write("watching\n");
