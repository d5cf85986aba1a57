import { stack } from "d3-shape";
import { OUTCOMES, type Outcome, sharesOf, type Totals } from "../data/aggregate.ts";
import { formatCount, formatRequests, formatShare } from "../data/format.ts";
import { urls } from "../lib/urls.ts";
import { type El, h } from "../render/tree.ts";
import { DEFINITION_ANCHORS, OUTCOME_LABELS } from "../registry/outcomes.ts";
import { outcomeDefs, outcomeFill, painted, pct, round, swatch } from "./svg.ts";

/** State: the four outcomes as counts and shares (basis points). No pixels yet. */
export interface BreakdownState {
  requests: number;
  parts: { outcome: Outcome; count: number; share: number | null }[];
}

export function breakdownState(totals: Totals): BreakdownState {
  const shares = sharesOf(totals);
  return {
    requests: totals.requests,
    parts: OUTCOMES.map((outcome) => ({ outcome, count: totals[outcome], share: shares[outcome] })),
  };
}

/** Layout: each outcome's segment of the 100% bar, in percent of the bar's width. */
export interface BreakdownSegment {
  outcome: Outcome;
  x: number;
  width: number;
}

export function breakdownLayout(state: BreakdownState): BreakdownSegment[] {
  if (state.requests === 0) return [];
  // d3's stack gives each outcome its [start, end] along the bar, from the counts themselves.
  const datum = Object.fromEntries(state.parts.map((p) => [p.outcome, p.count])) as Record<Outcome, number>;
  const series = stack<Record<Outcome, number>, Outcome>().keys(OUTCOMES)([datum]);
  return series.map((s) => {
    const [start, end] = s[0] ?? [0, 0];
    return {
      outcome: s.key,
      x: round((start / state.requests) * 100, 2),
      width: round(((end - start) / state.requests) * 100, 2),
    };
  });
}

export function describePart(p: BreakdownState["parts"][number]): string {
  return `${OUTCOME_LABELS[p.outcome]}: ${formatShare(p.share)} (${formatRequests(p.count)})`;
}

/** The sentence a screen reader hears for the chart: every figure the bar shows. */
export function breakdownSummary(state: BreakdownState, subject: string): string {
  if (state.requests === 0) return `${subject}: no requests, so no breakdown.`;
  return `${subject}, ${formatRequests(state.requests)}. ${state.parts.map(describePart).join("; ")}.`;
}

const BAR_HEIGHT = 36;
/**
 * Render: the disclosure breakdown as a 100% bar with a legend underneath that
 * labels every segment with its share and count. The bar itself carries no share labels: a narrow segment has
 * no room for one, and a bar that labels some segments and not others reads as if the others were missing. The legend is HTML so that it
 * can link to the definitions and wrap on narrow screens.
 */
export function renderBreakdown(totals: Totals, options: { id: string; title: string }): El {
  const state = breakdownState(totals);
  const segments = breakdownLayout(state);
  const { id } = options;
  return h(
    "chart-figure",
    { class: "chart chart-breakdown", "data-chart": "breakdown" },
    h(
      "figure",
      {},
      h("figcaption", { class: "chart-title" }, options.title),
      h(
        "svg",
        {
          class: "chart-svg",
          width: "100%",
          height: BAR_HEIGHT,
          role: "img",
          "aria-label": breakdownSummary(state, options.title),
        },
        outcomeDefs(id),
        segments.length === 0
          ? h(
              "g",
              {},
              h("rect", { class: "bar-empty", y: 0, width: "100%", height: BAR_HEIGHT }),
              h("text", { x: "50%", y: BAR_HEIGHT / 2, dy: "0.35em", "text-anchor": "middle" }, "No requests"),
            )
          : segments.map((s) => {
              const part = state.parts.find((p) => p.outcome === s.outcome);
              return h("rect", {
                ...painted("bar-seg", outcomeFill(id, s.outcome)),
                x: pct(s.x),
                y: 0,
                width: pct(s.width),
                height: BAR_HEIGHT,
                "data-outcome": s.outcome,
                "data-tip": part ? describePart(part) : null,
              });
            }),
      ),
      h(
        "ul",
        { class: "chart-legend" },
        state.parts.map((p) =>
          h(
            "li",
            { "data-outcome": p.outcome },
            swatch(outcomeFill(id, p.outcome)),
            h("a", { href: `${urls.definitions}#${DEFINITION_ANCHORS[p.outcome]}` }, OUTCOME_LABELS[p.outcome]),
            " ",
            h("span", { class: "legend-value", "data-value": "share" }, formatShare(p.share)),
            " ",
            h("span", { class: "legend-count", "data-value": "count" }, `(${formatCount(p.count)})`),
          ),
        ),
      ),
    ),
  );
}
