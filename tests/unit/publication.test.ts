import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkCorrectionsFile } from "../../src/data/corrections.ts";
import { formatIssue } from "../../src/data/issues.ts";
import { checkDataDir, checkRequestsDir } from "../../src/data/load.ts";
import { checkPublicationFiles } from "../../src/data/publication.ts";

const FIXTURES = "tests/fixtures/publication";
// Pinned so that "in the future" means the same thing on every day the tests run.
const TODAY = new Date("2026-11-24T00:00:00Z");
const { periods } = checkRequestsDir(join(FIXTURES, "requests"), { today: TODAY });
// A civil section that reported 2026-H1 only, with Brazil, which law enforcement does not list.
const civil = checkRequestsDir(join(FIXTURES, "civil"), { today: TODAY, folder: "civil" }).periods;
const sections = [
  { id: "law-enforcement" as const, periods },
  { id: "civil" as const, periods: civil },
];

function check(dir: string) {
  return checkPublicationFiles(join(FIXTURES, dir), periods, { today: TODAY, sections });
}

describe("release and correction files", () => {
  const cases = readdirSync(join(FIXTURES, "invalid")).sort();

  it("has one fixture per failure mode", () => {
    expect(cases).toEqual(
      expect.arrayContaining([
        "releases-bad-date",
        "releases-impossible-day",
        "releases-future-date",
        "releases-unknown-period",
        "releases-duplicate-period",
        "releases-before-period-end",
        "releases-missing-period",
        "releases-missing-column",
        "corrections-bad-date",
        "corrections-future-date",
        "corrections-unknown-period",
        "corrections-country-not-in-period",
        "corrections-unknown-section",
        "corrections-before-release",
        "corrections-empty-note",
        "corrections-bad-quoting",
        "corrections-windows-1252",
        "releases-windows-1252",
        "corrections-control-characters",
        "corrections-bidi-override",
        "corrections-note-too-long",
        "corrections-section-not-in-report",
        "corrections-section-period-not-reported",
        "corrections-country-not-in-section",
        "corrections-unknown-figure",
        "corrections-figure-twice",
        "corrections-figures-on-bands",
      ]),
    );
  });

  it.each(cases)("%s is refused with file:line:column messages", (name) => {
    const { issues } = check(join("invalid", name));
    expect(issues.length).toBeGreaterThan(0);
    for (const issue of issues) expect(issue.file.startsWith(join(FIXTURES, "invalid", name))).toBe(true);
    expect(issues.map(formatIssue)).toMatchSnapshot();
  });

  it("reads good files into dated releases and corrections, newest first", () => {
    const { releases, corrections, issues } = check("valid");
    expect(issues).toEqual([]);
    expect(releases).toEqual([
      { period: "2025-H2", published: "2026-02-10" },
      { period: "2026-H1", published: "2026-08-07" },
    ]);
    expect(corrections?.map((c) => [c.date, c.period, c.countryCode, c.section, c.anchor, c.figures])).toEqual([
      ["2026-09-12", "2026-H1", "DE", "law-enforcement", "correction-2026-09-12-2026-h1-de", ["rejected", "noData"]],
      // An empty figures cell means every figure of the subject, as a file without the column does.
      ["2026-09-12", "2026-H1", "DE", undefined, "correction-2026-09-12-2026-h1-de-2", undefined],
      ["2026-03-04", "2025-H2", undefined, undefined, "correction-2026-03-04-2025-h2-all", ["accounts"]],
    ]);
    expect(corrections?.[0]?.note).toBe(
      "Rejected requests were first published as 30, counting six withdrawn requests.",
    );
  });

  it("checks a correction naming a section against that section's files", () => {
    const { corrections, issues } = check("valid-section");
    expect(issues).toEqual([]);
    expect(corrections?.map((c) => [c.period, c.countryCode, c.section, c.anchor])).toEqual([
      ["2026-H1", undefined, "civil", "correction-2026-09-12-2026-h1-all"],
      ["2026-H1", "BR", "civil", "correction-2026-09-12-2026-h1-br"],
    ]);
    // Without the civil section's files the same corrections change nothing that was published.
    const alone = checkPublicationFiles(join(FIXTURES, "valid-section"), periods, { today: TODAY });
    expect(alone.issues.map((i) => [i.line, i.column])).toEqual([
      [2, "section"],
      [3, "section"],
    ]);
  });

  it("keeps a quoted line break in a note as a line feed, whatever the file's line ends", () => {
    const dir = mkdtempSync(join(tmpdir(), "note-crlf-"));
    try {
      writeFileSync(
        join(dir, "corrections.csv"),
        'date,period,country_code,note\r\n2026-09-12,2026-H1,DE,"First line.\r\nSecond line."\r\n',
      );
      const { corrections, issues } = checkPublicationFiles(dir, periods, { today: TODAY });
      expect(issues).toEqual([]);
      expect(corrections?.[0]?.note).toBe("First line.\nSecond line.");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("numbers the anchors of many corrections on one day in linear time", { timeout: 120_000 }, () => {
    // 100,000 corrections to one country on one day: each anchor once took a probe per earlier one,
    // about 5 billion probes here, which does not finish within the timeout. The bound only catches that.
    const count = 100_000;
    const text = "date,period,country_code,note\n" + "2026-09-12,2026-H1,DE,Fixed a figure.\n".repeat(count);
    const { corrections, issues } = checkCorrectionsFile("corrections.csv", text, {
      periods,
      releases: [],
      today: TODAY,
    });
    expect(issues).toEqual([]);
    const anchors = new Set(corrections.map((c) => c.anchor));
    expect(anchors.size).toBe(count);
    expect(anchors.has("correction-2026-09-12-2026-h1-de")).toBe(true);
    expect(anchors.has(`correction-2026-09-12-2026-h1-de-${count}`)).toBe(true);
    expect(anchors.has(`correction-2026-09-12-2026-h1-de-${count + 1}`)).toBe(false);
  });

  it("treats both files as optional; no corrections.csv is not the same as one that lists none", () => {
    expect(checkPublicationFiles(join(FIXTURES, "requests"), periods, { today: TODAY })).toEqual({
      releases: [],
      corrections: undefined,
      issues: [],
    });
    const root = mkdtempSync(join(tmpdir(), "corrections-"));
    writeFileSync(join(root, "corrections.csv"), "date,period,country_code,note\n");
    expect(checkPublicationFiles(root, periods, { today: TODAY }).corrections).toEqual([]);
    rmSync(root, { recursive: true });
  });

  it("loads the shipped data with a release date for every period", () => {
    const { dataset, issues } = checkDataDir({ dataDir: "data", today: TODAY });
    expect(issues).toEqual([]);
    expect(dataset?.releases).toHaveLength(dataset?.periods.length ?? -1);
    expect(dataset?.releases?.find((r) => r.period === "2026-H1")?.published).toBe("2026-08-07");
    expect(dataset?.corrections?.map((c) => c.anchor)).toEqual([
      "correction-2026-09-12-2026-h1-br",
      "correction-2026-03-04-2025-h2-all",
    ]);
  });
});
