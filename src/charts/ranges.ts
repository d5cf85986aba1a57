import { formatCount, rangeLabel, rangeWords } from "../data/format.ts";
import type { Band } from "../data/national-security.ts";
import { urls } from "../lib/urls.ts";
import { type Child, type El, h } from "../render/tree.ts";
import {
  RANGE_BAR,
  RANGE_BAR_OFFSET,
  RANGE_MAX_WIDTH_PCT,
  RANGE_PANEL_TITLE,
  type RangeBar,
  type RangeMeasure,
  type RangePanel,
  type RangesState,
  rangesLayout,
} from "./ranges-layout.ts";
import { pct } from "./svg.ts";

export {
  RANGE_MAX_WIDTH_PCT,
  type RangeBar,
  type RangeMeasure,
  type RangePanel,
  type RangesLayout,
  rangesLayout,
  type RangesRow,
  type RangesState,
  rangesState,
} from "./ranges-layout.ts";

/** The anchor on the definitions page that says what a band is; the legend links to it. */
export const BANDS_ANCHOR = "bands";

const MEASURE_TITLES: Record<RangeMeasure, string> = {
  demands: "Demands received (range)",
  accounts: "Accounts specified (range)",
};

/** What a screen reader hears for one bar: "FISA orders for content: 0 to 499 demands". */
export function describeRange(label: string, measure: RangeMeasure, band: Band | null): string {
  return band ? `${label}: ${rangeWords(band)} ${measure}` : `${label}: ${measure} not reported`;
}

export function hatchId(id: string): string {
  return `${id}-range-hatch`;
}

/** The hatch inside a band: diagonal lines over nothing, so it reads as "somewhere in here", not as a solid amount. */
export function hatchDef(id: string): El {
  return h(
    "defs",
    {},
    h(
      "pattern",
      { id: hatchId(id), width: 5, height: 5, patternUnits: "userSpaceOnUse", patternTransform: "rotate(45)" },
      h("path", { class: "range-hatch-line", d: "M0 0V5", "stroke-width": 1.5 }),
    ),
  );
}

/** One band: a hatched interval with an end cap (whisker) at each bound and its bounds written beside it. */
function bandMark(id: string, bar: RangeBar & { band: Band }): El[] {
  const top = bar.y + RANGE_BAR_OFFSET;
  const mid = top + RANGE_BAR / 2;
  return [
    h("rect", {
      class: "range-band",
      x: pct(bar.x1),
      y: top,
      width: pct(bar.x2 - bar.x1),
      height: RANGE_BAR,
      fill: `url(#${hatchId(id)})`,
    }),
    h(
      "g",
      { class: "range-caps", "stroke-width": 2 },
      h("line", { x1: pct(bar.x1), x2: pct(bar.x1), y1: top - 3, y2: top + RANGE_BAR + 3 }),
      h("line", { x1: pct(bar.x1), x2: pct(bar.x2), y1: mid, y2: mid }),
      h("line", { x1: pct(bar.x2), x2: pct(bar.x2), y1: top - 3, y2: top + RANGE_BAR + 3 }),
    ),
    h("text", { class: "range-value", x: pct(bar.x2), dx: 8, y: mid }, rangeLabel(bar.band)),
  ];
}

function panelMarks(id: string, panel: RangePanel): El {
  const axisY = panel.y + panel.height - 22;
  return h(
    "g",
    { class: "range-panel", "data-measure": panel.measure },
    h(
      "text",
      { class: "range-panel-title", x: 0, y: panel.y + 14, "aria-hidden": "true" },
      MEASURE_TITLES[panel.measure],
    ),
    h(
      "g",
      { class: "range-grid", "aria-hidden": "true" },
      panel.ticks.map((t) => h("line", { x1: pct(t.x), x2: pct(t.x), y1: panel.y + RANGE_PANEL_TITLE, y2: axisY })),
    ),
    panel.bars.map((bar) =>
      h(
        "g",
        {
          class: "range-row",
          role: "graphics-symbol",
          "aria-label": describeRange(bar.label, panel.measure, bar.band),
          "data-reported": bar.band ? null : "false",
        },
        h("text", { class: "range-label", x: 0, y: bar.y + 13 }, bar.label),
        bar.band
          ? bandMark(id, { ...bar, band: bar.band })
          : // Not reported: words where the bar would be, never a bar from 0.
            h("text", { class: "range-absent", x: 0, y: bar.y + RANGE_BAR_OFFSET + RANGE_BAR / 2 }, "not reported"),
      ),
    ),
    h(
      "g",
      { class: "range-axis", "aria-hidden": "true" },
      h("line", {
        class: "range-baseline",
        x1: "0%",
        x2: pct(RANGE_MAX_WIDTH_PCT),
        y1: axisY,
        y2: axisY,
      }),
      panel.ticks.map((t) =>
        h(
          "text",
          { class: "tick-label", x: pct(t.x), y: axisY + 15, "text-anchor": t.value === 0 ? "start" : "middle" },
          formatCount(t.value),
        ),
      ),
    ),
  );
}

/** The key of a band, drawn like one: cap, hatch, cap. */
export function rangeSwatch(id: string): El {
  return h(
    "svg",
    { class: "range-swatch", width: 32, height: 16, viewBox: "0 0 32 16", "aria-hidden": "true" },
    h("rect", { class: "range-band", x: 1, y: 3, width: 30, height: 10, fill: `url(#${hatchId(id)})` }),
    h("g", { class: "range-caps", "stroke-width": 2 }, h("path", { d: "M1 1V15M1 8H31M31 1V15" })),
  );
}

/** A legend key drawn like a band; `why` is where the site says what a band is; `more` are further keys. */
export function rangeLegend(id: string, why = `${urls.definitions}#${BANDS_ANCHOR}`, ...more: Child[]): El {
  return h(
    "ul",
    { class: "chart-legend" },
    h(
      "li",
      {},
      rangeSwatch(id),
      "A range: the true figure is somewhere from the low to the high end. ",
      h("a", { href: why }, "Why ranges?"),
    ),
    ...more,
  );
}

/**
 * Render: national-security demands (and accounts, where reported) as interval bars, one panel per measure
 * with a scale of its own. Each bar is a graphics symbol whose accessible name gives its bounds in words;
 * the caller puts the real table of bounds after the chart, so the SVG carries nothing more.
 */
export function renderRanges(
  state: RangesState,
  options: { id: string; title: string; summary?: string; why?: string },
): El {
  const { id } = options;
  const layout = rangesLayout(state);
  const titleId = `${id}-title`;
  return h(
    "chart-figure",
    { class: "chart chart-ranges", "data-chart": "ranges" },
    h(
      "figure",
      {},
      h("figcaption", { class: "chart-title", id: titleId }, options.title),
      options.summary === undefined ? null : h("p", { class: "chart-summary" }, options.summary),
      layout.panels.length === 0
        ? h("p", { class: "chart-note" }, "No national-security figures to show.")
        : [
            rangeLegend(id, options.why),
            h(
              "svg",
              {
                class: "chart-svg ranges-svg",
                width: "100%",
                height: layout.height,
                // A named group of graphics symbols, as the history chart: a label on a role-less <svg> is discouraged.
                role: "group",
                "aria-labelledby": titleId,
              },
              hatchDef(id),
              layout.panels.map((p) => panelMarks(id, p)),
            ),
            layout.panels.length === 1
              ? h("p", { class: "chart-note" }, "Accounts were not reported for these demands.")
              : null,
          ],
    ),
  );
}
