import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { reportDownloads } from "../../../src/downloads/report-model.ts";
import { checkReportDir, type ReportData } from "../../../src/data/report/load-report.ts";
import { reportPeriodId } from "../../../src/data/report/report-period.ts";
import { periodSections, placeHistory, reportPeriods, reportPlaces } from "../../../src/payloads/report-model.ts";

const TODAY = new Date("2026-11-24T00:00:00Z");

function report(): ReportData {
  const checked = checkReportDir({ dataDir: "tests/fixtures/report/valid", today: TODAY });
  if (!checked.report) throw new Error("the fixture did not load");
  return checked.report;
}

describe("a described report's payloads", () => {
  it("lists every period of every section once, a year before the halves after it", () => {
    expect(reportPeriods(report()).map(reportPeriodId)).toEqual(["2022", "2023-H1"]);
  });

  it("lists countries under their latest name and declared places under their label, never the stated total", () => {
    expect(reportPlaces(report()).map((p) => [p.code, p.name, p.kind, p.slug])).toEqual([
      ["BR", "Brazil", "country", "br"],
      ["cross-border", "Cross-border requests", "place", "cross-border"],
      ["FR", "France", "country", "fr"],
      ["DE", "Germany", "country", "de"],
      ["US", "United States", "country", "us"],
    ]);
  });

  it("gives a period only the sections that reported it", () => {
    const year = reportPeriods(report())[0]!;
    expect(periodSections(report(), year).map((s) => s.section.id)).toEqual(["law-enforcement", "national-security"]);
  });

  it("gives a place the sections and periods it has rows in", () => {
    expect(
      placeHistory(report(), "FR").map((h) => [h.section.id, h.periods.map((p) => reportPeriodId(p.period))]),
    ).toEqual([
      ["law-enforcement", ["2023-H1"]],
      ["civil", ["2023-H1"]],
    ]);
  });
});

describe("a described report's downloads", () => {
  it("write every row with blanks left blank and percentages as published", () => {
    const csv = reportDownloads(report()).find((d) => d.url === "/downloads/law-enforcement.csv");
    if (!csv) throw new Error("no CSV");
    const rows = parse<Record<string, string>>([...csv.pieces()].join(""), { columns: true, bom: true });
    expect(rows).toHaveLength(10);
    expect(rows[0]).toEqual({
      section: "law-enforcement",
      period: "2022",
      country_code: "US",
      country: "United States",
      process: "subpoena",
      requests: "300",
      accounts: "420",
      notified: "12",
      some_data_percent: "83",
    });
    expect(rows.find((r) => r["country_code"] === "cross-border")).toMatchObject({
      accounts: "",
      notified: "",
      some_data_percent: "6",
    });
    expect(rows.find((r) => r["country_code"] === "total")).toMatchObject({ requests: "470", accounts: "" });
  });

  it("keep both bounds of a band and leave unreported accounts blank", () => {
    const csv = reportDownloads(report()).find((d) => d.url === "/downloads/national-security.csv");
    if (!csv) throw new Error("no CSV");
    const rows = parse<Record<string, string>>([...csv.pieces()].join(""), { columns: true, bom: true });
    expect(
      rows.map((r) => [r["period"], r["authority"], r["demands_low"], r["demands_high"], r["accounts_low"]]),
    ).toEqual([
      ["2022", "nsl", "2", "499", "1500"],
      ["2022", "fisa", "0", "499", ""],
      ["2023-H1", "nsl-and-fisa", "0", "249", "1000"],
    ]);
  });
});
