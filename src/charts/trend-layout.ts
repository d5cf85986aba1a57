import { max } from "d3-array";
import { scaleBand, scaleLinear } from "d3-scale";
import { stack } from "d3-shape";
import { OUTCOMES, type Outcome } from "../data/aggregate.ts";
import { periodSlug } from "../data/period.ts";
import { round } from "./svg.ts";
import type { TrendState } from "./trend-state.ts";

export const TREND_HEIGHT = 260;
const TOP = 12;
const BOTTOM = 28;

export interface TrendBar {
  slug: string;
  x: number;
  width: number;
  segments: { outcome: Outcome; y: number; height: number }[];
}

export interface TrendTick {
  value: number;
  y: number;
}

export interface TrendLayout {
  bars: TrendBar[];
  /** Requests: the left axis and the grid. */
  ticks: TrendTick[];
  /**
   * Year labels, each centred under its own year's bars (the plot leaves room either side, so none is ever
   * moved off its bars). With many periods every other year is labelled, counting back from the latest.
   */
  years: { label: string; x: number }[];
  baseline: number;
}

type Counts = Record<Outcome, number>;

function linear(top: number) {
  return scaleLinear()
    .domain([0, Math.max(top, 1)])
    .nice(4)
    .range([TREND_HEIGHT - BOTTOM, TOP]);
}

/** Layout: x in percent of the plot's width (so text keeps its size on a phone), y in pixels. */
export function trendLayout(state: TrendState): TrendLayout {
  const slugs = state.points.map((p) => periodSlug(p.period));
  const x = scaleBand().domain(slugs).range([0, 100]).paddingInner(0.25).paddingOuter(0.1);
  const y = linear(max(state.points, (p) => p.totals?.requests ?? 0) ?? 0);
  const rows: Counts[] = state.points.map(
    (p) => Object.fromEntries(OUTCOMES.map((o) => [o, p.totals?.[o] ?? 0])) as Counts,
  );
  const series = stack<Counts, Outcome>().keys(OUTCOMES)(rows);
  const bars = slugs.map((slug, i) => ({
    slug,
    x: round(x(slug) ?? 0, 2),
    width: round(x.bandwidth(), 2),
    segments: series.flatMap((s) => {
      const [y0, y1] = s[i] ?? [0, 0];
      if (y1 === y0) return [];
      return [{ outcome: s.key, y: round(y(y1)), height: round(y(y0) - y(y1)) }];
    }),
  }));
  const centre = (slug: string) => (x(slug) ?? 0) + x.bandwidth() / 2;
  const step = state.points.length > 12 ? 2 : 1;
  const lastYear = state.points.at(-1)?.period.year ?? 0;
  const byYear = new Map<number, number[]>();
  state.points.forEach((p, i) =>
    byYear.set(p.period.year, [...(byYear.get(p.period.year) ?? []), centre(slugs[i] ?? "")]),
  );
  const years = [...byYear.entries()]
    .filter(([year]) => (lastYear - year) % step === 0)
    .map(([year, xs]) => ({ label: String(year), x: round(((xs[0] ?? 0) + (xs.at(-1) ?? 0)) / 2, 2) }));
  // Counts are whole numbers: a small scale gets no fractional ticks (which would print as repeated 0s and 1s).
  const ticksOf = (scale: typeof y) =>
    scale
      .ticks(4)
      .filter((value) => Number.isInteger(value))
      .map((value) => ({ value, y: round(scale(value)) }));
  return {
    bars,
    ticks: ticksOf(y),
    years,
    baseline: round(y(0)),
  };
}
