/**
 * Imports a whole local folder of Microsoft's workbooks (nothing is fetched) and prints what came out: periods and
 * rows per section, log entries by kind, and the time taken. Nothing is written.
 *
 *   npx node scripts/import/microsoft/summary.ts /path/to/microsoft
 */
import { performance } from "node:perf_hooks";
import { importMicrosoft } from "./index.ts";
import { SourceError } from "../types.ts";

const folder = process.argv[2];
if (!folder) {
  console.error("usage: npx node scripts/import/microsoft/summary.ts <folder of Microsoft workbooks>");
  process.exit(2);
}
const started = performance.now();
try {
  const report = await importMicrosoft(folder, (line) => {
    console.log(line);
  });
  const seconds = (performance.now() - started) / 1000;
  const bySection = new Map<string, { periods: string[]; rows: number }>();
  for (const [path, text] of report.files) {
    const [section, file] = path.split("/") as [string, string];
    const entry = bySection.get(section) ?? { periods: [], rows: 0 };
    entry.periods.push(file.replace(/\.csv$/, ""));
    entry.rows += text.trimEnd().split("\n").length - 1;
    bySection.set(section, entry);
  }
  console.log("\nsection folder: periods (first – last), rows");
  for (const [section, { periods, rows }] of bySection) {
    console.log(`  ${section}: ${periods.length} (${periods[0]} – ${periods.at(-1)}), ${rows} rows`);
  }
  const kinds = new Map<string, number>();
  for (const entry of report.log) kinds.set(entry.kind, (kinds.get(entry.kind) ?? 0) + 1);
  console.log(`\nlog entries: ${report.log.length}`);
  for (const [kind, n] of [...kinds].sort()) console.log(`  ${kind}: ${n}`);
  console.log(`\nimported in ${seconds.toFixed(1)} s`);
} catch (error) {
  if (error instanceof SourceError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
