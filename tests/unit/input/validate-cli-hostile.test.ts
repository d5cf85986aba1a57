import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ISSUES_SHOWN_PER_FILE } from "../../../src/data/limits.ts";

const HEADER = "country_code,country,requests,accounts,content,non_content,no_data,rejected";
const DUPLICATES_PER_FILE = 4100;
const PERIODS = ["2013", "2014", "2015", "2016", "2017", "2018", "2019", "2020", "2021", "2022", "2023", "2024", "2025"]
  .flatMap((year) => [`${year}-H1`, `${year}-H2`])
  .concat(["2026-H1"]);

let data: string;
beforeAll(() => {
  data = mkdtempSync(join(tmpdir(), "cli-hostile-"));
  mkdirSync(join(data, "requests"));
  copyFileSync("data/site.json", join(data, "site.json"));
  // Every period repeats one row thousands of times: one "appears more than once" issue per line,
  // about 110,000 in all, which once overflowed the call stack.
  const body = `${HEADER}\n${"DE,Germany,1,,1,0,0,0\n".repeat(DUPLICATES_PER_FILE + 1)}`;
  for (const id of PERIODS.slice(1)) writeFileSync(join(data, "requests", `${id}.csv`), body);
  // A header cell that would clear the screen and set the terminal title if printed raw.
  writeFileSync(join(data, "requests", "2013-H1.csv"), `${HEADER},\u001b]0;owned\u0007\u001b[2J\u009b31m\n`);
});
afterAll(() => {
  rmSync(data, { recursive: true, force: true });
});

// Each case spawns the real CLI; on a loaded two-core machine one can take several seconds. Speed is measured
// in `npm run bench`, so the bound here only catches a hang.
describe("npm run validate with hostile data", { timeout: 60_000 }, () => {
  it("flushes every line to a slow pipe, with a count per file and the summary last", () => {
    // The reader sleeps before it reads, so the writer meets a full 64 kB pipe buffer.
    const script = `node_modules/.bin/node scripts/validate.ts --data "$1" 2>&1 | (sleep 1; cat); echo "exit=\${PIPESTATUS[0]}"`;
    const result = spawnSync("bash", ["-c", script, "validate", data], { encoding: "utf8", maxBuffer: 1 << 26 });
    const lines = result.stdout.trimEnd().split("\n");
    const total = DUPLICATES_PER_FILE * (PERIODS.length - 1) + 1;
    expect(lines.at(-1)).toBe("exit=1");
    expect(lines.at(-2)).toBe(`✗ ${total} errors in ${PERIODS.length} files. Nothing was published.`);
    expect(result.stdout.length).toBeGreaterThan(65_536);
    const more = lines.filter((line) => line.includes("more problems in this file"));
    expect(more).toHaveLength(PERIODS.length - 1);
    expect(more[0]).toMatch(
      new RegExp(`2013-H2\\.csv: … and ${DUPLICATES_PER_FILE - ISSUES_SHOWN_PER_FILE} more problems in this file$`),
    );
  });

  it("never sends a control character from the data to the terminal", () => {
    const result = spawnSync("node_modules/.bin/node", ["scripts/validate.ts", "--data", data], { encoding: "utf8" });
    expect(result.status).toBe(1);
    // eslint-disable-next-line no-control-regex -- the point is to find raw control characters
    expect(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/.test(result.stderr)).toBe(false);
    expect(result.stderr).toContain("2013-H1.csv:1:\\u{1B}]0;owned\\u{7}\\u{1B}[2J\\u{9B}31m:");
  });
});
