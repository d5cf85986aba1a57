/**
 * `node scripts/bench/corrections.ts [count …]`: how long checking corrections.csv takes
 * when every correction falls on one day for one country, so that every anchor needs a
 * number. Prints the time for each count (20,000 and 200,000 unless told); it enforces
 * no budget. The file-size limit is not in the way: the check is called on the text.
 */
import { checkCorrectionsFile } from "../../src/data/corrections.ts";
import { checkRequestsDir } from "../../src/data/load.ts";

const counts = process.argv.slice(2).map(Number);
const today = new Date("2026-11-24T00:00:00Z");
const { periods } = checkRequestsDir("tests/fixtures/publication/requests", { today });

for (const count of counts.length > 0 ? counts : [20_000, 200_000]) {
  const text = "date,period,country_code,note\n" + "2026-09-12,2026-H1,DE,Fixed a figure.\n".repeat(count);
  const start = performance.now();
  const { corrections, issues } = checkCorrectionsFile("corrections.csv", text, {
    periods,
    releases: [],
    today,
  });
  const seconds = (performance.now() - start) / 1000;
  const anchors = new Set(corrections.map((c) => c.anchor)).size;
  console.log(
    `${count} corrections on one day: ${seconds.toFixed(2)} s, ${anchors} distinct anchors, ${issues.length} issues`,
  );
}
