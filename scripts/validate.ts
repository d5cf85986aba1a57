/**
 * `npm run validate`: checks everything in data/ without building.
 * Prints every issue as file:line:column and exits 1 if there is any.
 *
 *   --quiet        print nothing on success (used by `npm run build`)
 *   --data DIR     check another folder (default: $DATA_DIR or data)
 */
import { checkDataDir } from "../src/data/load.ts";
import { formatIssue, sortIssues } from "../src/data/issues.ts";
import { sectionDef } from "../src/data/sections.ts";

const args = process.argv.slice(2);
const quiet = args.includes("--quiet");
const dataFlag = args.indexOf("--data");
const dataDir = (dataFlag >= 0 ? args[dataFlag + 1] : undefined) ?? process.env["DATA_DIR"] ?? "data";

const { dataset, issues } = checkDataDir({ dataDir });
if (!dataset) {
  for (const issue of sortIssues(issues)) console.error(formatIssue(issue));
  const files = new Set(issues.map((i) => i.file)).size;
  console.error(
    `\n✗ ${issues.length} ${issues.length === 1 ? "error" : "errors"} in ${files} ${files === 1 ? "file" : "files"}. Nothing was published.`,
  );
  process.exit(1);
}
if (!quiet) {
  const rows = dataset.periods.reduce((n, p) => n + p.rows.length, 0);
  const countries = new Set(dataset.periods.flatMap((p) => p.rows.map((r) => r.countryCode))).size;
  const first = dataset.periods[0]?.period;
  const last = dataset.periods.at(-1)?.period;
  console.log(
    `✓ ${dataDir} is valid: ${dataset.periods.length} periods (${first?.year}-H${first?.half} to ${last?.year}-H${last?.half}), ${countries} countries, ${rows} rows.`,
  );
  for (const section of dataset.sections.slice(1)) {
    const sectionRows = section.periods.reduce((n, p) => n + p.rows.length, 0);
    console.log(`  and ${sectionDef(section.id).folder}/: ${section.periods.length} periods, ${sectionRows} rows.`);
  }
}
