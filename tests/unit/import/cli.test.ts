import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { run, tree } from "./helpers.ts";

const dir = mkdtempSync(join(tmpdir(), "import-cli-"));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe.each(["google", "github"])("npm run import %s on the good fixture", (publisher) => {
  const source = `tests/fixtures/import/${publisher}/good`;
  const first = join(dir, `${publisher}-1`);
  const second = join(dir, `${publisher}-2`);

  it("writes the whole data folder with progress, and the same bytes when run twice", () => {
    const one = run("main.ts", [publisher, source, "--out", first]);
    expect(one.stderr).toBe("");
    expect(one.status).toBe(0);
    expect(one.stdout).toContain(`Importing ${publisher} from ${source}`);
    expect(one.stdout).toMatch(/✓ wrote \d+ files/);
    expect(run("main.ts", [publisher, source, "--out", second]).status).toBe(0);
    const a = tree(first);
    const b = tree(second);
    expect([...a.keys()]).toContain("report.json");
    expect([...a.keys()]).toContain("site.json");
    expect([...a.keys()]).toContain("IMPORT-LOG.md");
    expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
    for (const [path, bytes] of a) expect(bytes.equals(b.get(path)!), path).toBe(true);
  });

  it("writes a log with a summary by kind that counts every entry", () => {
    const log = readFileSync(join(first, "IMPORT-LOG.md"), "utf8");
    const entries = log
      .split("## Entries")[1]!
      .split("\n")
      .filter((l) => /^\| [a-z]+(-[a-z]+)* \|/.test(l) && !l.startsWith("| kind"));
    const total = /\| all \| (\d+) \|/.exec(log)?.[1];
    expect(Number(total)).toBe(entries.length);
    expect(entries.length).toBeGreaterThan(0);
  });

  it("refuses a folder that already holds data unless --force is given", () => {
    const refused = run("main.ts", [publisher, source, "--out", first]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(`${first} already holds data; add --force to replace it`);
    writeFileSync(join(first, "stray.txt"), "old");
    expect(run("main.ts", [publisher, source, "--out", first, "--force"]).status).toBe(0);
    expect([...tree(first).keys()]).not.toContain("stray.txt");
  });

  it("reads every figure back from the source with import:check, and fails on a changed figure", () => {
    const ok = run("readback.ts", [publisher, source, first]);
    expect(ok.stdout).toMatch(/ 0 mismatches, 0 data figures without a source/);
    expect(ok.status).toBe(0);
    const tampered = join(dir, `${publisher}-tampered`);
    cpSync(first, tampered, { recursive: true });
    const file = join(tampered, "national-security", publisher === "google" ? "2021-H2.csv" : "2024-H2.csv");
    writeFileSync(file, readFileSync(file, "utf8").replace(/,1500,/, ",1000,"));
    const bad = run("readback.ts", [publisher, source, tampered]);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toMatch(/1 mismatches/);
    // A row lost from a period's file: its figures and the period's worldwide sum both fail.
    const period = join(tampered, "requests", publisher === "google" ? "2014-H2.csv" : "2021.csv");
    const lines = readFileSync(period, "utf8").split("\n");
    writeFileSync(period, [lines[0], ...lines.slice(2)].join("\n"));
    const lost = run("readback.ts", [publisher, source, tampered]);
    expect(lost.status).toBe(1);
    expect(lost.stdout).toMatch(/mismatch worldwide requests\/(2014-H2|2021) requests/);
  });
});

describe("npm run import:check microsoft on the fixture excerpts", () => {
  const source = "tests/fixtures/import/microsoft/layouts";
  const imported = join(dir, "microsoft");
  /** A copy of the imported folder with one file changed. */
  function altered(name: string, path: string, change: (text: string) => string): string {
    const copy = join(dir, `microsoft-${name}`);
    cpSync(imported, copy, { recursive: true });
    const file = join(copy, path);
    const before = readFileSync(file, "utf8");
    const after = change(before);
    expect(after, `${path} changed`).not.toBe(before);
    writeFileSync(file, after);
    return copy;
  }
  const mismatches = (stdout: string) => stdout.split("\n").filter((l) => l.startsWith("  mismatch "));

  it("reads every workbook figure back and finds the imported folder equal, with the logged changes", () => {
    expect(run("main.ts", ["microsoft", source, "--out", imported]).status).toBe(0);
    const ok = run("readback.ts", ["microsoft", source, imported]);
    expect(ok.stderr).toBe("");
    expect(ok.stdout).toMatch(/ 0 mismatches, 0 data figures without a source/);
    // Every section of the excerpts is reached, the bands included.
    for (const section of ["requests", "skype", "emergency", "civil", "us-warrants-consumer", "national-security"]) {
      expect(ok.stdout).toMatch(new RegExp(`\\b${section} [1-9]\\d*\\b`));
    }
    expect(ok.stdout).toMatch(/[1-9]\d* changed as IMPORT-LOG\.md says/);
    expect(ok.stdout).toMatch(/[1-9]\d* stated totals compared with the sum of their rows/);
    expect(ok.status).toBe(0);
  });

  it("names the workbook cell, the source value and the data value when one data figure is altered", () => {
    const copy = altered("figure", "requests/2018-H1.csv", (t) => t.replace("AR,Argentina,434,", "AR,Argentina,435,"));
    const bad = run("readback.ts", ["microsoft", source, copy]);
    expect(bad.status).toBe(1);
    expect(mismatches(bad.stdout)).toEqual([
      '  mismatch Microsoft LERR_2018_H1.xlsx!Criminal!D6: source "434", data requests/2018-H1|AR| requests "435"',
      "  mismatch Microsoft LERR_2018_H1.xlsx!Criminal!B5: stated requests total minus the sum of the rows is 10999 in the source, 10998 in the data",
      "  mismatch worldwide requests/2018-H1 requests: source 12223, data 12224",
    ]);
  });

  it("finds an altered band bound in both workbooks that state it", () => {
    const copy = altered("band", "national-security/2021-H2.csv", (t) =>
      t.replace("fisa-content,500,0,499,12500,12999", "fisa-content,500,0,499,12000,12999"),
    );
    const bad = run("readback.ts", ["microsoft", source, copy]);
    expect(bad.status).toBe(1);
    expect(mismatches(bad.stdout)).toEqual([
      '  mismatch Microsoft LERR_2022_H1.xlsx!NS!C4:low: source "12500", data national-security/2021-H2|US|fisa-content accounts_low "12000"',
      '  mismatch Microsoft_USNSOR_2021_H2.xlsx!US National Security Orders!E24:low: source "12500", data national-security/2021-H2|US|fisa-content accounts_low "12000"',
    ]);
  });

  it("accepts a logged change only to the value the log gives", () => {
    // The log keeps a fractional count as not reported; a rounded figure in its place is not what the log says.
    const rounded = altered("rounded", "requests/2015-H2.csv", (t) => t.replace("IL,Israel,,", "IL,Israel,20,"));
    const bad = run("readback.ts", ["microsoft", source, rounded]);
    expect(bad.status).toBe(1);
    expect(mismatches(bad.stdout)[0]).toBe(
      '  mismatch Microsoft LERR_2015_H2.xlsx!LERR!C10: source "20.142857142857142", data requests/2015-H2|IL| requests "20"',
    );
    // Outcomes that do not add up are kept as published; the mark is checked against the source's own sums.
    const unmarked = altered("unmarked", "civil/2022-H1.csv", (t) => t.replace(/^(total,.*),yes$/m, "$1,"));
    const missing = run("readback.ts", ["microsoft", source, unmarked]);
    expect(missing.status).toBe(1);
    expect(mismatches(missing.stdout)).toEqual([
      '  mismatch Microsoft LERR_2022_H1.xlsx!Civil!A7: the source\'s outcomes do not add up, data civil/2022-H1|total| as_published ""',
    ]);
  });
});

describe("npm run import arguments", () => {
  it("says clearly when the publisher is unknown", () => {
    const { status, stderr } = run("main.ts", [
      "acme",
      "tests/fixtures/import/google/good",
      "--out",
      join(dir, "acme"),
    ]);
    expect(status).toBe(1);
    expect(stderr.split("\n")[0]).toBe('unknown publisher "acme"');
  });

  it("says when the source folder is not a folder", () => {
    mkdirSync(join(dir, "x"), { recursive: true });
    const { status, stderr } = run("main.ts", ["google", join(dir, "nowhere"), "--out", join(dir, "x", "out")]);
    expect(status).toBe(1);
    expect(stderr).toBe(`${join(dir, "nowhere")}: "${join(dir, "nowhere")}" is not a folder\n`);
  });
});
