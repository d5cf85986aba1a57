import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { IMPORTERS } from "../../../scripts/import/importers.ts";
import { folderFiles, writeFolder } from "../../../scripts/import/write.ts";
import { formatIssue } from "../../../src/data/issues.ts";
import { checkReportDir } from "../../../src/data/report/load-report.ts";

/**
 * What an importer writes is what the report model reads: each publisher's fixture excerpt, imported and
 * written as `npm run import` writes it, passes the same validation `npm run build` runs, with nothing to fix.
 */
const SOURCES: [publisher: string, folder: string][] = [
  ["microsoft", "tests/fixtures/import/microsoft/layouts"],
  ["google", "tests/fixtures/import/google/good"],
  ["github", "tests/fixtures/import/github/good"],
];

const scratch = mkdtempSync(join(tmpdir(), "imported-"));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

describe("an imported data folder", () => {
  it.each(SOURCES)("from %s's files validates against its own report.json", async (publisher, folder) => {
    const importer = IMPORTERS.get(publisher);
    if (!importer) throw new Error(`no importer for ${publisher}`);
    const report = await importer(folder, () => undefined);
    const out = join(scratch, publisher);
    await writeFolder(out, folderFiles(publisher, report));
    const { report: loaded, issues } = checkReportDir({ dataDir: out, today: new Date("2026-11-24T00:00:00Z") });
    expect(issues.map(formatIssue)).toEqual([]);
    // Every section the description declares has files, and every CSV the importer wrote was read.
    const written = [...report.files.keys()].filter((path) => path.endsWith(".csv")).length;
    const read = loaded?.sections.reduce((n, s) => n + s.periods.length, 0);
    expect(read).toBe(written);
  });
});
