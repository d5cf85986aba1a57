import { describe, expect, it } from "vitest";
import { breakdownLayout, breakdownState, breakdownSummary, renderBreakdown } from "../../../src/charts/breakdown.ts";
import { periodTotals, totalsOf } from "../../../src/data/aggregate.ts";
import { toHtml } from "../../../src/render/tree.ts";
import { chartData, normaliseSvg } from "./helpers.ts";

const h2 = periodTotals(chartData.periods[1]!);

describe("breakdown state", () => {
  it("holds the reference period's counts and shares", () => {
    const state = breakdownState(h2);
    expect(state.requests).toBe(24798);
    expect(state.parts.map((p) => [p.outcome, p.count, p.share])).toEqual([
      ["content", 1324, 534],
      ["nonContent", 13250, 5343],
      ["noData", 3824, 1542],
      ["rejected", 6400, 2581],
    ]);
  });
});

describe("breakdown layout", () => {
  it("lays the segments end to end across 100% of the bar", () => {
    const segments = breakdownLayout(breakdownState(h2));
    expect(segments.map((s) => [s.outcome, s.x, s.width])).toEqual([
      ["content", 0, 5.34],
      ["nonContent", 5.34, 53.43],
      ["noData", 58.77, 15.42],
      ["rejected", 74.19, 25.81],
    ]);
    const last = segments.at(-1)!;
    expect(last.x + last.width).toBeCloseTo(100, 5);
  });

  it("draws nothing for zero requests", () => {
    expect(breakdownLayout(breakdownState(totalsOf([])))).toEqual([]);
  });
});

describe("breakdown chart", () => {
  const html = toHtml(renderBreakdown(h2, { id: "bd", title: "Worldwide, 2020 (Jul–Dec)" }));

  it("labels every outcome with its share (two decimals) and count", () => {
    const values = [...html.matchAll(/data-value="share">([^<]*)<.*?data-value="count">\(([^)]*)\)/g)].map((m) => [
      m[1],
      m[2],
    ]);
    expect(values).toEqual([
      ["5.34%", "1,324"],
      ["53.43%", "13,250"],
      ["15.42%", "3,824"],
      ["25.81%", "6,400"],
    ]);
  });

  it("labels no segment on the bar and every segment in the legend, so none looks left out", () => {
    expect(html).not.toContain("<text");
    const legend = [...html.matchAll(/<li data-outcome="([a-zA-Z]+)">/g)].map((m) => m[1]);
    const bars = [...html.matchAll(/<rect [^>]*data-outcome="([a-zA-Z]+)"/g)].map((m) => m[1]);
    expect(legend).toEqual(["content", "nonContent", "noData", "rejected"]);
    for (const outcome of bars) expect(legend).toContain(outcome);
  });

  it("links each legend item to the outcome's definition", () => {
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
    expect(hrefs).toEqual([
      "/definitions/#content",
      "/definitions/#non-content",
      "/definitions/#no-data",
      "/definitions/#rejected",
    ]);
  });

  it("states the key figures as the SVG's accessible name", () => {
    expect(breakdownSummary(breakdownState(h2), "Worldwide")).toBe(
      "Worldwide, 24,798 requests. Content disclosed: 5.34% (1,324 requests); " +
        "Only non-content data disclosed: 53.43% (13,250 requests); No data found: 15.42% (3,824 requests); " +
        "Rejected: 25.81% (6,400 requests).",
    );
    expect(html).toContain('role="img" aria-label="Worldwide, 2020 (Jul–Dec), 24,798 requests.');
  });

  it("has no inline styles", () => {
    expect(html).not.toMatch(/\sstyle=/);
  });

  it("matches the snapshot", () => {
    expect(normaliseSvg(html)).toMatchSnapshot();
  });

  it("says there is nothing to break down when there are no requests", () => {
    const empty = toHtml(renderBreakdown(totalsOf([]), { id: "bd", title: "Iceland" }));
    expect(empty).toContain(">No requests</text>");
    expect(empty).toContain('aria-label="Iceland: no requests, so no breakdown."');
    expect(empty).not.toContain("bar-seg");
  });
});
