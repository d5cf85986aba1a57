import { scaleLinear } from "d3-scale";
import { disclosedShare, type Totals } from "../data/aggregate.ts";
import { formatCount, formatShare } from "../data/format.ts";
import { type Period, periodLabel } from "../data/period.ts";
import { type El, h } from "../render/tree.ts";
import { baselineLine, gridLines, noneMark, yearAxis } from "./plot-parts.ts";
import { pct, round } from "./svg.ts";
import { trendAxis, trendFigure, trendFrame } from "./trend.ts";
import { periodBands, TREND_BOTTOM, TREND_HEIGHT, TREND_TOP, type TrendTick } from "./trend-layout.ts";
import { NOT_IN_REPORT } from "./trend-state.ts";

/**
 * The headline share of a section over time: requests for which some data was disclosed (content, or
 * non-content only), one bar per period on a fixed 0–100% scale, so a rise is a rise and never an artefact of
 * the scale. `totals` null: the section has no file for that period (not reported), drawn as a dashed mark.
 */
export interface SharePoint {
  period: Period;
  totals: Totals | null;
}

export interface ShareState {
  /** What the share is of, in words: "emergency requests". */
  what: string;
  points: SharePoint[];
}

export interface ShareBar {
  slug: string;
  x: number;
  width: number;
  /** Basis points; null when not reported or when the period had no requests. */
  share: number | null;
  y: number;
  height: number;
}

export interface ShareLayout {
  bars: ShareBar[];
  ticks: TrendTick[];
  years: { label: string; x: number }[];
  baseline: number;
}

/** 0%, 25%, 50%, 75% and 100%, as basis points. */
const SHARE_TICKS = [0, 2500, 5000, 7500, 10000];

export function shareLayout(state: ShareState): ShareLayout {
  const { bands, years } = periodBands(state.points.map((p) => p.period));
  const y = scaleLinear()
    .domain([0, 10000])
    .range([TREND_HEIGHT - TREND_BOTTOM, TREND_TOP]);
  const baseline = round(y(0));
  return {
    bars: bands.map((band, i) => {
      const totals = state.points[i]?.totals ?? null;
      const share = totals ? disclosedShare(totals) : null;
      const top = share === null ? baseline : round(y(share));
      return { ...band, share, y: top, height: round(baseline - top) };
    }),
    ticks: SHARE_TICKS.map((value) => ({ value, y: round(y(value)) })),
    years,
    baseline,
  };
}

/** One period in words: the tooltip shows its parts one per line, a screen reader hears them as one name. */
export function describeShare(point: SharePoint, what: string): string {
  const label = periodLabel(point.period);
  const t = point.totals;
  if (!t) return `${label}: ${NOT_IN_REPORT}`;
  const share = disclosedShare(t);
  if (share === null) return `${label}: no ${what}, so no share`;
  return (
    `${label}: some data disclosed for ${formatShare(share)} of ${what}; ` +
    `${formatCount(t.content + t.nonContent)} of ${formatCount(t.requests)}`
  );
}

export function shareSummary(state: ShareState): string {
  const withShare = state.points.flatMap((p) => {
    const share = p.totals ? disclosedShare(p.totals) : null;
    return share === null ? [] : [{ period: p.period, share }];
  });
  const first = withShare[0];
  const last = withShare.at(-1);
  if (!first || !last) return `No period has ${state.what} to take a share of.`;
  const high = withShare.reduce((a, b) => (b.share > a.share ? b : a));
  const low = withShare.reduce((a, b) => (b.share < a.share ? b : a));
  const gaps = state.points.filter((p) => !p.totals).length;
  return (
    `Some data was disclosed for ${formatShare(first.share)} of ${state.what} in ${periodLabel(first.period)} ` +
    `and ${formatShare(last.share)} in ${periodLabel(last.period)}; the highest share was ${formatShare(high.share)} ` +
    `(${periodLabel(high.period)}), the lowest ${formatShare(low.share)} (${periodLabel(low.period)}).` +
    (gaps > 0 ? ` ${gaps} of ${state.points.length} periods were not reported (shown as a dashed mark).` : "")
  );
}

/** "25%": the axis has room for whole percentages only, and its ticks are whole. */
function tickLabel(bp: number): string {
  return `${bp / 100}%`;
}

/**
 * Render: the share per period, with the same period axis, axis column and keyboard behaviour as the requests
 * history (each period a graphics symbol whose name gives the share and the counts it rests on).
 */
export function renderShareTrend(state: ShareState, options: { id: string; title: string; table?: El }): El {
  const { id } = options;
  const layout = shareLayout(state);
  return trendFigure({
    id,
    kind: "chart chart-trend chart-share",
    chart: "share",
    title: options.title,
    summary: shareSummary(state),
    summaryId: `${id}-summary`,
    legend: h(
      "ul",
      { class: "chart-legend" },
      h(
        "li",
        {},
        h(
          "svg",
          { class: "legend-swatch", width: 16, height: 16, viewBox: "0 0 16 16", "aria-hidden": "true" },
          h("rect", { class: "share-bar", x: 0.5, y: 0.5, width: 15, height: 15 }),
        ),
        "Some data disclosed (content, or non-content only)",
      ),
    ),
    body: trendFrame(id, "Share", trendAxis(layout.ticks, layout.baseline, tickLabel), TREND_HEIGHT, [
      gridLines(layout.ticks),
      yearAxis(layout.years, TREND_HEIGHT),
      layout.bars.map((bar, i) => {
        const point = state.points[i];
        return h(
          "g",
          {
            class: "trend-period",
            role: "graphics-symbol",
            "aria-label": point ? describeShare(point, state.what) : "",
            "data-period": bar.slug,
            "data-share": bar.share,
          },
          h("rect", {
            class: "hit",
            x: pct(bar.x - (bar.width * 0.25) / 2),
            y: 0,
            width: pct(bar.width * 1.25),
            height: TREND_HEIGHT - 4,
            fill: "transparent",
          }),
          bar.height > 0
            ? h("rect", {
                class: "bar-seg share-bar",
                x: pct(bar.x),
                y: bar.y,
                width: pct(bar.width),
                height: bar.height,
              })
            : null,
          point?.totals ? null : noneMark(bar, layout.baseline),
        );
      }),
      baselineLine(layout.baseline),
    ]),
    table: options.table,
  });
}
