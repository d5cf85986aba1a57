import { cpSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatIssue, sortIssues } from "../../src/data/issues.ts";
import { checkDataDir, checkRequestsDir, loadDataset } from "../../src/data/load.ts";
import { effectiveSection, effectiveSections, SECTION_IDS, SECTIONS } from "../../src/data/sections.ts";
import { validateRangeFile } from "../../src/data/validate-range-file.ts";

const FIXTURES = "tests/fixtures/sections";
// Pinned so that "future period" means the same thing on every day the tests run.
const TODAY = new Date("2026-11-24T00:00:00Z");

const messages = (dataDir: string) => sortIssues(checkDataDir({ dataDir, today: TODAY }).issues).map(formatIssue);

describe("the section registry", () => {
  it("lists the four sections in reading order, each with its own folder, anchor and definitions entry", () => {
    expect(SECTIONS.map((s) => [s.id, s.folder, s.kind, s.required])).toEqual([
      ["law-enforcement", "requests", "counts", true],
      ["emergency", "emergency", "counts", false],
      ["civil", "civil", "counts", false],
      ["national-security", "national-security", "ranges", false],
    ]);
    for (const key of ["id", "folder", "label", "shortLabel", "description", "definitionsAnchor"] as const) {
      expect(new Set(SECTIONS.map((s) => s[key])).size).toBe(SECTIONS.length);
    }
    // Ids are page anchors: they must be valid, readable fragment ids.
    for (const id of SECTION_IDS) expect(id).toMatch(/^[a-z][a-z-]*$/);
  });

  it("applies site.json's relabelling and keeps the defaults elsewhere", () => {
    const { dataset } = checkDataDir({ dataDir: join(FIXTURES, "all-sections"), today: TODAY });
    if (!dataset) throw new Error("all-sections did not load");
    const sections = effectiveSections(dataset.site);
    expect(sections.map((s) => s.label)).toEqual([
      "Government requests",
      "Emergency requests",
      "Civil demands",
      "National security demands",
    ]);
    expect(sections[0]?.shortLabel).toBe("Government");
    expect(sections[0]?.description).toBe(SECTIONS[0].description);
    expect(effectiveSection(dataset.site, "civil").description).toBe("Demands from parties to private lawsuits.");
    expect(effectiveSection({}, "civil").label).toBe("Civil demands");
  });

  it("refuses unknown section ids, unknown keys and blank labels in site.json", () => {
    expect(messages(join(FIXTURES, "bad-relabel"))).toMatchSnapshot();
  });
});

describe("loading sections", () => {
  it("names a bad file in every section with file:line:column, all at once, and publishes nothing", () => {
    const { dataset, issues } = checkDataDir({ dataDir: join(FIXTURES, "bad-in-each-section"), today: TODAY });
    expect(dataset).toBeUndefined();
    const files = new Set(issues.map((i) => i.file.split("/").slice(-2, -1)[0]));
    expect([...files].sort()).toEqual(["civil", "emergency", "national-security", "requests"]);
    for (const issue of issues) expect(issue.line).toBeGreaterThan(1);
    expect(messages(join(FIXTURES, "bad-in-each-section"))).toMatchSnapshot();
  });

  it("refuses a section period that law enforcement does not have, and an empty section folder", () => {
    expect(messages(join(FIXTURES, "orphan-period"))).toMatchSnapshot();
  });

  it("reads every section present, in registry order, with its own periods", () => {
    const dataset = loadDataset({ dataDir: join(FIXTURES, "all-sections"), today: TODAY });
    expect(
      dataset.sections.map((s) => [s.id, s.kind, s.periods.map((p) => p.source.split("/").slice(-2).join("/"))]),
    ).toEqual([
      ["law-enforcement", "counts", ["requests/2020-H2.csv", "requests/2021-H1.csv"]],
      ["emergency", "counts", ["emergency/2020-H2.csv", "emergency/2021-H1.csv"]],
      ["civil", "counts", ["civil/2021-H1.csv"]],
      ["national-security", "ranges", ["national-security/2020-H2.csv", "national-security/2021-H1.csv"]],
    ]);
    expect(dataset.sections[0]?.periods).toBe(dataset.periods);
    const security = dataset.sections[3];
    if (security?.kind !== "ranges") throw new Error("national security should be a ranges section");
    expect(security.periods[0]?.rows[2]).toEqual({
      countryCode: "US",
      country: "United States",
      authority: "nsl",
      bandWidth: 250,
      demands: { low: 0, high: 249 },
      accounts: null,
      line: 4,
    });
    const emergency = dataset.sections[1];
    if (emergency?.kind !== "counts") throw new Error("emergency should be a counts section");
    expect(emergency.periods[1]?.rows.map((r) => [r.countryCode, r.requests, r.accounts])).toEqual([
      ["US", 30, null],
      ["FR", 0, 0],
    ]);
  });

  it("builds a requests-only folder exactly as before: one section, the same periods", () => {
    const dataDir = "tests/fixtures/data/cli-good";
    const dataset = loadDataset({ dataDir, today: TODAY });
    const before = checkRequestsDir(join(dataDir, "requests"), { today: TODAY });
    expect(dataset.periods).toEqual(before.periods);
    expect(dataset.sections).toEqual([{ id: "law-enforcement", kind: "counts", periods: dataset.periods }]);
    expect(Object.keys(dataset).sort()).toEqual(["periods", "sections", "site"]);
  });

  it("validates the shipped sample, with every section and US-only national-security bands", () => {
    const dataset = loadDataset({ dataDir: "data" });
    expect(dataset.sections.map((s) => s.id)).toEqual(SECTION_IDS);
    const security = dataset.sections.find((s) => s.kind === "ranges");
    const rows = security?.periods.flatMap((p) => p.rows) ?? [];
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((r) => r.countryCode))).toEqual(new Set(["US"]));
    for (const row of rows) expect(row.demands.high - row.demands.low + 1).toBe(row.bandWidth);
  });
});

describe("national-security ranges", () => {
  const cases = readdirSync(join(FIXTURES, "ranges")).sort();
  const check = (name: string) => checkRequestsDir(join(FIXTURES, "ranges", name), { today: TODAY }, validateRangeFile);

  it("has one fixture per failure mode of the band rules", () => {
    expect(cases).toEqual(
      expect.arrayContaining([
        "inverted-bounds",
        "wrong-width",
        "low-not-multiple",
        "point-value",
        "point-one-bound",
        "non-integer",
        "duplicate-authority",
        "unknown-authority",
        "unknown-column",
        "accounts-wrong-width",
        "name-of-other-code",
      ]),
    );
  });

  it.each(cases)("%s is refused with file:line:column messages", (name) => {
    const { issues } = check(name);
    expect(issues.length).toBeGreaterThan(0);
    for (const issue of issues) expect(issue.file.startsWith(join(FIXTURES, "ranges", name))).toBe(true);
    expect(issues.map(formatIssue)).toMatchSnapshot();
  });

  it("accepts bands of every allowed width, unreported accounts and zero bands", () => {
    const text = [
      "country_code,country,authority,band_width,demands_low,demands_high,accounts_low,accounts_high",
      "US,United States,fisa_content,1000,1000,1999,0,999",
      "US,United States,fisa_non_content,100,0,99,,",
      "US,United States,nsl,250,0,249,250,499",
    ].join("\r\n");
    const { rows, issues } = validateRangeFile("x.csv", "\uFEFF" + text);
    expect(issues).toEqual([]);
    expect(rows.map((r) => [r.authority, r.bandWidth, r.demands, r.accounts])).toEqual([
      ["fisa_content", 1000, { low: 1000, high: 1999 }, { low: 0, high: 999 }],
      ["fisa_non_content", 100, { low: 0, high: 99 }, null],
      ["nsl", 250, { low: 0, high: 249 }, { low: 250, high: 499 }],
    ]);
  });
});

describe("one shown name per country across sections", () => {
  it("names a country in an emergency file as the latest name of any section, and warns about the change", () => {
    const dir = mkdtempSync(join(tmpdir(), "sections-names-"));
    cpSync("data/site.json", join(dir, "site.json"));
    mkdirSync(join(dir, "requests"));
    mkdirSync(join(dir, "emergency"));
    const header = "country_code,country,requests,accounts,content,non_content,no_data,rejected\n";
    writeFileSync(join(dir, "requests", "2020-H1.csv"), `${header}DE,Deutschland,10,,1,2,3,4\n`);
    writeFileSync(join(dir, "requests", "2020-H2.csv"), `${header}DE,Germany,10,,1,2,3,4\n`);
    writeFileSync(join(dir, "emergency", "2020-H1.csv"), `${header}DE,Deutschland,2,,1,1,0,0\n`);
    const { dataset, warnings } = checkDataDir({ dataDir: dir, root: dir, today: new Date("2026-11-25") });
    const emergency = dataset?.sections.find((s) => s.id === "emergency");
    expect(emergency?.periods[0]?.rows[0]?.country).toBe("Germany");
    expect(dataset?.periods[0]?.rows[0]?.country).toBe("Germany");
    expect(warnings.map(formatIssue)).toEqual([
      expect.stringContaining(
        '"Deutschland" in requests/2020-H1.csv, emergency/2020-H1.csv; "Germany" in requests/2020-H2.csv',
      ),
    ]);
  });
});
