import { OUTCOMES } from "../data/aggregate.ts";
import { formatCount } from "../data/format.ts";
import { type Child, type El, h } from "../render/tree.ts";
import { OUTCOME_LABELS } from "../registry/outcomes.ts";
import { baselineLine, gridLines, noneMark, yearAxis } from "./plot-parts.ts";
import { outcomeDefs, outcomeFill, painted, pct, swatch } from "./svg.ts";
import { TREND_HEIGHT, type TrendLayout, trendLayout, type TrendTick } from "./trend-layout.ts";
import { describePeriod, type TrendState, trendSummary } from "./trend-state.ts";

export { periodBands, TREND_HEIGHT, trendLayout } from "./trend-layout.ts";
export { describePeriod, periodLines, type TrendPoint, type TrendState, trendSummary } from "./trend-state.ts";

/** The width of each axis column in pixels; charts.css gives the grid the same width. */
export const TREND_AXIS_WIDTH = 56;

/**
 * The axis column left of the plot: its own small SVG, so tick labels never sit on the bars. `format` writes a
 * tick's value (counts, or a share in basis points).
 */
export function trendAxis(
  ticks: readonly TrendTick[],
  baseline: number,
  format: (value: number) => string = formatCount,
  height: number = TREND_HEIGHT,
): El {
  const edge = TREND_AXIS_WIDTH - 0.5;
  const out = -1;
  return h(
    "svg",
    {
      class: "trend-axis trend-axis-left",
      width: TREND_AXIS_WIDTH,
      height,
      "aria-hidden": "true",
    },
    ticks.map((t) =>
      h(
        "g",
        {},
        h("line", { class: "axis-line", x1: edge, x2: edge + 4 * out, y1: t.y, y2: t.y }),
        h(
          "text",
          {
            class: "tick-label",
            x: edge + 6 * out,
            y: t.y,
            "text-anchor": "end",
            "dominant-baseline": "central",
          },
          format(t.value),
        ),
      ),
    ),
    // No ticks (accounts never reported) means no scale, so no axis line: Math.min() of nothing is Infinity.
    ticks.length > 0
      ? h("line", { class: "axis-line", x1: edge, x2: edge, y1: baseline, y2: Math.min(...ticks.map((t) => t.y)) })
      : null,
  );
}

function legend(id: string): El {
  return h(
    "ul",
    { class: "chart-legend" },
    OUTCOMES.map((o) => h("li", { "data-outcome": o }, swatch(outcomeFill(id, o)), OUTCOME_LABELS[o])),
  );
}

function periodMarks(state: TrendState, layout: TrendLayout, id: string): El[] {
  return layout.bars.map((bar, i) => {
    const point = state.points[i];
    return h(
      "g",
      {
        class: "trend-period",
        role: "graphics-symbol",
        "aria-label": point ? describePeriod(point) : "",
        "data-period": bar.slug,
      },
      h("rect", {
        class: "hit",
        x: pct(bar.x - (bar.width * 0.25) / 2),
        y: 0,
        width: pct(bar.width * 1.25),
        height: TREND_HEIGHT - 4,
        fill: "transparent",
      }),
      bar.segments.map((s) =>
        h("rect", {
          ...painted("bar-seg", outcomeFill(id, s.outcome)),
          x: pct(bar.x),
          y: s.y,
          width: pct(bar.width),
          height: s.height,
        }),
      ),
      // Not in the period's report: a dashed mark on the baseline, never a bar of zero.
      point?.totals ? null : noneMark(bar, layout.baseline),
    );
  });
}

/**
 * The shell every history chart of the fixed layout shares: the custom element the client script upgrades, the
 * figure with its title and summary, the legend, what the chart draws, and the data table behind "Show data".
 * The summary gets an id when the plot refers to it with aria-describedby.
 */
export function trendFigure(options: {
  id: string;
  kind: string;
  chart: string;
  title: string;
  summary: string;
  summaryId?: string;
  legend: El;
  body: Child;
  table?: El | undefined;
}): El {
  return h(
    "chart-figure",
    { class: options.kind, "data-chart": options.chart },
    h(
      "figure",
      {},
      h("figcaption", { class: "chart-title", id: `${options.id}-title` }, options.title),
      h(
        "p",
        options.summaryId === undefined
          ? { class: "chart-summary" }
          : { class: "chart-summary", id: options.summaryId },
        options.summary,
      ),
      options.legend,
      options.body,
      options.table ?? null,
    ),
  );
}

/**
 * A history's frame: the y axis title, the axis column, the plot (one named group of graphics symbols, described
 * by the summary; a label on a role-less <svg> is discouraged) and the x axis title.
 */
export function trendFrame(
  id: string,
  yTitle: string,
  axis: El,
  height: number,
  plot: readonly Child[],
  xTitle = "Half-year, labelled by year",
): El {
  return h(
    "div",
    { class: "chart-frame trend-frame" },
    h("span", { class: "axis-title axis-title-left", "aria-hidden": "true" }, yTitle),
    axis,
    h(
      "svg",
      {
        class: "chart-svg trend-plot",
        width: "100%",
        height,
        role: "group",
        "aria-labelledby": `${id}-title`,
        "aria-describedby": `${id}-summary`,
      },
      ...plot,
    ),
    h("span", { class: "axis-title axis-title-bottom", "aria-hidden": "true" }, xTitle),
  );
}

/**
 * Render: requests per period stacked by outcome, on one scale. Accounts/users count something else, so they are
 * not drawn here (a second scale would set a line against bars it cannot be compared with); each period's
 * accessible name and tooltip give them, and so does the table.
 * Each period is a graphics symbol (WAI-ARIA Graphics) with its own accessible name; the client script
 * makes them one tab stop with arrow keys (a roving tabindex) and shows a tooltip. `table` is the data
 * table (from views/tables.ts) shown behind "Show data".
 */
export function renderTrend(state: TrendState, options: { id: string; title: string; table?: El }): El {
  const { id } = options;
  const layout = trendLayout(state);
  return trendFigure({
    id,
    kind: "chart chart-trend",
    chart: "trend",
    title: options.title,
    summary: trendSummary(state),
    summaryId: `${id}-summary`,
    legend: legend(id),
    body: trendFrame(id, "Requests", trendAxis(layout.ticks, layout.baseline), TREND_HEIGHT, [
      outcomeDefs(id),
      gridLines(layout.ticks),
      yearAxis(layout.years, TREND_HEIGHT),
      periodMarks(state, layout, id),
      baselineLine(layout.baseline),
    ]),
    table: options.table,
  });
}
