import { max } from "d3-array";
import { type ScaleLinear, scaleBand, scaleLinear } from "d3-scale";
import { stack } from "d3-shape";
import { OUTCOMES, type Outcome } from "../data/aggregate.ts";
import { type Period, periodSlug } from "../data/period.ts";
import { round } from "./svg.ts";
import type { TrendState } from "./trend-state.ts";

export const TREND_HEIGHT = 260;
export const TREND_TOP = 12;
export const TREND_BOTTOM = 28;

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

/** The count scale of a history chart `height` pixels tall: 0 on the baseline, `top` nice()d up. */
export function countScale(top: number, height = TREND_HEIGHT): ScaleLinear<number, number> {
  return scaleLinear()
    .domain([0, Math.max(top, 1)])
    .nice(4)
    .range([height - TREND_BOTTOM, TREND_TOP]);
}

/**
 * Year labels for bars in time order, each centred under its own year's bars. With more than 12 bars every
 * other year is labelled, counting back from the latest.
 */
export function yearLabels(bars: readonly { year: number; centre: number }[]): { label: string; x: number }[] {
  const step = bars.length > 12 ? 2 : 1;
  const lastYear = bars.at(-1)?.year ?? 0;
  const byYear = new Map<number, number[]>();
  for (const bar of bars) byYear.set(bar.year, [...(byYear.get(bar.year) ?? []), bar.centre]);
  return [...byYear.entries()]
    .filter(([year]) => (lastYear - year) % step === 0)
    .map(([year, xs]) => ({ label: String(year), x: round(((xs[0] ?? 0) + (xs.at(-1) ?? 0)) / 2, 2) }));
}

/**
 * The period axis every history chart shares: each period's band (x and width in percent of the plot's width)
 * and the year labels under them.
 */
export function periodBands(periods: readonly Period[]): {
  bands: { slug: string; x: number; width: number }[];
  years: { label: string; x: number }[];
} {
  return slotBands(periods.map((p) => ({ slug: periodSlug(p), year: p.year })));
}

/**
 * The same axis for periods named by their address form and year, whatever their length: a described report's
 * periods (half-years, whole years) are placed exactly as the fixed layout's half-years.
 */
export function slotBands(slots: readonly { slug: string; year: number }[]): {
  bands: { slug: string; x: number; width: number }[];
  years: { label: string; x: number }[];
} {
  const slugs = slots.map((s) => s.slug);
  const x = scaleBand().domain(slugs).range([0, 100]).paddingInner(0.25).paddingOuter(0.1);
  const centre = (slug: string) => (x(slug) ?? 0) + x.bandwidth() / 2;
  return {
    bands: slugs.map((slug) => ({ slug, x: round(x(slug) ?? 0, 2), width: round(x.bandwidth(), 2) })),
    years: yearLabels(slots.map((s, i) => ({ year: s.year, centre: centre(slugs[i] ?? "") }))),
  };
}

/** Layout: x in percent of the plot's width (so text keeps its size on a phone), y in pixels. */
export function trendLayout(state: TrendState): TrendLayout {
  const { bands, years } = periodBands(state.points.map((p) => p.period));
  const y = countScale(max(state.points, (p) => p.totals?.requests ?? 0) ?? 0);
  const rows: Counts[] = state.points.map(
    (p) => Object.fromEntries(OUTCOMES.map((o) => [o, p.totals?.[o] ?? 0])) as Counts,
  );
  const series = stack<Counts, Outcome>().keys(OUTCOMES)(rows);
  const bars = bands.map((band, i) => ({
    ...band,
    segments: series.flatMap((s) => {
      const [y0, y1] = s[i] ?? [0, 0];
      if (y1 === y0) return [];
      return [{ outcome: s.key, y: round(y(y1)), height: round(y(y0) - y(y1)) }];
    }),
  }));
  return {
    bars,
    ticks: wholeTicks(y),
    years,
    baseline: round(y(0)),
  };
}

/** Counts are whole numbers: a small scale gets no fractional ticks (which would print as repeated 0s and 1s). */
export function wholeTicks(scale: ScaleLinear<number, number>): TrendTick[] {
  return scale
    .ticks(4)
    .filter((value) => Number.isInteger(value))
    .map((value) => ({ value, y: round(scale(value)) }));
}
