import { describe, expect, it } from "vitest";
import {
  compareReportPeriods,
  parseReportPeriodId,
  periodsOverlap,
  type ReportPeriod,
  reportPeriodEnd,
  reportPeriodId,
  reportPeriodLabel,
  reportPeriodSlug,
} from "../../../src/data/report/report-period.ts";

function period(id: string): ReportPeriod {
  const parsed = parseReportPeriodId(id);
  if (!parsed) throw new Error(`not a period: ${id}`);
  return parsed;
}

describe("report periods", () => {
  it("reads and writes years and half-years", () => {
    expect(["2022", "2023-H1", "2023-h2"].map((id) => reportPeriodId(period(id)))).toEqual([
      "2022",
      "2023-H1",
      "2023-H2",
    ]);
    expect(reportPeriodSlug(period("2023-H1"))).toBe("2023-h1");
    expect(reportPeriodSlug(period("2022"))).toBe("2022");
    expect(["2023-H3", "22", "2023-", "2023H1", " 2023"].map(parseReportPeriodId)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it("sorts by start, a year before the half-year that starts with it", () => {
    const ids = ["2023-H2", "2022-H2", "2023", "2023-H1", "2022"];
    expect(ids.map(period).sort(compareReportPeriods).map(reportPeriodId)).toEqual([
      "2022",
      "2022-H2",
      "2023",
      "2023-H1",
      "2023-H2",
    ]);
  });

  it("knows a year overlaps its own halves and no other", () => {
    expect(periodsOverlap(period("2023"), period("2023-H2"))).toBe(true);
    expect(periodsOverlap(period("2023-H1"), period("2023"))).toBe(true);
    expect(periodsOverlap(period("2023"), period("2024-H1"))).toBe(false);
    expect(periodsOverlap(period("2023-H1"), period("2023-H2"))).toBe(false);
  });

  it("ends a year on 1 January and a half-year on 1 July or 1 January", () => {
    expect(reportPeriodEnd(period("2022")).toISOString().slice(0, 10)).toBe("2023-01-01");
    expect(reportPeriodEnd(period("2022-H1")).toISOString().slice(0, 10)).toBe("2022-07-01");
    expect(reportPeriodEnd(period("2022-H2")).toISOString().slice(0, 10)).toBe("2023-01-01");
    expect(reportPeriodLabel(period("2022"))).toBe("2022");
    expect(reportPeriodLabel(period("2022-H2"))).toBe("Jul–Dec 2022");
  });
});
