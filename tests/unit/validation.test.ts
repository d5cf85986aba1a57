import { copyFileSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { formatIssue } from "../../src/data/issues.ts";
import { checkRequestsDir } from "../../src/data/load.ts";

const FIXTURES = "tests/fixtures/data";
// Pinned so that "future period" means the same thing on every day the tests run.
const TODAY = new Date("2026-11-24T00:00:00Z");

function check(kind: "valid" | "invalid", name: string) {
  return checkRequestsDir(join(FIXTURES, kind, name), { today: TODAY });
}

describe("invalid fixtures", () => {
  const cases = readdirSync(join(FIXTURES, "invalid")).sort();

  it("has one fixture per failure mode named in the data contract", () => {
    const required = [
      "thousands-separator",
      "decimal-point",
      "exponent",
      "leading-space",
      "empty-count",
      "negative-count",
      "sum-mismatch",
      "duplicate-country",
      "unknown-code",
      "lower-case-code",
      "missing-column",
      "unknown-column",
      "duplicate-header",
      "ragged-row",
      "bad-quoting",
      "empty-file",
      "header-only",
      "half-three",
      "future-period",
      "not-csv",
      "windows-1252",
      "utf16-le-bom",
      "utf16-be-bom",
      "utf16-le-no-bom",
      "name-of-other-code",
      "control-characters",
      "bidi-override",
      "padded-name",
      "name-too-long",
      "count-too-large",
      "accounts-bad",
      "escape-in-header",
    ];
    expect(cases).toEqual(expect.arrayContaining(required));
  });

  it.each(cases)("%s is refused with file:line:column messages", (name) => {
    const { issues } = check("invalid", name);
    expect(issues.length).toBeGreaterThan(0);
    for (const issue of issues) expect(issue.file.startsWith(join(FIXTURES, "invalid", name))).toBe(true);
    expect(issues.map(formatIssue)).toMatchSnapshot();
  });
});

describe("valid oddities load correctly", () => {
  it("accepts a BOM and keeps the first column name intact", () => {
    const { periods, issues } = check("valid", "bom");
    expect(issues).toEqual([]);
    expect(periods[0]?.rows.map((r) => r.countryCode)).toEqual(["DE", "FR", "US"]);
  });

  it("accepts CRLF line ends without leaving \\r in the last column", () => {
    const { periods, issues } = check("valid", "crlf");
    expect(issues).toEqual([]);
    expect(periods[0]?.rows[2]).toMatchObject({ countryCode: "US", rejected: 100, line: 4 });
  });

  it("accepts CRLF and LF line ends mixed in one file (rows appended to a Windows export)", () => {
    const { periods, issues } = check("valid", "mixed-line-ends");
    expect(issues).toEqual([]);
    expect(periods[0]?.rows.map((r) => [r.countryCode, r.rejected, r.line])).toEqual([
      ["DE", 4, 2],
      ["FR", 2, 3],
      ["US", 1, 4],
    ]);
  });

  it("ignores a trailing blank line", () => {
    const { periods, issues } = check("valid", "trailing-blank-line");
    expect(issues).toEqual([]);
    expect(periods[0]?.rows).toHaveLength(3);
  });

  it("keeps a quoted line break inside a name and counts lines as an editor does", () => {
    const { periods, issues } = check("valid", "quoted-newline-in-name");
    expect(issues).toEqual([]);
    expect(periods[0]?.rows[3]).toMatchObject({ countryCode: "KR", country: "Korea,\nRepublic of", line: 5 });
  });

  it("reads commas, doubled quotes and a leading = in names as plain text", () => {
    const { periods, issues } = check("valid", "name-with-commas-and-quotes");
    expect(issues).toEqual([]);
    expect(periods[0]?.rows.map((r) => r.country)).toEqual([
      "Germany",
      "France",
      "United States",
      'Korea, "Republic" of',
      "=Côte d'Ivoire",
    ]);
  });

  it("keeps blank accounts as null, not 0", () => {
    const { periods } = check("valid", "bom");
    expect(periods[0]?.rows[1]).toMatchObject({ countryCode: "FR", accounts: null });
    const zero = check("valid", "single-country-zero-requests").periods[0]?.rows[0];
    expect(zero).toMatchObject({ requests: 0, accounts: 0 });
  });
});

describe("several bad files in one folder", () => {
  it("reports the problems of each file, none hiding another's, in file and line order", () => {
    // The it.each above checks each fixture alone; this puts several bad periods side by side
    // in one folder and expects exactly the union of their problems, none lost and none added.
    const picks = ["sum-mismatch", "windows-1252", "control-characters", "accounts-bad"];
    const dir = mkdtempSync(join(tmpdir(), "several-bad-"));
    try {
      const expected: string[] = [];
      picks.forEach((name, i) => {
        const periodFile = `${2014 + i}-H1.csv`;
        copyFileSync(join(FIXTURES, "invalid", name, "2020-H2.csv"), join(dir, periodFile));
        const alone = check("invalid", name).issues.map((issue) => ({
          ...issue,
          file: relative(process.cwd(), join(dir, periodFile)),
        }));
        expected.push(...alone.map(formatIssue));
      });
      const { issues } = checkRequestsDir(dir, { today: TODAY });
      expect(issues.map(formatIssue)).toEqual(expected);
      expect(new Set(issues.map((i) => i.file)).size).toBe(picks.length);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
