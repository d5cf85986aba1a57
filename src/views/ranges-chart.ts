/**
 * The one call from the views to the range chart.
 *
 * PLACEHOLDER for the lead: the real chart is `src/charts/ranges.ts` (secchart). When it lands, replace the body
 * of `rangesChart` with `return renderRanges(rangesState(rows), options);` and delete the rest of this file.
 * Until then: one interval bar per row for the demands band, on a shared scale, with a text alternative.
 */
import { formatCount } from "../data/format.ts";
import type { Band } from "../data/national-security.ts";
import { type El, h } from "../render/tree.ts";

export interface RangesChartRow {
  label: string;
  demands: Band;
  accounts: Band | null;
}

const ROW = 44;
const band = (b: Band) => `${formatCount(b.low)}–${formatCount(b.high)}`;

export function rangesChart(rows: readonly RangesChartRow[], options: { id: string; title: string }): El {
  const max = Math.max(1, ...rows.map((r) => r.demands.high + 1));
  const pct = (n: number) => `${Math.round((n / max) * 9500) / 100}%`;
  const summary = rows.map((r) => `${r.label}: ${band(r.demands)} demands`).join("; ");
  return h(
    "figure",
    { class: "chart chart-ranges", id: options.id },
    h("figcaption", { class: "chart-title" }, options.title),
    h(
      "svg",
      {
        class: "chart-svg",
        width: "100%",
        height: rows.length * ROW,
        role: "img",
        "aria-label": `${options.title}. ${summary}.`,
      },
      rows.map((r, i) =>
        h(
          "g",
          {},
          h("text", { x: 0, y: i * ROW + 14, class: "range-label" }, `${r.label}: ${band(r.demands)}`),
          h("rect", {
            x: pct(r.demands.low),
            y: i * ROW + 20,
            width: pct(r.demands.high - r.demands.low + 1),
            height: 16,
            fill: "none",
            stroke: "currentColor",
            "stroke-width": 2,
          }),
        ),
      ),
    ),
  );
}
