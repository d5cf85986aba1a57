import { max } from "d3-array";
import { scaleLinear } from "d3-scale";
import { rangeWords } from "../data/format.ts";
import type { Band } from "../data/national-security.ts";
import { type Period, periodLabel } from "../data/period.ts";
import { type El, h } from "../render/tree.ts";
import { hatchDef, hatchId, rangeLegend } from "./ranges.ts";
import { baselineLine, gridLines, noneMark, yearAxis } from "./plot-parts.ts";
import { pct, round } from "./svg.ts";
import { trendAxis, trendFigure } from "./trend.ts";
import { periodBands, TREND_BOTTOM, TREND_TOP, type TrendTick, wholeTicks } from "./trend-layout.ts";

/**
 * Banded figures over time (national-security demands): per authority a row of intervals, one per period, from
 * the band's low bound to its high bound, all authorities on one scale. A band is never drawn as a point, a bar
 * from zero or a midpoint; a period without a figure gets a dashed mark on the baseline and says why.
 */
export interface BandSeriesPoint {
  period: Period;
  /** The band; null: no row for this authority in the period's file. */
  band: Band | null;
  /** False: the section has no file for the period (not reported). */
  reported: boolean;
}

export interface BandSeries {
  /** "FISA orders for content". */
  label: string;
  points: BandSeriesPoint[];
}

export interface BandsTrendState {
  /** What the bands count, in words: "demands". */
  measure: string;
  series: BandSeries[];
}

/** Each authority's panel: lower than a requests history, since three of them stand one above the other. */
export const BANDS_PANEL_HEIGHT = 150;

export interface BandMark {
  slug: string;
  x: number;
  width: number;
  /** Pixels: the top of the band (its high bound's upper edge) and its height down to the low bound. */
  y: number;
  height: number;
}

export interface BandsTrendLayout {
  ticks: TrendTick[];
  years: { label: string; x: number }[];
  baseline: number;
  /** One list per series, one entry per period; null where there is no band. */
  marks: (BandMark | null)[][];
}

export function bandsTrendLayout(state: BandsTrendState): BandsTrendLayout {
  const periods = state.series[0]?.points.map((p) => p.period) ?? [];
  return bandsPanelsLayout(
    periodBands(periods),
    state.series.map((s) => s.points.map((p) => p.band)),
  );
}

/**
 * The pure part of a bands history, for any period axis (the fixed layout's half-years, or a described report's
 * periods through slotBands): every panel on one count scale, each band from its low bound to its high bound's
 * upper edge, null where there is no band.
 */
export function bandsPanelsLayout(
  axis: { bands: readonly { slug: string; x: number; width: number }[]; years: { label: string; x: number }[] },
  series: readonly (readonly (Band | null)[])[],
): BandsTrendLayout {
  const { bands, years } = axis;
  // +1: the band 0–499 covers the whole numbers up to 499, so its upper edge is 500 (as in the range chart).
  const top = max(series.flatMap((s) => s.map((band) => (band ? band.high + 1 : 0)))) ?? 0;
  const y = scaleLinear()
    .domain([0, Math.max(top, 1)])
    .nice(4)
    .range([BANDS_PANEL_HEIGHT - TREND_BOTTOM, TREND_TOP]);
  return {
    ticks: wholeTicks(y),
    years,
    baseline: round(y(0)),
    marks: series.map((s) =>
      s.map((band, i) => {
        const at = bands[i];
        if (!band || !at) return null;
        const upper = round(y(band.high + 1));
        return { ...at, y: upper, height: round(y(band.low) - upper) };
      }),
    ),
  };
}

/** One authority in one period, in words. */
export function describeBand(label: string, point: BandSeriesPoint, measure: string): string {
  const period = periodLabel(point.period);
  if (!point.reported) return `${period}: ${label}: not reported for this period`;
  if (!point.band) return `${period}: ${label}: no row in this period's report`;
  return `${period}: ${label}: ${rangeWords(point.band)} ${measure}`;
}

/** One period's band in a panel: the hatch from its low to its high bound, and an end cap at each bound. */
export function bandMarkParts(id: string, mark: BandMark): El[] {
  return [
    h("rect", {
      class: "range-band",
      x: pct(mark.x),
      y: mark.y,
      width: pct(mark.width),
      height: mark.height,
      fill: `url(#${hatchId(id)})`,
    }),
    // End caps at both bounds: the figure is anywhere between them.
    h(
      "g",
      { class: "range-caps", "stroke-width": 2 },
      h("line", { x1: pct(mark.x), x2: pct(mark.x + mark.width), y1: mark.y, y2: mark.y }),
      h("line", {
        x1: pct(mark.x),
        x2: pct(mark.x + mark.width),
        y1: mark.y + mark.height,
        y2: mark.y + mark.height,
      }),
    ),
  ];
}

function panel(id: string, index: number, series: BandSeries, layout: BandsTrendLayout, measure: string): El {
  const titleId = `${id}-panel-${index}`;
  const marks = layout.marks[index] ?? [];
  const { bands } = periodBands(series.points.map((p) => p.period));
  return h(
    "div",
    { class: "bands-panel" },
    h("p", { class: "bands-panel-title", id: titleId }, series.label),
    h(
      "div",
      { class: "chart-frame trend-frame" },
      trendAxis(layout.ticks, layout.baseline, undefined, BANDS_PANEL_HEIGHT),
      h(
        "svg",
        {
          class: "chart-svg trend-plot",
          width: "100%",
          height: BANDS_PANEL_HEIGHT,
          role: "group",
          "aria-labelledby": titleId,
        },
        // The hatch is defined once, in the first panel; the others and the legend refer to it.
        index === 0 ? hatchDef(id) : null,
        gridLines(layout.ticks),
        yearAxis(layout.years, BANDS_PANEL_HEIGHT),
        series.points.map((point, i) => {
          const mark = marks[i];
          const at = bands[i] ?? { slug: "", x: 0, width: 0 };
          return h(
            "g",
            {
              class: "trend-period",
              role: "graphics-symbol",
              "aria-label": describeBand(series.label, point, measure),
              "data-period": at.slug,
            },
            h("rect", {
              class: "hit",
              x: pct(at.x - (at.width * 0.25) / 2),
              y: 0,
              width: pct(at.width * 1.25),
              height: BANDS_PANEL_HEIGHT - 4,
              fill: "transparent",
            }),
            mark ? bandMarkParts(id, mark) : noneMark(at, layout.baseline),
          );
        }),
        baselineLine(layout.baseline),
      ),
    ),
  );
}

/**
 * Render: one panel per series, all on one scale so a taller band means more demands in every panel. The legend
 * is the range chart's; `summary` is the sentence the view writes under the title.
 */
export function renderBandsTrend(
  state: BandsTrendState,
  options: { id: string; title: string; summary: string; table?: El },
): El {
  const { id } = options;
  const layout = bandsTrendLayout(state);
  return trendFigure({
    id,
    kind: "chart chart-trend chart-ranges chart-bands-trend",
    chart: "bands",
    title: options.title,
    summary: options.summary,
    legend: rangeLegend(id),
    body: [
      state.series.map((s, i) => panel(id, i, s, layout, state.measure)),
      h(
        "p",
        { class: "bands-axis-note", "aria-hidden": "true" },
        `Scale: ${state.measure}, the same for every panel. Half-years, labelled by year.`,
      ),
    ],
    table: options.table,
  });
}
