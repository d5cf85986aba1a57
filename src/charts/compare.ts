import { scaleLinear } from "d3-scale";
import { OUTCOMES, type Outcome, sharesOf, type Totals } from "../data/aggregate.ts";
import { formatShare } from "../data/format.ts";
import { type El, h } from "../render/tree.ts";
import { OUTCOME_LABELS } from "../registry/outcomes.ts";
import { outcomeDefs, outcomeFill, painted, pct, round, swatch } from "./svg.ts";

/** State: one country's shares beside the worldwide shares, per outcome, in basis points. */
export interface CompareState {
  name: string;
  rows: { outcome: Outcome; local: number | null; global: number | null }[];
}

export function compareState(name: string, local: Totals, global: Totals): CompareState {
  const a = sharesOf(local);
  const b = sharesOf(global);
  return { name, rows: OUTCOMES.map((outcome) => ({ outcome, local: a[outcome], global: b[outcome] })) };
}

const ROW = 64;
const LABEL_Y = 14;
const BAR = 16;
/** Bars stop short of the right edge so the value beside the longest still fits. */
const MAX_WIDTH_PCT = 72;

export interface CompareRowLayout {
  outcome: Outcome;
  y: number;
  localWidth: number;
  globalWidth: number;
}

/** Layout: bar lengths in percent of the chart's width, on one scale for both series. */
export function compareLayout(state: CompareState): { height: number; rows: CompareRowLayout[] } {
  const x = scaleLinear().domain([0, 10000]).range([0, MAX_WIDTH_PCT]);
  return {
    height: state.rows.length * ROW,
    rows: state.rows.map((r, i) => ({
      outcome: r.outcome,
      y: i * ROW,
      localWidth: round(x(r.local ?? 0), 2),
      globalWidth: round(x(r.global ?? 0), 2),
    })),
  };
}

export function compareSummary(state: CompareState, subject: string): string {
  const parts = state.rows.map(
    (r) => `${OUTCOME_LABELS[r.outcome]}: ${formatShare(r.local)} against ${formatShare(r.global)} worldwide`,
  );
  return `${subject}. ${parts.join("; ")}.`;
}

/** Render: paired bars per outcome, the country's in the outcome's colour and pattern, the world's outlined. */
export function renderCompare(
  state: CompareState,
  options: {
    id: string;
    title: string;
    /** The id of a chart on the same page whose patterns to reuse. */ patternsFrom?: string;
  },
): El {
  const id = options.patternsFrom ?? options.id;
  const layout = compareLayout(state);
  return h(
    "chart-figure",
    { class: "chart chart-compare", "data-chart": "compare" },
    h(
      "figure",
      {},
      h("figcaption", { class: "chart-title" }, options.title),
      h(
        "ul",
        { class: "chart-legend" },
        h("li", {}, swatch(outcomeFill(id, "nonContent")), `${state.name} (colour and pattern per outcome)`),
        h("li", {}, swatch({ class: "bar-global", fill: null }), "Worldwide (outlined)"),
      ),
      h(
        "svg",
        {
          class: "chart-svg",
          width: "100%",
          height: layout.height,
          role: "img",
          "aria-label": compareSummary(state, options.title),
        },
        options.patternsFrom ? null : outcomeDefs(id),
        layout.rows.map((row) => {
          const data = state.rows.find((r) => r.outcome === row.outcome);
          const local = formatShare(data?.local ?? null);
          const global = formatShare(data?.global ?? null);
          return h(
            "g",
            { class: "compare-row", "data-outcome": row.outcome },
            h("text", { class: "compare-label", x: 0, y: row.y + LABEL_Y }, OUTCOME_LABELS[row.outcome]),
            h("rect", {
              ...painted("bar-seg", outcomeFill(id, row.outcome)),
              x: 0,
              y: row.y + LABEL_Y + 6,
              width: pct(row.localWidth),
              height: BAR,
            }),
            h(
              "text",
              { class: "compare-value", x: pct(row.localWidth), dx: 6, y: row.y + LABEL_Y + 6 + BAR / 2 },
              local,
            ),
            h("rect", {
              x: 0,
              y: row.y + LABEL_Y + 8 + BAR,
              width: pct(row.globalWidth),
              height: BAR,
              // Background fill and outline colour come from charts.css, for the page's colour scheme.
              class: "bar-seg bar-global",
            }),
            h(
              "text",
              {
                class: "compare-value compare-global",
                x: pct(row.globalWidth),
                dx: 6,
                y: row.y + LABEL_Y + 8 + BAR + BAR / 2,
              },
              `${global} worldwide`,
            ),
          );
        }),
      ),
    ),
  );
}
