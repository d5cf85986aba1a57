import { describe, expect, it } from "vitest";
import { totalsOf } from "../../../src/data/aggregate.ts";
import { formatIssue } from "../../../src/data/issues.ts";
import { loadDataset } from "../../../src/data/load.ts";
import { periodId } from "../../../src/data/period.ts";
import { reportDescriptionSchema } from "../../../src/data/report/description-schema.ts";
import { fixedLayoutDescription } from "../../../src/data/report/fixed-layout.ts";
import { checkReportDir } from "../../../src/data/report/load-report.ts";
import { periodTotals } from "../../../src/data/report/report-aggregate.ts";
import { reportPeriodId } from "../../../src/data/report/report-period.ts";

// The shipped sample: the fixed layout with all four sections.
const DATA = "data";
const TODAY = new Date("2026-11-24T00:00:00Z");

function bothWays() {
  const dataset = loadDataset({ dataDir: DATA, today: TODAY });
  const description = fixedLayoutDescription(dataset.site, DATA);
  const { report, issues } = checkReportDir({ dataDir: DATA, today: TODAY, description });
  expect(issues.map(formatIssue)).toEqual([]);
  if (!report) throw new Error("the sample did not load as a described report");
  return { dataset, report, description };
}

describe("the fixed layout as a report description", () => {
  it("is a valid description of every section the sample has", () => {
    const { dataset, description } = bothWays();
    expect(reportDescriptionSchema.safeParse(description).success).toBe(true);
    expect(description.sections.map((s) => s.id)).toEqual(dataset.sections.map((s) => s.id));
  });

  it("reads every period of every section, with the same totals the site computes today", () => {
    const { dataset, report } = bothWays();
    let compared = 0;
    for (const legacy of dataset.sections) {
      const model = report.sections.find((s) => s.description.id === legacy.id);
      if (!model) throw new Error(`no ${legacy.id}`);
      expect(model.periods.map((p) => reportPeriodId(p.period))).toEqual(legacy.periods.map((p) => periodId(p.period)));
      if (legacy.kind === "ranges") {
        if (model.kind !== "bands") throw new Error(`${legacy.id} should be bands`);
        legacy.periods.forEach((p, i) => {
          const rows = model.periods[i]?.rows ?? [];
          expect(
            rows.map((r) => [r.place, r.authority, r.demands.low, r.demands.high, r.accounts?.low ?? null]),
          ).toEqual(
            p.rows.map((r) => [r.countryCode, r.authority, r.demands.low, r.demands.high, r.accounts?.low ?? null]),
          );
          compared += rows.length;
        });
        continue;
      }
      if (model.kind !== "counts") throw new Error(`${legacy.id} should be counts`);
      legacy.periods.forEach((p, i) => {
        const file = model.periods[i];
        if (!file) throw new Error("period missing");
        const want = totalsOf(p.rows);
        const got = periodTotals(model.description, [], file.rows);
        expect(got.sum.requests.value).toBe(want.requests);
        // The site shows a partial accounts sum with the count of rows that left it blank; the model keeps
        // both apart and has no worldwide figure while any row is blank.
        expect(got.sum.accounts.reported).toBe(want.accounts ?? 0);
        expect(got.sum.accounts.missing.length).toBe(want.accountsNotReported);
        expect(got.sum.accounts.value).toBe(want.accountsNotReported === 0 ? want.accounts : null);
        expect(got.outcomes.get("content")?.value).toBe(want.content);
        expect(got.outcomes.get("nonContent")?.value).toBe(want.nonContent);
        expect(got.outcomes.get("noData")?.value).toBe(want.noData);
        expect(got.outcomes.get("rejected")?.value).toBe(want.rejected);
        compared += 1;
      });
    }
    // Every law-enforcement, emergency and civil period, and every band row, of the sample.
    expect(compared).toBeGreaterThan(27 + 27 + 21);
  });
});
