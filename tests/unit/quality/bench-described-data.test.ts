import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkReportDir, type ReportData } from "../../../src/data/report/load-report.ts";
import { reportPeriodId } from "../../../src/data/report/report-period.ts";
import { describedReport, PROCESSES, writeDescribedReport } from "../../../scripts/bench/described-data.ts";

// The issue's shape: every country code and XK, every half-year from 2009-H2 to 2026-H1.
const COUNTRIES = 250;
const PERIODS = 34;
const dir = mkdtempSync(join(tmpdir(), "bench-described-"));
let report: ReportData | undefined;
let issues: unknown[] = [];

beforeAll(() => {
  writeDescribedReport(dir, COUNTRIES, PERIODS);
  const checked = checkReportDir({ dataDir: dir, today: new Date("2026-12-06T00:00:00Z") });
  report = checked.report;
  issues = checked.issues;
}, 120_000);
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const section = (id: string) => {
  const found = report?.sections.find((s) => s.description.id === id);
  if (!found) throw new Error(`no section ${id}`);
  return found;
};
const countryCodes = (id: string) => new Set(section(id).periods.flatMap((p) => p.rows.map((r) => r.place)));

describe("the bench's described report", () => {
  it("is valid against its own report.json, as the build checks it", () => {
    expect(issues).toEqual([]);
    expect(report).toBeDefined();
  });

  it("has four sections: law enforcement, some data produced, civil and bands", () => {
    expect(report?.sections.map((s) => [s.description.id, s.kind])).toEqual([
      ["law-enforcement", "counts"],
      ["emergency", "counts"],
      ["civil", "counts"],
      ["national-security", "bands"],
    ]);
    const emergency = section("emergency").description;
    expect(emergency.kind === "counts" && emergency.outcomes).toMatchObject({
      scheme: "some-data",
      label: "Some data produced",
    });
  });

  it("holds every half-year from 2009-H2 in law enforcement, 34 of them", () => {
    const ids = section("law-enforcement").periods.map((p) => reportPeriodId(p.period));
    expect(ids).toHaveLength(PERIODS);
    expect(ids[0]).toBe("2009-H2");
    expect(ids.at(-1)).toBe("2026-H1");
  });

  it("holds all 250 countries, the place that is not a country and a stated total", () => {
    const places = countryCodes("law-enforcement");
    expect([...places].filter((p) => /^[A-Z]{2}$/.test(p))).toHaveLength(COUNTRIES);
    expect(places).toContain("cross-border");
    expect(places).toContain("total");
  });

  it("declares eight processes, one outside the totals, and every country has them or an all row", () => {
    const law = section("law-enforcement");
    if (law.kind !== "counts") throw new Error("law enforcement is a counts section");
    expect(law.description.processes?.map((p) => [p.id, p.inTotals])).toEqual(
      PROCESSES.map((p) => [p.id, p.id !== "preservation"]),
    );
    expect(PROCESSES).toHaveLength(8);
    const latest = law.periods.at(-1)?.rows ?? [];
    const byPlace = new Map<string, string[]>();
    for (const r of latest) byPlace.set(r.place, [...(byPlace.get(r.place) ?? []), r.process ?? ""]);
    const shapes = new Set([...byPlace].filter(([p]) => p !== "total").map(([, ps]) => ps.length));
    // 8 process rows, an all row alone, or both.
    expect(shapes).toEqual(new Set([8, 1, 9]));
  });

  it("has civil demands from 2013-H1 and bands from 2014-H1, with the latest half-year held back", () => {
    expect(section("civil").periods.map((p) => reportPeriodId(p.period))[0]).toBe("2013-H1");
    const bands = section("national-security").periods.map((p) => reportPeriodId(p.period));
    expect([bands[0], bands.at(-1)]).toEqual(["2014-H1", "2025-H2"]);
    expect(countryCodes("national-security").size).toBe(10);
  });

  it("gives the same bytes every time, and fewer countries on request", () => {
    const a = describedReport(20, 3);
    expect(describedReport(20, 3)).toEqual(a);
    const lines = a.get("requests/2010-H1.csv")?.trim().split("\n") ?? [];
    const codes = new Set(lines.slice(1).map((l) => l.split(",")[0]));
    codes.delete("cross-border");
    codes.delete("total");
    expect(codes.size).toBe(20);
    expect([...a.keys()].filter((k) => k.startsWith("requests/"))).toEqual([
      "requests/2009-H2.csv",
      "requests/2010-H1.csv",
      "requests/2010-H2.csv",
    ]);
  });
});
