/**
 * Writing an imported report: the log as Markdown, and the whole data folder written beside the target and renamed
 * into place, so the target is either the old folder or the complete new one, never half of each.
 */
import { mkdir, readdir, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import type { Adjustment, AdjustmentKind, ImportedReport } from "./types.ts";

/** A table cell: pipes escaped and line breaks folded, so each entry stays one table row that readback can parse. */
function tableCell(text: string): string {
  return text.replaceAll("\\", "\\\\").replaceAll("|", "\\|").replace(/\r?\n/g, " ");
}

/** Reverses tableCell for one cell. */
export function untableCell(text: string): string {
  return text.replace(/\\([\\|])/g, "$1");
}

export function logCounts(log: readonly Adjustment[]): Map<AdjustmentKind, number> {
  const counts = new Map<AdjustmentKind, number>();
  for (const entry of log) counts.set(entry.kind, (counts.get(entry.kind) ?? 0) + 1);
  return new Map([...counts].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** IMPORT-LOG.md: the summary by kind, then every adjustment in source order. No dates or paths, so re-imports match. */
export function renderLog(publisher: string, log: readonly Adjustment[]): string {
  const lines = [
    `# Import log: ${publisher}`,
    "",
    "Every change the importer made to a value of the publisher's files, with where it came from",
    "(`file:line:column`, relative to the source folder), the value before and after (empty: not reported).",
    "",
    "## Summary",
    "",
    "| kind | entries |",
    "| --- | --- |",
    ...[...logCounts(log)].map(([kind, n]) => `| ${kind} | ${n} |`),
    `| all | ${log.length} |`,
    "",
    "## Entries",
    "",
    "| kind | source | before | after | note |",
    "| --- | --- | --- | --- | --- |",
    ...log.map((e) => `| ${[e.kind, e.source, e.before, e.after, e.note].map(tableCell).join(" | ")} |`),
    "",
  ];
  return lines.join("\n");
}

/** Every file of the data folder, by relative path, as the bytes to write. */
export function folderFiles(publisher: string, report: ImportedReport): Map<string, string> {
  const files = new Map<string, string>([
    ["site.json", `${JSON.stringify(report.site, null, 2)}\n`],
    ["report.json", `${JSON.stringify(report.description, null, 2)}\n`],
    ["IMPORT-LOG.md", renderLog(publisher, report.log)],
  ]);
  for (const [path, text] of report.files) files.set(path, text);
  return files;
}

/** True when `dir` exists and holds anything. */
export async function holdsData(dir: string): Promise<boolean> {
  try {
    return (await readdir(dir)).length > 0;
  } catch (error) {
    if ((error as { code?: unknown }).code === "ENOENT") return false;
    throw error;
  }
}

/** Writes the files into a temporary folder beside `out`, then renames it into place (replacing `out` if present). */
export async function writeFolder(out: string, files: ReadonlyMap<string, string>): Promise<void> {
  const parent = dirname(out);
  await mkdir(parent, { recursive: true });
  const temp = join(parent, `.${basename(out)}.import-${process.pid}`);
  const old = join(parent, `.${basename(out)}.replaced-${process.pid}`);
  await rm(temp, { recursive: true, force: true });
  try {
    for (const [path, text] of files) {
      const target = join(temp, path);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, text);
    }
    let replaced = false;
    try {
      await rename(out, old);
      replaced = true;
    } catch (error) {
      if ((error as { code?: unknown }).code !== "ENOENT") throw error;
    }
    try {
      await rename(temp, out);
    } catch (error) {
      // Put the old folder back: the target is never left without a whole data folder.
      if (replaced) await rename(old, out);
      throw error;
    }
    if (replaced) await rm(old, { recursive: true, force: true });
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}
