/**
 * `npm run validate`: checks everything in data/ without building.
 * Prints every issue as file:line:column and exits 1 if there is any.
 *
 *   --quiet        print nothing on success (used by `npm run build`)
 *   --data DIR     check another folder (default: $DATA_DIR or data)
 */
import { formatIssueList } from "../src/data/issues.ts";
import { checkDataDir } from "../src/data/load.ts";
import { periodId } from "../src/data/period.ts";
import { escapeForTerminal } from "../src/data/text-checks.ts";
import { fontHasGlyph } from "../src/downloads/pdf/fonts.ts";
import { sectionDef } from "../src/data/sections.ts";
import { checkReportDir, hasReportDescription, REPORT_FILE } from "../src/data/report/load-report.ts";
import { reportGlyphIssues } from "../src/data/report/report-glyphs.ts";
import { reportPeriodId } from "../src/data/report/report-period.ts";
import { join, relative } from "node:path";

const args = process.argv.slice(2);
const quiet = args.includes("--quiet");
const dataFlag = args.indexOf("--data");
const dataDir = (dataFlag >= 0 ? args[dataFlag + 1] : undefined) ?? process.env["DATA_DIR"] ?? "data";

// Names appear in regular and bold text in the PDF, so a character must exist in both.
const regular = fontHasGlyph("regular");
const bold = fontHasGlyph("bold");
const hasGlyph = (cp: number) => regular(cp) && bold(cp);

/** A folder with report.json is checked against its description (docs/report-model.md). */
function validateDescribedReport(): void {
  const checked = checkReportDir({ dataDir });
  const descriptionFile = relative(process.cwd(), join(dataDir, REPORT_FILE));
  const issues = checked.report ? reportGlyphIssues(checked.report, descriptionFile, hasGlyph) : checked.issues;
  if (issues.length > 0 || !checked.report) {
    const files = new Set(issues.map((i) => i.file)).size;
    const lines = formatIssueList(issues);
    lines.push(
      `\n✗ ${issues.length} ${issues.length === 1 ? "error" : "errors"} in ${files} ${files === 1 ? "file" : "files"}. Nothing was published.`,
    );
    process.stderr.write(`${lines.join("\n")}\n`);
    process.exitCode = 1;
    return;
  }
  if (quiet) return;
  const lines = [`✓ ${escapeForTerminal(dataDir)} is valid against ${REPORT_FILE}:`];
  for (const section of checked.report.sections) {
    const rows = section.periods.reduce((n, p) => n + p.rows.length, 0);
    const first = section.periods[0]?.period;
    const last = section.periods.at(-1)?.period;
    const span = first && last ? `${reportPeriodId(first)} to ${reportPeriodId(last)}` : "none";
    lines.push(`  ${section.description.id}: ${section.periods.length} periods (${span}), ${rows} rows.`);
  }
  process.stdout.write(`${lines.join("\n")}\n`);
}

if (hasReportDescription(dataDir)) {
  validateDescribedReport();
} else {
  validateFixedLayout();
}

/** A folder without report.json: the four fixed sections, as always. */
function validateFixedLayout(): void {
  const { dataset, issues, warnings } = checkDataDir({ dataDir, hasGlyph });

  // One write per stream, and process.exitCode instead of process.exit(): Node then drains
  // the output before it exits, so nothing is lost on a slow pipe.
  const err: string[] = formatIssueList(warnings).map((line) => `warning: ${line}`);
  if (!dataset) {
    for (const line of formatIssueList(issues)) err.push(line);
    const files = new Set(issues.map((i) => i.file)).size;
    err.push(
      `\n✗ ${issues.length} ${issues.length === 1 ? "error" : "errors"} in ${files} ${files === 1 ? "file" : "files"}. Nothing was published.`,
    );
    process.exitCode = 1;
  }
  if (err.length > 0) process.stderr.write(`${err.join("\n")}\n`);
  if (dataset && !quiet) {
    const rows = dataset.periods.reduce((n, p) => n + p.rows.length, 0);
    const countries = new Set(dataset.periods.flatMap((p) => p.rows.map((r) => r.countryCode))).size;
    const first = dataset.periods[0]?.period;
    const last = dataset.periods.at(-1)?.period;
    const span = first && last ? `${periodId(first)} to ${periodId(last)}` : "none";
    process.stdout.write(
      `✓ ${escapeForTerminal(dataDir)} is valid: ${dataset.periods.length} periods (${span}), ${countries} countries, ${rows} rows.\n`,
    );
    for (const section of dataset.sections.slice(1)) {
      const sectionRows = section.periods.reduce((n, p) => n + p.rows.length, 0);
      console.log(`  and ${sectionDef(section.id).folder}/: ${section.periods.length} periods, ${sectionRows} rows.`);
    }
  }
}
