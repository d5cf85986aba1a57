import { spawnSync } from "node:child_process";
import { cpSync, existsSync, lstatSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { checkDataDir, loadDataset } from "../../../src/data/load.ts";
import { changedEntries, type DataSnapshot, fingerprintOf, takeSnapshot } from "../../../scripts/data-snapshot.ts";

let work: string;
let snapshot: DataSnapshot | undefined;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), "data-snapshot-"));
  cpSync("tests/fixtures/data/cli-good", join(work, "data"), { recursive: true });
});
afterEach(() => {
  rmSync(work, { recursive: true, force: true });
  if (snapshot) rmSync(snapshot.temp, { recursive: true, force: true });
  snapshot = undefined;
});

describe("the build's copy of the data folder (scripts/data-snapshot.ts)", () => {
  it("names its files as the publisher's folder does, inside the project and outside it", () => {
    for (const folder of ["tests/fixtures/data/cli-good", join(work, "data")]) {
      snapshot = takeSnapshot(folder);
      const sources = loadDataset({ dataDir: snapshot.dir, root: snapshot.root }).periods.map((p) => p.source);
      expect(sources).toEqual(
        ["2020-H2", "2021-H1", "2021-H2"].map((p) => join(relative(process.cwd(), folder), "requests", `${p}.csv`)),
      );
      expect(snapshot.dir.startsWith(snapshot.temp)).toBe(true);
      rmSync(snapshot.temp, { recursive: true, force: true });
    }
  });

  it("is a copy: later changes to the folder do not reach it, and the fingerprint names them", () => {
    const data = join(work, "data");
    snapshot = takeSnapshot(data);
    const file = join(data, "requests", "2021-H2.csv");
    const before = readFileSync(file, "utf8");
    writeFileSync(file, before.replace("IS,Iceland,0,", "IS,Iceland,7,"));
    writeFileSync(join(data, "requests", "2022-H1.csv"), before);
    rmSync(join(data, "site.json"));
    // An editor's hidden swap file is not data, as for every reader of the folder.
    writeFileSync(join(data, "requests", ".2021-H2.csv.swp"), "x");
    expect(readFileSync(join(snapshot.dir, "requests", "2021-H2.csv"), "utf8")).toBe(before);
    expect(changedEntries(snapshot.fingerprint, fingerprintOf(data))).toEqual([
      "requests/2021-H2.csv",
      "requests/2022-H1.csv",
      "site.json",
    ]);
    expect(changedEntries(snapshot.fingerprint, snapshot.fingerprint)).toEqual([]);
  });

  it("copies a link to a file inside the folder as that file, and leaves out links outside and pipes", () => {
    const data = join(work, "data");
    writeFileSync(join(work, "outside.csv"), "secret");
    symlinkSync(join(data, "requests", "2021-H1.csv"), join(data, "requests", "2021-H2-link.csv"));
    symlinkSync(join(work, "outside.csv"), join(data, "requests", "2019-H1.csv"));
    expect(spawnSync("mkfifo", [join(data, "requests", "2019-H2.csv")]).status).toBe(0);
    snapshot = takeSnapshot(data);
    const copied = join(snapshot.dir, "requests");
    expect(lstatSync(join(copied, "2021-H2-link.csv")).isFile()).toBe(true);
    expect(readFileSync(join(copied, "2021-H2-link.csv"))).toEqual(readFileSync(join(data, "requests", "2021-H1.csv")));
    expect(existsSync(join(copied, "2019-H1.csv"))).toBe(false);
    expect(existsSync(join(copied, "2019-H2.csv"))).toBe(false);
    expect(snapshot.fingerprint.get("requests/2019-H1.csv")).toBe(`link to ${join(work, "outside.csv")}`);
    expect(snapshot.fingerprint.get("requests/2019-H2.csv")).toBe("special entry");
    // Validation of the folder itself still names both (the build runs it beside Astro).
    const messages = checkDataDir({ dataDir: data }).issues.map((i) => `${i.file}: ${i.message}`);
    expect(messages.some((m) => m.includes("2019-H1.csv: is a symbolic link to a file outside"))).toBe(true);
    expect(messages.some((m) => m.includes("2019-H2.csv: is a named pipe"))).toBe(true);
  });
});
