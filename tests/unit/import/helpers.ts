import { spawnSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import Papa from "papaparse";
import { vi } from "vitest";
import type { ImportedReport } from "../../../scripts/import/types.ts";

// The test files that import these helpers start the importer as its own process (Node 24 through npm); on a
// loaded 2-core machine that alone can take longer than vitest's default 5 s.
vi.setConfig({ testTimeout: 60_000 });

/** The rows of one imported CSV, by `country_code|process-or-authority`. */
export function rows(report: ImportedReport, path: string): Map<string, Record<string, string>> {
  const text = report.files.get(path);
  if (text === undefined) throw new Error(`${path} was not written`);
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  return new Map(parsed.data.map((r) => [`${r["country_code"]}|${r["process"] ?? r["authority"] ?? ""}`, r]));
}

/** One row, or a failed test naming what was missing. */
export function row(report: ImportedReport, path: string, key: string): Record<string, string> {
  const found = rows(report, path).get(key);
  if (!found) throw new Error(`${path} has no row ${key}`);
  return found;
}

/** A fixture source file's data rows as objects, with their 1-based line numbers, read without the importer. */
export function sourceRows(folder: string, file: string): { line: number; cells: Record<string, string> }[] {
  const lines = readFileSync(join(folder, file), "utf8").split(/\r?\n/);
  const header = (lines[0] ?? "").split(",");
  return lines.flatMap((line, i) => {
    if (i === 0 || line === "") return [];
    const values = Papa.parse<string[]>(line).data[0] ?? [];
    return [{ line: i + 1, cells: Object.fromEntries(header.map((h, j) => [h, values[j] ?? ""])) }];
  });
}

/** Runs a script of scripts/import on the project's Node 24, as npm run does. */
export function run(script: string, args: string[]) {
  const result = spawnSync("node_modules/.bin/node", [`scripts/import/${script}`, ...args], { encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Every file under `dir`, by relative path, as bytes. */
export function tree(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else out.set(relative(dir, path), readFileSync(path));
    }
  };
  walk(dir);
  return out;
}
