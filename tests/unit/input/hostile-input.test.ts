import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { countries, totalsOf } from "../../../src/data/aggregate.ts";
import { formatIssue, sortIssues } from "../../../src/data/issues.ts";
import {
  LAST_YEAR_COVERED,
  MAX_COUNT,
  MAX_COUNTRY_CODES,
  MAX_CSV_BYTES,
  MAX_NAME_LENGTH,
  MAX_SITE_JSON_BYTES,
} from "../../../src/data/limits.ts";
import { readJsonFile } from "../../../src/data/json-file.ts";
import { checkDataDir, checkRequestsDir } from "../../../src/data/load.ts";
import { checkPublicationFiles } from "../../../src/data/publication.ts";
import { FIRST_YEAR } from "../../../src/data/period.ts";
import { loadSite } from "../../../src/data/site-file.ts";
import { textProblem } from "../../../src/data/text-checks.ts";
import { fontHasGlyph } from "../../../src/downloads/pdf/fonts.ts";

const TODAY = new Date("2026-11-24T00:00:00Z");
const HEADER = "country_code,country,requests,accounts,content,non_content,no_data,rejected";
const GOOD = `${HEADER}\nDE,Germany,10,12,1,2,3,4\n`;

describe("site.json", () => {
  const dir = "tests/fixtures/data/site";
  const cases = readdirSync(dir).sort();

  it.each(cases)("%s gives the expected messages", (name) => {
    const issues: Parameters<typeof loadSite>[3] = [];
    const site = loadSite(join(dir, name, "site.json"), `${name}/site.json`, join(dir, name), issues);
    expect(site === undefined).toBe(issues.length > 0);
    expect(issues.map(formatIssue)).toMatchSnapshot();
  });

  it("has one fixture per failure mode", () => {
    expect(cases).toEqual(
      expect.arrayContaining([
        "url-with-space",
        "url-port-too-large",
        "url-port-not-a-number",
        "deep-nesting",
        "not-json",
        "control-character-in-key",
        "unpaired-surrogate",
        "section-label-control-character",
        "section-label-bidi-override",
        "section-label-too-long",
        "section-label-padded",
        "section-description-control-character",
      ]),
    );
  });

  it("accepts a UTF-8 byte-order mark", () => {
    const issues: Parameters<typeof loadSite>[3] = [];
    expect(loadSite(join(dir, "bom", "site.json"), "site.json", join(dir, "bom"), issues)?.organisation).toBe(
      "Example Cloud Ltd.",
    );
    expect(issues).toEqual([]);
  });

  it("never publishes credentials and refuses a path instead of losing it", () => {
    for (const name of ["credentials", "path"]) {
      const issues: Parameters<typeof loadSite>[3] = [];
      expect(loadSite(join(dir, name, "site.json"), "site.json", join(dir, name), issues)).toBeUndefined();
      expect(issues.map((i) => i.column)).toEqual(["siteUrl"]);
    }
  });
});

describe("odd entries in the data folder", () => {
  let data: string;
  let outside: string;
  beforeEach(() => {
    data = mkdtempSync(join(tmpdir(), "odd-data-"));
    outside = mkdtempSync(join(tmpdir(), "odd-outside-"));
    mkdirSync(join(data, "requests"));
    writeFileSync(join(data, "requests", "2020-H2.csv"), GOOD);
  });
  afterEach(() => {
    rmSync(data, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });

  function messages(requests = join(data, "requests")): string[] {
    return sortIssues(checkRequestsDir(requests, { today: TODAY, root: data, allowedRoot: data }).issues).map(
      formatIssue,
    );
  }

  it("reports each odd entry and still checks the good file beside it", () => {
    mkdirSync(join(data, "requests", "2021-H1.csv"));
    mkdirSync(join(data, "elsewhere"));
    symlinkSync(join(data, "elsewhere"), join(data, "requests", "2019-H1.csv"));
    symlinkSync(join(data, "gone.csv"), join(data, "requests", "2019-H2.csv"));
    writeFileSync(join(outside, "secret.csv"), "TOP-SECRET-CONTENTS\n");
    symlinkSync(join(outside, "secret.csv"), join(data, "requests", "2018-H1.csv"));
    execFileSync("mkfifo", [join(data, "requests", "2018-H2.csv")]);
    writeFileSync(join(data, "requests", "2017-H1.csv"), `${HEADER}\nDE,Germany,1,1,1,0,0,x\n`);
    const found = messages();
    expect(found).toEqual([
      'requests/2017-H1.csv:2:rejected: "x" is not a whole number written as plain digits',
      "requests/2018-H1.csv: is a symbolic link to a file outside the data folder; it was not read. Copy the file into the folder instead",
      "requests/2018-H2.csv: is a named pipe, not a file; it was not read",
      "requests/2019-H1.csv: is a symbolic link to something that is a folder, not a file",
      "requests/2019-H2.csv: is a symbolic link whose target does not exist",
      "requests/2021-H1.csv: is a folder, not a file",
    ]);
    expect(found.join("\n")).not.toContain("TOP-SECRET");
  });

  it.each([
    [
      "a folder",
      (path: string) => {
        mkdirSync(path);
      },
      "is a folder, not a file",
    ],
    ["a named pipe", (path: string) => execFileSync("mkfifo", [path]), "is a named pipe, not a file; it was not read"],
    [
      "a link to a file outside the data folder",
      (path: string) => {
        symlinkSync(join(outside, "secret.csv"), path);
      },
      "is a symbolic link to a file outside the data folder; it was not read. Copy the file into the folder instead",
    ],
    [
      "a dangling link",
      (path: string) => {
        symlinkSync(join(data, "gone.csv"), path);
      },
      "is a symbolic link whose target does not exist",
    ],
  ])("refuses %s in place of corrections.csv or releases.csv, without reading it", (_kind, make, message) => {
    writeFileSync(join(outside, "secret.csv"), "period,published\nTOP-SECRET-CONTENTS,2026-08-07\n");
    make(join(data, "corrections.csv"));
    make(join(data, "releases.csv"));
    const { periods } = checkRequestsDir(join(data, "requests"), { today: TODAY, allowedRoot: data });
    const { corrections, issues } = checkPublicationFiles(data, periods, { today: TODAY, root: data });
    // Nothing was read, so the report says nothing about corrections (not "there were none").
    expect(corrections).toBeUndefined();
    expect(sortIssues(issues).map(formatIssue)).toEqual([`corrections.csv: ${message}`, `releases.csv: ${message}`]);
  });

  it("follows a symlink to a file inside the data folder", () => {
    writeFileSync(join(data, "shared.csv"), GOOD);
    symlinkSync(join(data, "shared.csv"), join(data, "requests", "2021-H1.csv"));
    const { periods, issues } = checkRequestsDir(join(data, "requests"), { today: TODAY, allowedRoot: data });
    expect(issues).toEqual([]);
    expect(periods.map((p) => p.rows.length)).toEqual([1, 1]);
  });

  it("says so when requests is a file, or a symlink, instead of crashing", () => {
    rmSync(join(data, "requests"), { recursive: true });
    writeFileSync(join(data, "requests"), "not a folder");
    expect(messages()).toEqual(["requests: is a file, but it must be a folder of period files"]);
    rmSync(join(data, "requests"));
    symlinkSync(outside, join(data, "requests"));
    expect(messages()).toEqual(["requests: is a symbolic link; it must be a real folder"]);
  });

  it("refuses a file over the size limit without reading it", () => {
    writeFileSync(join(data, "requests", "2021-H1.csv"), GOOD + "#".repeat(MAX_CSV_BYTES));
    expect(messages()).toEqual([
      `requests/2021-H1.csv: is ${GOOD.length + MAX_CSV_BYTES} bytes; a file here may have at most ${MAX_CSV_BYTES} bytes`,
    ]);
    const issues: Parameters<typeof loadSite>[3] = [];
    writeFileSync(join(data, "site.json"), " ".repeat(MAX_SITE_JSON_BYTES + 1));
    loadSite(join(data, "site.json"), "site.json", data, issues);
    expect(issues.map(formatIssue)).toEqual([
      `site.json: is ${MAX_SITE_JSON_BYTES + 1} bytes; a file here may have at most ${MAX_SITE_JSON_BYTES} bytes`,
    ]);
  });
});

describe("the JSON reader for description files", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "json-reader-"));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });
  const read = (name: string) => readJsonFile(join(dir, name), name, dir, { maxBytes: 1000, maxDepth: 4 });

  it("takes an optional file that is not there as absent, but reports a dangling link", () => {
    expect(read("report.json")).toEqual({ absent: true, issues: [] });
    symlinkSync(join(dir, "gone.json"), join(dir, "report.json"));
    expect(read("report.json").issues.map(formatIssue)).toEqual([
      "report.json: is a symbolic link whose target does not exist",
    ]);
  });

  it("parses a good file and reports escaped control characters anywhere in it, by path", () => {
    writeFileSync(join(dir, "report.json"), '{"a":{"b":["ok","x\\u0007y"]},"c\\u202ed":1}');
    const { json, issues } = read("report.json");
    expect(json).toEqual({ a: { b: ["ok", "x\u0007y"] }, "c\u202ed": 1 });
    expect(issues.map(formatIssue)).toEqual([
      'report.json:a.b.1: "x\\u0007y" contains a bell (BEL) (U+0007) at character 2; remove it, text in report.json may only hold visible text',
      'report.json:c\\u{202E}d: "c\\u{202E}d" contains a right-to-left override (U+202E) at character 2; remove it, a key in report.json may only hold visible text',
    ]);
  });

  it("refuses nesting deeper than its limit before parsing, with the place", () => {
    writeFileSync(join(dir, "report.json"), '{"a":[[[{"b":1}]]]}');
    expect(read("report.json")).toEqual({
      issues: [
        {
          file: "report.json",
          line: 1,
          column: "9",
          message: "nests objects and arrays more than 4 levels deep; this file needs far fewer, so check its brackets",
        },
      ],
    });
  });
});

describe("country names", () => {
  it("warns when a code is named differently across periods and shows the latest name everywhere", () => {
    const { dataset, issues, warnings } = checkDataDir({ dataDir: "tests/fixtures/data/renamed", today: TODAY });
    expect(issues).toEqual([]);
    expect(warnings.map(formatIssue)).toEqual([
      'tests/fixtures/data/renamed/requests/2021-H1.csv:country: "CZ" is named differently across periods ("Czech Republic" in tests/fixtures/data/renamed/requests/2020-H1.csv; "Czech Rep." in tests/fixtures/data/renamed/requests/2020-H2.csv; "Czechia" in tests/fixtures/data/renamed/requests/2021-H1.csv); every page and download shows "Czechia", the name in the latest period',
    ]);
    const cz = dataset?.periods.flatMap((p) => p.rows.filter((r) => r.countryCode === "CZ").map((r) => r.country));
    expect(cz).toEqual(["Czechia", "Czechia", "Czechia"]);
    expect(countries(dataset!).map((c) => c.name)).toEqual(["Czechia", "Germany"]);
  });

  it("reports names and a site name the PDF font cannot draw when validate injects the font", () => {
    const regular = fontHasGlyph("regular");
    const { issues } = checkDataDir({ dataDir: "tests/fixtures/data/glyphs", today: TODAY, hasGlyph: regular });
    expect(issues.map(formatIssue)).toMatchSnapshot();
    expect(issues.map((i) => i.value).sort()).toEqual(["Germany 🇩🇪", "日本", "株式会社サンプル"].sort());
  });
});

describe("published text the PDF font cannot draw", () => {
  it("reports correction notes and section wording, each with its place, when validate injects the font", () => {
    const regular = fontHasGlyph("regular");
    const bold = fontHasGlyph("bold");
    const { dataset, issues } = checkDataDir({
      dataDir: "tests/fixtures/data/glyphs-published-text",
      today: TODAY,
      hasGlyph: (cp) => regular(cp) && bold(cp),
    });
    expect(dataset).toBeUndefined();
    expect(sortIssues(issues).map(formatIssue)).toMatchSnapshot();
    // Latin with accents, Greek and Cyrillic are drawn; only the three texts outside the font are refused.
    expect(issues.map((i) => [i.line, i.column])).toEqual(
      expect.arrayContaining([
        [2, "note"],
        [3, "note"],
        [undefined, "sections.law-enforcement.label"],
        [undefined, "sections.law-enforcement.shortLabel"],
        [undefined, "sections.civil.description"],
      ]),
    );
    expect(issues).toHaveLength(5);
  });
});

describe("printing issues", () => {
  it("cuts a huge value or column name, says how long it was, and escapes invisible characters", () => {
    const line = formatIssue({
      file: "f.csv",
      line: 2,
      column: "c".repeat(100_000),
      value: "x".repeat(100_000),
      message: "m",
    });
    expect(line.length).toBeLessThan(400);
    expect(line).toContain("… (100000 characters) m");
    expect(formatIssue({ file: "f.csv", value: "A\uFEFFB\u202EC", message: "m" })).toBe(
      'f.csv: "A\\u{FEFF}B\\u{202E}C" m',
    );
  });
});

describe("limits keep totals exact", () => {
  it("the largest possible sum of counts stays below 2^53", () => {
    const periods = (LAST_YEAR_COVERED - FIRST_YEAR + 1) * 2;
    const largestSum = MAX_COUNTRY_CODES * periods * MAX_COUNT;
    expect(largestSum).toBeLessThan(Number.MAX_SAFE_INTEGER);
    // and the site's own summing agrees with BigInt at that size
    const rows = Array.from({ length: MAX_COUNTRY_CODES * periods }, () => ({
      requests: MAX_COUNT,
      accounts: MAX_COUNT,
      content: MAX_COUNT,
      nonContent: 0,
      noData: 0,
      rejected: 0,
    }));
    expect(BigInt(totalsOf(rows).requests)).toBe(BigInt(MAX_COUNT) * BigInt(rows.length));
  });
});

describe("data/schema.json states the same limits", () => {
  const schema = JSON.parse(readFileSync("data/schema.json", "utf8")) as {
    fields: { name: string; type: string; constraints: { maximum?: number; maxLength?: number; pattern?: string } }[];
  };

  it("caps every count at MAX_COUNT and names at MAX_NAME_LENGTH", () => {
    for (const f of schema.fields.filter((f) => f.type === "integer")) expect(f.constraints.maximum).toBe(MAX_COUNT);
    expect(schema.fields.find((f) => f.name === "country")?.constraints.maxLength).toBe(MAX_NAME_LENGTH);
  });

  it.each([
    "Germany",
    "Korea,\nRepublic of",
    "Côte d'Ivoire",
    "日本",
    " Germany",
    "Germany ",
    "Ger\u0000many",
    "\u202eX",
    "It\taly",
    "A",
  ])("its name pattern agrees with the validator on %j", (name) => {
    const pattern = new RegExp(schema.fields.find((f) => f.name === "country")?.constraints.pattern ?? "", "u");
    expect(pattern.test(name)).toBe(textProblem(name, "a name", MAX_NAME_LENGTH) === undefined);
  });
});
