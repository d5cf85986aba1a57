/**
 * The charts of a described report, drawn on the server as SVG: a measure's history, a share's history and
 * the figures of one period row by row. They need no script. As in the fixed layout's charts, the markup
 * holds no colour (classes in src/styles/report-charts.css paint with the page's custom properties, so dark
 * mode and print apply) and no style attribute (the CSP allows none). Every chart carries its title and a
 * summary sentence written by the view; the data table sits beside it on the page.
 */
import { type Outcome, OUTCOMES } from "../data/aggregate.ts";
import { type El, h } from "../render/tree.ts";
import type { HistoryLayout, RowsLayout, ShareLayout } from "./report-history-layout.ts";
import { outcomeDefs, outcomeFill, painted, pct, swatch } from "./svg.ts";
import { trendAxis } from "./trend.ts";
import { baselineLine, gridLines, noneMark, yearAxis } from "./plot-parts.ts";

/** What the view says about a chart: its words are written once there (src/views/report-model/charts.ts). */
export interface ChartWords {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
}

/** Drawn above a bar whose total is incomplete, and above a period with no figure. */
export const INCOMPLETE_GLYPH = "≥";
export const NONE_GLYPH = "?";

function hatchId(id: string): string {
  return `${id}-hatch`;
}

/** The hatch of an incomplete total (and of a process outside totals): lines in the bar colour over the page. */
function hatchDef(id: string): El {
  return h(
    "pattern",
    { id: hatchId(id), width: 6, height: 6, patternUnits: "userSpaceOnUse", patternTransform: "rotate(45)" },
    h("rect", { class: "paint-bg", width: 6, height: 6 }),
    h("path", { class: "rc-hatch-line", d: "M0 0V6", "stroke-width": 2.5 }),
  );
}

const SOLID = { class: "rc-fill", fill: null } as const;
const hatched = (id: string) => ({ class: "rc-outline", fill: `url(#${hatchId(id)})` });

/** The legend key of "no figure": the same dashed mark and glyph as in the plot. */
export function noneSwatch(): El {
  return h(
    "svg",
    { class: "legend-swatch", width: 16, height: 16, viewBox: "0 0 16 16", "aria-hidden": "true" },
    h("line", { class: "none-mark", x1: 1, x2: 15, y1: 14, y2: 14, "stroke-width": 2, "stroke-dasharray": "2 2" }),
    h("text", { class: "rc-glyph", x: 8, y: 10, "text-anchor": "middle" }, NONE_GLYPH),
  );
}

function glyphSwatch(paint: { class: string | null; fill: string | null }): El {
  return h(
    "span",
    { class: "rc-swatch-glyph" },
    swatch(paint),
    h("span", { class: "rc-glyph-text", "aria-hidden": "true" }, INCOMPLETE_GLYPH),
  );
}

export interface LegendEntry {
  readonly key: "value" | "incomplete" | "none" | "outside" | Outcome | "share";
  readonly label: string;
}

function legend(id: string, entries: readonly LegendEntry[]): El {
  return h(
    "ul",
    { class: "chart-legend" },
    entries.map((e) => {
      const key =
        e.key === "none"
          ? noneSwatch()
          : e.key === "incomplete"
            ? glyphSwatch(hatched(id))
            : e.key === "outside"
              ? swatch(hatched(id))
              : e.key === "value" || e.key === "share"
                ? swatch(SOLID)
                : swatch(outcomeFill(id, e.key));
      return h("li", {}, key, e.label);
    }),
  );
}

/** The figure around a plot: title, summary, legend, the axis column and the plot, the axis titles. */
function figure(
  words: ChartWords,
  entries: readonly LegendEntry[],
  axis: El,
  plot: El,
  titles: { y: string; x: string },
  kind: string,
): El {
  return h(
    "figure",
    { class: `chart report-chart report-chart-${kind}`, "aria-labelledby": `${words.id}-title` },
    h("figcaption", { class: "chart-title", id: `${words.id}-title` }, words.title),
    h("p", { class: "chart-summary", id: `${words.id}-summary` }, words.summary),
    legend(words.id, entries),
    h(
      "div",
      { class: "chart-frame trend-frame" },
      h("span", { class: "axis-title axis-title-left", "aria-hidden": "true" }, titles.y),
      axis,
      plot,
      h("span", { class: "axis-title axis-title-bottom", "aria-hidden": "true" }, titles.x),
    ),
  );
}

/** The plot's own SVG: one image, named by the title and described by the summary; the table gives each figure. */
function plotSvg(words: ChartWords, height: number, children: El[]): El {
  return h(
    "svg",
    {
      class: "chart-svg trend-plot",
      width: "100%",
      height,
      role: "img",
      "aria-labelledby": `${words.id}-title`,
      "aria-describedby": `${words.id}-summary`,
    },
    ...children,
  );
}

/** A period without a figure: the shared dashed mark, with the glyph that says so without colour. */
export function noneMarkWithGlyph(bar: { x: number; width: number }, baseline: number): El[] {
  return [
    noneMark(bar, baseline),
    h(
      "text",
      { class: "rc-glyph", x: pct(bar.x + bar.width / 2), y: baseline - 7, "text-anchor": "middle" },
      NONE_GLYPH,
    ),
  ];
}

/** A measure per period: a solid bar for a figure, a hatched bar marked ≥ for an incomplete total, ? for none. */
export function renderHistoryChart(
  words: ChartWords,
  layout: HistoryLayout,
  options: { yTitle: string; xTitle: string; legend: readonly LegendEntry[] },
): El {
  const marks = layout.bars.map((bar) =>
    h(
      "g",
      { class: `rc-period rc-${bar.kind}`, "data-period": bar.slug },
      bar.kind === "none"
        ? noneMarkWithGlyph(bar, layout.baseline)
        : [
            bar.height > 0
              ? h("rect", {
                  ...painted("rc-bar", bar.kind === "value" ? SOLID : hatched(words.id)),
                  x: pct(bar.x),
                  y: bar.y,
                  width: pct(bar.width),
                  height: bar.height,
                })
              : null,
            bar.kind === "incomplete"
              ? h(
                  "text",
                  { class: "rc-glyph", x: pct(bar.x + bar.width / 2), y: bar.y - 4, "text-anchor": "middle" },
                  INCOMPLETE_GLYPH,
                )
              : null,
          ],
    ),
  );
  return figure(
    words,
    options.legend,
    trendAxis(layout.ticks, layout.baseline, undefined, layout.height),
    plotSvg(words, layout.height, [
      h("defs", {}, hatchDef(words.id)),
      gridLines(layout.ticks),
      yearAxis(layout.years, layout.height),
      ...marks,
      baselineLine(layout.baseline),
    ]),
    { y: options.yTitle, x: options.xTitle },
    "history",
  );
}

/** Shares per period on 0–100%: a single share over a pale full bar, or outcomes stacked to 100%; ? for none. */
export function renderShareChart(
  words: ChartWords,
  layout: ShareLayout,
  options: { xTitle: string; legend: readonly LegendEntry[] },
): El {
  const full = layout.ticks.at(-1)?.y ?? 0;
  const marks = layout.bars.map((bar) =>
    h(
      "g",
      { class: "rc-period", "data-period": bar.slug },
      bar.segments.length === 0
        ? noneMarkWithGlyph(bar, layout.baseline)
        : [
            bar.segments.length === 1
              ? h("rect", {
                  class: "bar-empty",
                  x: pct(bar.x),
                  y: full,
                  width: pct(bar.width),
                  height: layout.baseline - full,
                })
              : null,
            bar.segments.map((s) =>
              h("rect", {
                ...painted(
                  "bar-seg",
                  (OUTCOMES as readonly string[]).includes(s.key) ? outcomeFill(words.id, s.key as Outcome) : SOLID,
                ),
                x: pct(bar.x),
                y: s.y,
                width: pct(bar.width),
                height: s.height,
              }),
            ),
          ],
    ),
  );
  return figure(
    words,
    options.legend,
    trendAxis(layout.ticks, layout.baseline, (v) => `${v}%`, layout.height),
    plotSvg(words, layout.height, [
      outcomeDefs(words.id),
      gridLines(layout.ticks),
      yearAxis(layout.years, layout.height),
      ...marks,
      baselineLine(layout.baseline),
    ]),
    { y: "Share", x: options.xTitle },
    "share",
  );
}

/** One labelled row of a rows chart; `outside` marks a figure kept out of totals (hatched, and said in the label). */
export interface RowLabel {
  readonly key: string;
  readonly label: string;
  readonly outside: boolean;
}

/**
 * Figures of one period, a row each, on one scale from 0; `apart` rows (the figure for all processes
 * together) come after a rule so they are never read as one more part.
 */
export function renderRowsChart(
  words: ChartWords,
  layout: RowsLayout,
  labels: readonly RowLabel[],
  options: { apart: number; legend: readonly LegendEntry[] },
): El {
  const firstApart = layout.rows.length - options.apart;
  const gap = options.apart > 0 ? 12 : 0;
  const height = layout.height + gap;
  const rows = layout.rows.map((row, i) => {
    const label = labels[i];
    const y = row.y + (i >= firstApart ? gap : 0);
    const barY = y + 20;
    const paint = label?.outside || row.kind === "incomplete" ? hatched(words.id) : SOLID;
    return h(
      "g",
      { class: `rc-row rc-${row.kind}`, "data-key": row.key },
      h("text", { class: "rc-row-label", x: 0, y: y + 13 }, label?.label ?? row.key),
      row.kind === "none"
        ? [
            h("line", {
              class: "none-mark",
              x1: "0%",
              x2: "12%",
              y1: barY + layout.barHeight / 2,
              y2: barY + layout.barHeight / 2,
              "stroke-width": 2,
              "stroke-dasharray": "2 2",
            }),
            h("text", { class: "rc-glyph", x: "14%", y: barY + layout.barHeight / 2 + 4 }, NONE_GLYPH),
          ]
        : row.width > 0
          ? h("rect", { ...painted("rc-bar", paint), x: 0, y: barY, width: pct(row.width), height: layout.barHeight })
          : null,
    );
  });
  const divider =
    options.apart > 0
      ? h("line", {
          class: "rc-divider",
          x1: "0%",
          x2: "100%",
          y1: firstApart * layout.rowHeight + gap / 2,
          y2: firstApart * layout.rowHeight + gap / 2,
          "stroke-dasharray": "4 3",
        })
      : null;
  return h(
    "figure",
    { class: "chart report-chart report-chart-rows", "aria-labelledby": `${words.id}-title` },
    h("figcaption", { class: "chart-title", id: `${words.id}-title` }, words.title),
    h("p", { class: "chart-summary", id: `${words.id}-summary` }, words.summary),
    legend(words.id, options.legend),
    h(
      "svg",
      {
        class: "chart-svg rc-rows",
        width: "100%",
        height,
        role: "img",
        "aria-labelledby": `${words.id}-title`,
        "aria-describedby": `${words.id}-summary`,
      },
      h("defs", {}, hatchDef(words.id)),
      ...rows,
      divider,
      h("line", { class: "baseline", x1: 0.5, x2: 0.5, y1: 0, y2: height }),
    ),
  );
}
