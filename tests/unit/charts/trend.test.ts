import { describe, expect, it } from "vitest";
import {
  describePeriod,
  renderTrend,
  TREND_HEIGHT,
  trendLayout,
  trendSummary,
  type TrendState,
} from "../../../src/charts/trend.ts";
import { periodTotals, totalsOf } from "../../../src/data/aggregate.ts";
import { tipFromLabel } from "../../../src/charts/tip.ts";
import { toHtml } from "../../../src/render/tree.ts";
import { chartData, normaliseSvg } from "./helpers.ts";

function countryState(code: string): TrendState {
  return {
    subject: code,
    points: chartData.periods.map((p) => {
      const row = p.rows.find((r) => r.countryCode === code);
      return { period: p.period, totals: row ? totalsOf([row]) : null };
    }),
  };
}

const world: TrendState = {
  subject: "Worldwide",
  points: chartData.periods.map((p) => ({ period: p.period, totals: periodTotals(p) })),
};

describe("trend layout", () => {
  const layout = trendLayout(world);

  it("has one bar per period, left to right in time", () => {
    expect(layout.bars.map((b) => b.slug)).toEqual(["2020-h1", "2020-h2", "2021-h1"]);
    const xs = layout.bars.map((b) => b.x);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
  });

  it("stacks the outcomes so each segment's height is proportional to its count", () => {
    // The y scale is nice()d up from the accounts maximum (45,258) to 50,000.
    expect(layout.ticks.map((t) => t.value)).toEqual([0, 10000, 20000, 30000, 40000, 50000]);
    const pxPerRequest = (layout.baseline - (layout.ticks.at(-1)?.y ?? 0)) / 50000;
    const bar = layout.bars[1]!;
    const heights = Object.fromEntries(bar.segments.map((s) => [s.outcome, s.height]));
    expect(heights["nonContent"]).toBeCloseTo(13250 * pxPerRequest, 0);
    expect(heights["rejected"]).toBeCloseTo(6400 * pxPerRequest, 0);
    const total = bar.segments.reduce((sum, s) => sum + s.height, 0);
    expect(total).toBeCloseTo(24798 * pxPerRequest, 0);
    // Segments sit on one another: each one's bottom is the next one's top.
    for (let i = 1; i < bar.segments.length; i++) {
      const below = bar.segments[i - 1]!;
      expect(below.y).toBeCloseTo(bar.segments[i]!.y + bar.segments[i]!.height, 0);
    }
    expect(layout.baseline).toBe(TREND_HEIGHT - 28);
  });

  it("breaks the accounts line where accounts were not reported", () => {
    // Germany left accounts blank in 2021-H1: two points, one run.
    expect(trendLayout(countryState("DE")).accounts.map((run) => run.length)).toEqual([2]);
    // France appears only in 2020-H2: no line to draw between periods, a single point.
    expect(trendLayout(countryState("FR")).accounts.map((run) => run.length)).toEqual([1]);
  });

  it("draws no bar for a period without requests", () => {
    const fr = trendLayout(countryState("FR"));
    expect(fr.bars.map((b) => b.segments.length)).toEqual([0, 4, 0]);
  });
});

describe("trend text", () => {
  it("turns a period's accessible name into tooltip lines", () => {
    expect(tipFromLabel(describePeriod(countryState("DE").points[2]!)).split("\n")).toEqual([
      "2021 (Jan–Jun)",
      "9 requests",
      "accounts/users not reported",
      "Content disclosed 11.11% (1)",
      "Only non-content data disclosed 44.44% (4)",
      "No data found 22.22% (2)",
      "Rejected 22.22% (2)",
    ]);
  });

  it("describes a period with its figures", () => {
    expect(describePeriod(world.points[1]!)).toBe(
      "2020 (Jul–Dec): 24,798 requests; 45,258 accounts/users; Content disclosed 5.34% (1,324); " +
        "Only non-content data disclosed 53.43% (13,250); No data found 15.42% (3,824); Rejected 25.81% (6,400)",
    );
    expect(describePeriod(countryState("DE").points[2]!)).toContain("9 requests; accounts/users not reported");
    expect(describePeriod(countryState("FR").points[0]!)).toBe("2020 (Jan–Jun): no requests reported");
  });

  it("sums the series up", () => {
    expect(trendSummary(world)).toBe(
      "Worldwide: 19,500 requests in 2020 (Jan–Jun), 15,009 in 2021 (Jan–Jun); the most, 24,798, in 2020 (Jul–Dec).",
    );
  });
});

describe("trend chart", () => {
  const html = toHtml(renderTrend(world, { id: "t", title: "Requests worldwide", table: true }));

  it("gives each period an accessible name and a tooltip text", () => {
    const names = [...html.matchAll(/role="graphics-symbol" aria-label="([^"]*)"/g)].map((m) => m[1]);
    expect(names).toHaveLength(3);
    expect(names[1]).toMatch(/^2020 \(Jul–Dec\): 24,798 requests/);
  });

  it("carries a data table behind Show data", () => {
    expect(html).toContain('<details class="chart-data"><summary>Show data</summary>');
    expect(html).toMatch(
      /<tr data-period="2020-h2"><th scope="row">2020 \(Jul–Dec\)<\/th><td class="num">24,798<\/td><td class="num">45,258<\/td><td class="num">1,324<\/td><td class="num">13,250<\/td><td class="num">3,824<\/td><td class="num">6,400<\/td>/,
    );
  });

  it("has no inline styles", () => {
    expect(html).not.toMatch(/\sstyle=/);
  });

  it("matches the snapshot", () => {
    expect(normaliseSvg(toHtml(renderTrend(countryState("DE"), { id: "t", title: "Germany" })))).toMatchSnapshot();
  });
});
