/** Shared by the bench's parts: number formats, the table printer, timed child processes, budget failures. */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

export const int = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
export const dec1 = new Intl.NumberFormat("en-US", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
export const dec2 = new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
export const kB = (bytes: number): string => `${dec1.format(bytes / 1000)} kB`;
export const MB = (bytes: number): string => `${int.format(bytes / 2 ** 20)} MB`;

/** The project's own binaries (astro, lighthouse, and Node 24 as `node`) come first on the path. */
export const env: NodeJS.ProcessEnv = {
  ...process.env,
  PATH: `${join(process.cwd(), "node_modules/.bin")}:${process.env["PATH"] ?? ""}`,
};

/** Budget failures collected by every part; the bench exits 1 when there is any. */
export const failures: string[] = [];

export function table(rows: string[][]): void {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? "").length))) ?? [];
  const line = (r: string[]) =>
    r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join("  ");
  console.log(line(rows[0] ?? []));
  console.log(widths.map((w) => "─".repeat(w)).join("  "));
  for (const r of rows.slice(1)) console.log(line(r));
  console.log();
}

export interface Timed {
  seconds: number;
  /** Peak resident memory of the largest process in the tree, from GNU time; NaN where it is missing. */
  peakBytes: number;
  /** User plus system CPU time of the whole tree, from GNU time: steadier than wall time on a busy machine. */
  cpuSeconds: number;
  stdout: string;
  stderr: string;
}

const TIME_BIN = existsSync("/usr/bin/time") ? "/usr/bin/time" : null;

/** Runs a command to completion, timing it and (with GNU time) measuring its peak memory. Throws on failure. */
export function run(cmd: string, args: string[], extraEnv: NodeJS.ProcessEnv = {}): Timed {
  const [bin, argv] = TIME_BIN ? [TIME_BIN, ["-v", cmd, ...args]] : [cmd, args];
  const started = performance.now();
  const result = spawnSync(bin, argv, { env: { ...env, ...extraEnv }, encoding: "utf8", maxBuffer: 1 << 28 });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) {
    console.error(result.stdout, result.stderr);
    throw new Error(`${cmd} ${args.join(" ")} failed`);
  }
  const field = (name: string) => Number(new RegExp(`${name}: ([\\d.]+)`).exec(result.stderr)?.[1] ?? NaN);
  const peakBytes = field("Maximum resident set size \\(kbytes\\)") * 1024;
  const cpuSeconds = field("User time \\(seconds\\)") + field("System time \\(seconds\\)");
  return { seconds, peakBytes, cpuSeconds, stdout: result.stdout, stderr: result.stderr };
}

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
};
