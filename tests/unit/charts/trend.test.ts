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
    // One scale, nice()d up from the requests maximum (24,798) to 25,000.
    expect(layout.ticks.map((t) => t.value)).toEqual([0, 5000, 10000, 15000, 20000, 25000]);
    const pxPerRequest = (layout.baseline - (layout.ticks.at(-1)?.y ?? 0)) / 25000;
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

  it("labels each year under its own bars, the last one included", () => {
    // 2020 has two bars, 2021 one: each label sits at the middle of its own year's bars, never at an edge.
    const centre = (slug: string) => {
      const bar = layout.bars.find((b) => b.slug === slug)!;
      return bar.x + bar.width / 2;
    };
    expect(layout.years).toEqual([
      { label: "2020", x: Math.round(((centre("2020-h1") + centre("2020-h2")) / 2) * 100) / 100 },
      { label: "2021", x: Math.round(centre("2021-h1") * 100) / 100 },
    ]);
  });

  it("labels every other year on a long history, counting back from the latest, each under its own bars", () => {
    const points = Array.from({ length: 27 }, (_, i) => ({
      period: { year: 2013 + Math.floor(i / 2), half: ((i % 2) + 1) as 1 | 2 },
      totals: world.points[1]!.totals,
    }));
    const long = trendLayout({ subject: "Long", points });
    // 2013-H1 … 2026-H1: the latest year, 2026, has only its January–June bar, and is labelled under it.
    expect(long.years.map((y) => y.label)).toEqual(["2014", "2016", "2018", "2020", "2022", "2024", "2026"]);
    const last = long.bars.at(-1)!;
    expect(last.slug).toBe("2026-h1");
    expect(long.years.at(-1)!.x).toBeCloseTo(last.x + last.width / 2, 1);
    for (const year of long.years) {
      const own = long.bars.filter((b) => b.slug.startsWith(year.label));
      expect(year.x).toBeGreaterThanOrEqual(own[0]!.x);
      expect(year.x).toBeLessThanOrEqual(own.at(-1)!.x + own.at(-1)!.width);
    }
  });

  it("gives small counts whole-number ticks only", () => {
    const fr = trendLayout(countryState("FR"));
    for (const t of fr.ticks) expect(Number.isInteger(t.value)).toBe(true);
    expect(fr.ticks.length).toBeGreaterThan(1);
  });

  it("draws no bar for a period without requests", () => {
    const fr = trendLayout(countryState("FR"));
    expect(fr.bars.map((b) => b.segments.length)).toEqual([0, 4, 0]);
  });
});

describe("trend text", () => {
  it("turns a period's accessible name into tooltip lines", () => {
    expect(tipFromLabel(describePeriod(countryState("DE").points[2]!)).split("\n")).toEqual([
      "Jan–Jun 2021",
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
      "Jul–Dec 2020: 24,798 requests; 45,258 accounts/users; Content disclosed 5.34% (1,324); " +
        "Only non-content data disclosed 53.43% (13,250); No data found 15.42% (3,824); Rejected 25.81% (6,400)",
    );
    expect(describePeriod(countryState("DE").points[2]!)).toContain("9 requests; accounts/users not reported");
    expect(describePeriod(countryState("FR").points[0]!)).toBe("Jan–Jun 2020: not in this period's report");
  });

  it("sums the series up", () => {
    expect(trendSummary(world)).toBe(
      "Worldwide: 19,500 requests in January–June 2020, 15,009 in January–June 2021; the most, 24,798, in July–December 2020.",
    );
  });
});

describe("trend chart", () => {
  const html = toHtml(renderTrend(world, { id: "t", title: "Requests worldwide" }));

  it("gives each period an accessible name and a tooltip text", () => {
    const names = [...html.matchAll(/role="graphics-symbol" aria-label="([^"]*)"/g)].map((m) => m[1]);
    expect(names).toHaveLength(3);
    expect(names[1]).toMatch(/^Jul–Dec 2020: 24,798 requests/);
  });

  it("titles the one value axis and the time axis, tick labels in their own column beside the plot", () => {
    expect(html).toContain('<span class="axis-title axis-title-left" aria-hidden="true">Requests</span>');
    expect(html).toContain("Half-year, labelled by year");
    // No count label is drawn inside the plot, where it could sit on a bar.
    const plot = /<svg class="chart-svg trend-plot"[\s\S]*?<\/svg>/.exec(html)?.[0] ?? "";
    expect(plot).not.toMatch(/>\d{1,3}(,\d{3})+<\/text>/);
    expect(html).toMatch(/<svg class="trend-axis trend-axis-left"[^>]*>[\s\S]*?>25,000<\/text>/);
  });

  it("draws no accounts on a second scale against the bars, and names them for each period instead", () => {
    // Accounts (45,258 at most) would need a scale of their own, unrelated to the bars'.
    expect(html).not.toContain("trend-axis-right");
    expect(html).not.toContain('class="accounts"');
    expect(html).not.toContain("Accounts/users</span>");
    const names = [...html.matchAll(/role="graphics-symbol" aria-label="([^"]*)"/g)].map((m) => m[1]);
    expect(names[1]).toContain("45,258 accounts/users");
  });

  it("has no inline styles", () => {
    expect(html).not.toMatch(/\sstyle=/);
  });

  it("matches the snapshot", () => {
    expect(normaliseSvg(toHtml(renderTrend(countryState("DE"), { id: "t", title: "Germany" })))).toMatchSnapshot();
  });
});
