/**
 * `npm run import -- <publisher> <source folder> --out <data folder> [--force]`: reads a publisher's own files and
 * writes a complete data folder (site.json, report.json, every CSV, IMPORT-LOG.md). A fault in the sources prints
 * `source: "value" reason`, exits 1 and writes nothing.
 */
import { stat } from "node:fs/promises";
import { parseArgs } from "node:util";
import { IMPORTERS } from "./importers.ts";
import { SourceError } from "./types.ts";
import { folderFiles, holdsData, logCounts, writeFolder } from "./write.ts";

const USAGE = `usage: npm run import -- <${[...IMPORTERS.keys()].join("|")}> <source folder> --out <data folder> [--force]`;

class UsageError extends Error {}

async function main(argv: string[]): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { out: { type: "string" }, force: { type: "boolean", default: false } },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const [publisher, source, ...extra] = parsed.positionals;
  const out = parsed.values.out;
  if (!publisher || !source || !out || extra.length > 0)
    throw new UsageError("a publisher, a source folder and --out are needed");
  const importer = IMPORTERS.get(publisher);
  if (!importer) throw new UsageError(`unknown publisher ${JSON.stringify(publisher)}`);
  const isFolder = await stat(source).then(
    (s) => s.isDirectory(),
    () => false,
  );
  if (!isFolder) throw new SourceError(source, source, "is not a folder");
  if (!parsed.values.force && (await holdsData(out))) {
    throw new UsageError(`${out} already holds data; add --force to replace it`);
  }

  const started = performance.now();
  const progress = (line: string) => {
    process.stdout.write(`  ${line}\n`);
  };
  process.stdout.write(`Importing ${publisher} from ${source}\n`);
  const report = await importer(source, progress);
  const files = folderFiles(publisher, report);
  await writeFolder(out, files);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);

  const lines = [`Adjustments (${report.log.length}; every one is in ${out}/IMPORT-LOG.md):`];
  for (const e of report.log) {
    lines.push(`  ${e.kind} ${e.source}: ${JSON.stringify(e.before)} → ${JSON.stringify(e.after)} ${e.note}`);
  }
  for (const [kind, n] of logCounts(report.log)) lines.push(`  ${kind}: ${n}`);
  lines.push(`✓ wrote ${files.size} files (${report.files.size} CSVs) to ${out} in ${seconds} s`);
  process.stdout.write(`${lines.join("\n")}\n`);
}

try {
  await main(process.argv.slice(2));
} catch (error) {
  // One line, never a stack trace: the source's own fault, a usage fault, or anything else said plainly.
  if (error instanceof SourceError) process.stderr.write(`${error.message}\n`);
  else if (error instanceof UsageError) process.stderr.write(`${error.message}\n${USAGE}\n`);
  else process.stderr.write(`import failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
