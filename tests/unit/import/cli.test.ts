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
