import { describe, expect, it } from "vitest";
import { rowTotals } from "../../src/data/aggregate.ts";
import { formatCountOf, formatRequests } from "../../src/data/format.ts";
import { breakdownState, breakdownSummary } from "../../src/charts/breakdown.ts";
import { periodLines } from "../../src/charts/trend-state.ts";

describe("a count and its noun", () => {
  it("is singular for one and plural otherwise, zero included", () => {
    expect(formatRequests(1)).toBe("1 request");
    expect(formatRequests(0)).toBe("0 requests");
    expect(formatRequests(24798)).toBe("24,798 requests");
    expect(formatCountOf(1, "country or region", "countries and regions")).toBe("1 country or region");
  });

  it("reads right in the charts' summaries and tooltips", () => {
    const one = rowTotals({ requests: 1, accounts: 1, content: 0, nonContent: 0, noData: 0, rejected: 1 });
    expect(breakdownSummary(breakdownState(one), "X")).toBe(
      "X, 1 request. Content disclosed: 0.00% (0 requests); Only non-content data disclosed: 0.00% (0 requests); " +
        "No data found: 0.00% (0 requests); Rejected: 100.00% (1 request).",
    );
    expect(periodLines({ period: { year: 2020, half: 2 }, totals: one }).slice(1, 3)).toEqual([
      "1 request",
      "1 account/user",
    ]);
  });
});
