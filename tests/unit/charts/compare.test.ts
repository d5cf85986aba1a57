import { describe, expect, it } from "vitest";
import { compareLayout, compareState, compareSummary, renderCompare } from "../../../src/charts/compare.ts";
import { periodTotals, totalsOf } from "../../../src/data/aggregate.ts";
import { toHtml } from "../../../src/render/tree.ts";
import { chartData, normaliseSvg } from "./helpers.ts";

const period = chartData.periods[1]!;
const germany = totalsOf(period.rows.filter((r) => r.countryCode === "DE"));
const state = compareState("Germany", germany, periodTotals(period));

describe("comparison state and layout", () => {
  it("pairs the country's shares with the worldwide shares", () => {
    // Germany 2020-H2: 71, 713, 204 and 336 of 1,324.
    expect(state.rows.map((r) => [r.outcome, r.local, r.global])).toEqual([
      ["content", 536, 534],
      ["nonContent", 5385, 5343],
      ["noData", 1541, 1542],
      ["rejected", 2538, 2581],
    ]);
  });

  it("draws both series on one scale, 100% at 72% of the width", () => {
    const layout = compareLayout(state);
    expect(layout.rows.map((r) => [r.localWidth, r.globalWidth])).toEqual([
      [3.86, 3.84],
      [38.77, 38.47],
      [11.1, 11.1],
      [18.27, 18.58],
    ]);
  });
});

describe("comparison chart", () => {
  const html = toHtml(renderCompare(state, { id: "c", title: "Germany against worldwide" }));

  it("labels each bar with its share", () => {
    const labels = [...html.matchAll(/class="compare-value[^"]*"[^>]*>([^<]*)</g)].map((m) => m[1]);
    expect(labels).toEqual([
      "5.36%",
      "5.34% worldwide",
      "53.85%",
      "53.43% worldwide",
      "15.41%",
      "15.42% worldwide",
      "25.38%",
      "25.81% worldwide",
    ]);
  });

  it("states the figures as its accessible name", () => {
    expect(compareSummary(state, "Germany")).toContain("Rejected: 25.38% against 25.81% worldwide.");
  });

  it("matches the snapshot", () => {
    expect(normaliseSvg(html)).toMatchSnapshot();
  });
});
