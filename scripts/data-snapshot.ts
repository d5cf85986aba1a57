/**
 * The build's own copy of the data folder (scripts/build.ts). Astro's pages and its worker thread, which
 * makes the PDFs, workbooks and images, each read the data folder themselves and at different moments; a
 * file saved during a build once gave pages, CSV and JSON with one figure and the PDF and workbooks with
 * another. So the build copies the folder once, before anything reads it, points every reader of the site
 * at the copy, and at the end reads the folder's fingerprint again: if anything changed, the build fails.
 *
 * The copy is laid out so that its files keep, relative to `root`, the names the publisher's own folder
 * has relative to the working directory (`data/requests/2019-H2.csv`); the build passes `root` as
 * DATA_PATHS_ROOT (src/lib/data-dir.ts), so messages and the PDFs' "Generated from" line name them as before.
 *
 * Only what the readers could read is copied: regular files and links to files inside the folder (as files).
 * Links elsewhere, pipes, devices and oversized files are left out and noted in the fingerprint by kind;
 * validation, which reads the folder itself, reports each, so such a build fails before it is published.
 */
import { createHash } from "node:crypto";
import {
  closeSync,
  constants,
  existsSync,
  fstatSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readdirSync,
  realpathSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve, sep } from "node:path";
import { MAX_CSV_BYTES } from "../src/data/limits.ts";

/** Each entry of the folder (relative path, `/`-separated) and what it is: a file by its hash, else its kind. */
export type Fingerprint = Map<string, string>;

export interface DataSnapshot {
  /** The copy of the data folder. */
  dir: string;
  /** What the copy's paths are named relative to (DATA_PATHS_ROOT). */
  root: string;
  /** The folder holding it all, to remove after the build. */
  temp: string;
  fingerprint: Fingerprint;
}

/** Reads a regular file without blocking on a pipe swapped in after the check, or undefined if it is none. */
function readRegular(path: string): Buffer | undefined {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch {
    return undefined;
  }
  try {
    const stats = fstatSync(fd);
    return stats.isFile() && stats.size <= MAX_CSV_BYTES ? readFileSync(fd) : undefined;
  } finally {
    closeSync(fd);
  }
}

/** What an entry is, for an entry that is not copied. */
function kindOf(path: string): string {
  const stats = lstatSync(path, { throwIfNoEntry: false });
  if (!stats) return "gone";
  if (stats.isSymbolicLink()) {
    try {
      return `link to ${realpathSync(path)}`;
    } catch {
      return "dangling link";
    }
  }
  if (stats.isFile()) return `file of ${stats.size} bytes, modified ${stats.mtimeMs}`;
  return "special entry";
}

/**
 * The fingerprint of `dataDir`, copying each readable file into `copyTo` when given. Hidden entries are
 * left out, as the readers skip them (an editor's swap file is not data).
 */
export function fingerprintOf(dataDir: string, copyTo?: string): Fingerprint {
  const found: Fingerprint = new Map();
  let inside: string;
  try {
    inside = realpathSync(dataDir);
  } catch {
    return found;
  }
  const pending = [""];
  for (let folder = pending.pop(); folder !== undefined; folder = pending.pop()) {
    let names: string[];
    try {
      names = readdirSync(join(dataDir, folder)).filter((name) => !name.startsWith("."));
    } catch {
      continue;
    }
    for (const name of names.sort()) {
      const rel = folder ? `${folder}/${name}` : name;
      const path = join(dataDir, rel);
      const stats = lstatSync(path, { throwIfNoEntry: false });
      if (stats?.isDirectory()) {
        found.set(`${rel}/`, "folder");
        if (copyTo) mkdirSync(join(copyTo, rel), { recursive: true });
        pending.push(rel);
        continue;
      }
      let bytes: Buffer | undefined;
      if (stats?.isFile()) bytes = readRegular(path);
      else if (stats?.isSymbolicLink()) {
        try {
          const target = realpathSync(path);
          if (target.startsWith(inside + sep)) bytes = readRegular(target);
        } catch {
          // A dangling link: noted by kind below.
        }
      }
      if (!bytes) {
        found.set(rel, kindOf(path));
        continue;
      }
      found.set(rel, createHash("sha256").update(bytes).digest("hex"));
      if (copyTo) writeFileSync(join(copyTo, rel), bytes);
    }
  }
  return found;
}

/**
 * Copies `dataDir` into the folder `into`, which is created (a new temporary folder unless given; see the
 * top of this file).
 */
export function takeSnapshot(dataDir: string, into?: string, cwd = process.cwd()): DataSnapshot {
  const temp = into ?? mkdtempSync(join(tmpdir(), "transparency-data-"));
  mkdirSync(temp, { recursive: true });
  // The publisher's folder as the working directory names it, for example `data` or `../../tmp/bench-data`.
  // Each leading `..` needs one folder level under the copy's root, so the same relative path from root
  // lands inside the copy's folder.
  const shown = relative(cwd, resolve(cwd, dataDir));
  const parts = shown.split(sep);
  const ups = parts.findIndex((part) => part !== "..");
  const root = join(temp, ...Array<string>(ups < 0 ? parts.length : ups).fill("cwd"));
  const dir = resolve(root, shown);
  // A missing folder stays missing, so the readers report it as such.
  if (existsSync(dataDir)) mkdirSync(dir, { recursive: true });
  return { dir, root, temp, fingerprint: fingerprintOf(dataDir, dir) };
}

/** The entries added, removed or changed between two fingerprints, sorted. */
export function changedEntries(before: Fingerprint, after: Fingerprint): string[] {
  const names = new Set([...before.keys(), ...after.keys()]);
  return [...names].filter((name) => before.get(name) !== after.get(name)).sort();
}
