/**
 * `node scripts/check-reproducible.ts`: builds the site once more, into a fresh
 * output folder with a fresh Astro cache, and compares it byte by byte with the
 * build already in OUT_DIR (dist/ by default), the one the other checks tested.
 * The same data must always publish the same files, so a diff of two releases
 * shows only what really changed. Exits 1 and lists the differing files
 * otherwise. Set KEEP=1 to keep the fresh build for a closer look.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { walkFiles } from "../src/data/files.ts";

export interface TreeDiff {
  onlyInFirst: string[];
  onlyInSecond: string[];
  different: string[];
  same: number;
}

/** Every regular file under `dir` (the one hardened walker, shared with the tests). */
const filesUnder = walkFiles;

export function compareTrees(a: string, b: string): TreeDiff {
  const first = new Set(filesUnder(a));
  const second = new Set(filesUnder(b));
  const diff: TreeDiff = { onlyInFirst: [], onlyInSecond: [], different: [], same: 0 };
  for (const file of first) {
    if (!second.has(file)) diff.onlyInFirst.push(file);
    else if (readFileSync(join(a, file)).equals(readFileSync(join(b, file)))) diff.same++;
    else diff.different.push(file);
  }
  for (const file of second) if (!first.has(file)) diff.onlyInSecond.push(file);
  return diff;
}

/** Where two versions of a file first differ, with a little context, to make the cause easy to spot. */
function firstDifference(a: string, b: string): string {
  const x = readFileSync(a, "utf8");
  const y = readFileSync(b, "utf8");
  let i = 0;
  while (i < x.length && x[i] === y[i]) i++;
  return `at character ${i}: "${x.slice(Math.max(0, i - 40), i + 40)}" vs "${y.slice(Math.max(0, i - 40), i + 40)}"`;
}

if (process.argv[1]?.endsWith("check-reproducible.ts")) {
  const built = process.env["OUT_DIR"] ?? "dist";
  if (!existsSync(join(built, "index.html"))) {
    console.error(`✗ No build in ${built}/ to compare with: run \`npm run build\` first.`);
    process.exit(1);
  }
  // Inside the project on purpose: for an outDir outside it, Astro stages the prerender bundle in ./.astro/,
  // which every other build outside the project shares, so parallel builds would trip over each other.
  mkdirSync("node_modules/.cache", { recursive: true });
  const work = mkdtempSync(join("node_modules/.cache", "reproducible-"));
  const fresh = join(work, "fresh");
  const started = performance.now();
  const result = spawnSync("npm", ["run", "--silent", "build"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, OUT_DIR: fresh, ASTRO_CACHE_DIR: join(work, "cache") },
  });
  if (result.status !== 0) {
    console.error("✗ The fresh build failed.");
    process.exit(1);
  }
  console.log(`The fresh build took ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  const diff = compareTrees(built, fresh);
  const problems = [
    ...diff.onlyInFirst.map((f) => `only in ${built}/: ${f}`),
    ...diff.onlyInSecond.map((f) => `only in the fresh build: ${f}`),
    ...diff.different.map((f) => `differs: ${f} ${firstDifference(join(built, f), join(fresh, f))}`),
  ];
  if (process.env["KEEP"] !== "1") rmSync(work, { recursive: true, force: true });
  else console.log(`Kept the fresh build in ${fresh}`);
  const n = new Intl.NumberFormat("en-US");
  if (problems.length > 0) {
    for (const p of problems.slice(0, 50)) console.error(p);
    console.error(
      `\n✗ ${built}/ and a fresh build differ in ${n.format(problems.length)} files (${n.format(diff.same)} identical). ` +
        "If code or data changed since that build, rebuild it first.",
    );
    process.exit(1);
  }
  console.log(`✓ ${built}/ and a fresh build are identical: ${n.format(diff.same)} files, byte for byte.`);
}
