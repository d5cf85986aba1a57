import { describe, expect, it } from "vitest";
import { checkReportDir, checkReportDirOnce } from "../../../src/data/report/load-report.ts";
import { placeHistory, placeRowsIn } from "../../../src/payloads/report-model.ts";

const DIR = "tests/fixtures/report/valid";

describe("a described report read once per build", () => {
  it("gives the pages and the sitemap the same report object, with the same content as reading it afresh", () => {
    const first = checkReportDirOnce(DIR);
    expect(checkReportDirOnce(DIR)).toBe(first);
    expect(first.report?.sections.map((s) => s.periods.length)).toEqual(
      checkReportDir({ dataDir: DIR }).report?.sections.map((s) => s.periods.length),
    );
  });

  it("finds a place's rows in a file as filtering the file would, in file order, and none for a place without any", () => {
    const report = checkReportDirOnce(DIR).report!;
    const law = report.sections.find((s) => s.description.id === "law-enforcement")!;
    for (const file of law.periods) {
      const rows = file.rows as readonly { place: string }[];
      for (const code of ["US", "DE", "cross-border", "total", "ZZ"])
        expect(placeRowsIn(rows, code)).toEqual(rows.filter((r) => r.place === code));
    }
    expect(placeHistory(report, "US").map((h) => h.periods.map((p) => p.rows.length))).toEqual([
      [3, 3],
      // National security: two authorities' rows in 2022, one in 2023-H1.
      [2, 1],
    ]);
  });
});
