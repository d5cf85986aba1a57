/**
 * Reading the data folder without trusting it: folders, symlinks, pipes and devices
 * where files are expected become problems, never crashes, hangs or echoed contents.
 * The walker for scripts and tests lives here too, so there is one hardened copy.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, readdirSync, realpathSync } from "node:fs";
import { join, relative, sep } from "node:path";

/** A regular file found in a folder, with the name as listed. */
export interface FolderFile {
  name: string;
  path: string;
}

/** An entry that cannot be read as a file, and why (phrased to follow the entry's name). */
export interface FolderProblem {
  path: string;
  message: string;
}

/** What {@link entryProblem} says when nothing at all is at the path (not even a dangling link). */
export const NOT_FOUND = "cannot be found";

function kindOf(stats: { isDirectory(): boolean; isFIFO(): boolean; isSocket(): boolean }): string {
  if (stats.isDirectory()) return "is a folder, not a file";
  if (stats.isFIFO()) return "is a named pipe, not a file; it was not read";
  if (stats.isSocket()) return "is a socket, not a file; it was not read";
  return "is a device or other special entry, not a file; it was not read";
}

/**
 * Why `path` may not be read as a data file, or undefined when it is a regular file
 * inside `allowedRoot` (a symlink is followed only if its target stays inside).
 */
export function entryProblem(path: string, allowedRoot: string): string | undefined {
  let stats;
  try {
    stats = lstatSync(path);
  } catch {
    return NOT_FOUND;
  }
  if (stats.isSymbolicLink()) {
    let target: string;
    try {
      target = realpathSync(path);
    } catch {
      return "is a symbolic link whose target does not exist";
    }
    const root = realpathSync(allowedRoot);
    if (target !== root && !target.startsWith(root + sep)) {
      return "is a symbolic link to a file outside the data folder; it was not read. Copy the file into the folder instead";
    }
    const targetStats = lstatSync(target);
    if (!targetStats.isFile()) return `is a symbolic link to something that ${kindOf(targetStats)}`;
    return undefined;
  }
  if (!stats.isFile()) return kindOf(stats);
  return undefined;
}

/**
 * Reads a data file of at most `maxBytes`. Opens without blocking (a pipe swapped in
 * after the check cannot hang the process) and checks again on the open descriptor.
 */
export function readDataFile(
  path: string,
  allowedRoot: string,
  maxBytes: number,
): { bytes: Uint8Array } | { problem: string } {
  const problem = entryProblem(path, allowedRoot);
  if (problem) return { problem };
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return { problem: `cannot be opened (${(error as NodeJS.ErrnoException).code ?? "error"})` };
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return { problem: kindOf(stats) };
    if (stats.size > maxBytes) {
      return { problem: `is ${stats.size} bytes; a file here may have at most ${maxBytes} bytes` };
    }
    const bytes = new Uint8Array(stats.size);
    let read = 0;
    while (read < bytes.length) {
      const n = readSync(fd, bytes, read, bytes.length - read, read);
      if (n === 0) break;
      read += n;
    }
    return { bytes: bytes.subarray(0, read) };
  } finally {
    closeSync(fd);
  }
}

/**
 * The entries of one folder, sorted, hidden ones left out, split into regular files
 * (inside `allowedRoot`) and problems. A missing folder, or a file where the folder
 * should be, is one problem about `dir` itself.
 */
export function readFolder(dir: string, allowedRoot: string): { files: FolderFile[]; problems: FolderProblem[] } {
  const problems: FolderProblem[] = [];
  const files: FolderFile[] = [];
  let names: string[];
  try {
    const stats = lstatSync(dir);
    if (stats.isSymbolicLink()) {
      return { files, problems: [{ path: dir, message: "is a symbolic link; it must be a real folder" }] };
    }
    if (!stats.isDirectory()) {
      return { files, problems: [{ path: dir, message: "is a file, but it must be a folder of period files" }] };
    }
    names = readdirSync(dir).filter((name) => !name.startsWith("."));
  } catch {
    return { files, problems: [{ path: dir, message: "is missing; it must be a folder of period files" }] };
  }
  names.sort();
  for (const name of names) {
    const path = join(dir, name);
    const problem = entryProblem(path, allowedRoot);
    if (problem) problems.push({ path, message: problem });
    else files.push({ name, path });
  }
  return { files, problems };
}

/**
 * Every regular file under `dir`, as paths relative to it with `/` separators, sorted.
 * Symlinks, pipes and other special entries are skipped (never followed or opened), and
 * the walk keeps its own stack, so a deep tree cannot overflow the call stack.
 */
export function walkFiles(dir: string): string[] {
  const found: string[] = [];
  const pending = [dir];
  for (let current = pending.pop(); current !== undefined; current = pending.pop()) {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) pending.push(path);
      else if (entry.isFile()) found.push(relative(dir, path).split(sep).join("/"));
    }
  }
  return found.sort();
}
