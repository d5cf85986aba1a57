import { max } from "d3-array";
import { scaleBand, scaleLinear } from "d3-scale";
import { stack } from "d3-shape";
import { OUTCOMES, type Outcome, sharesOf, type Totals } from "../data/aggregate.ts";
import { formatAccounts, formatCount, formatShare } from "../data/format.ts";
import { type Period, periodLabel, periodSlug } from "../data/period.ts";
import { type El, h } from "../render/tree.ts";
import { OUTCOME_LABELS } from "../views/labels.ts";
import { ACCOUNTS_COLOUR, BACKGROUND } from "./palette.ts";
import { outcomeDefs, outcomeFill, pct, round, swatch } from "./svg.ts";

/** State: one entry per period, oldest first. `totals` is null where nothing was reported. */
export interface TrendPoint {
  period: Period;
  totals: Totals | null;
}

export interface TrendState {
  subject: string;
  points: TrendPoint[];
}

export const TREND_HEIGHT = 260;
const TOP = 18;
const BOTTOM = 28;

export interface TrendBar {
  slug: string;
  x: number;
  width: number;
  segments: { outcome: Outcome; y: number; height: number }[];
}

export interface TrendLayout {
  bars: TrendBar[];
  ticks: { value: number; y: number }[];
  /** Accounts/users as points; consecutive defined points are joined, a gap breaks the line. */
  accounts: { x: number; y: number }[][];
  /** Year labels; near either edge they align to it rather than centre on their bars, so they are never cut off. */
  years: { label: string; x: number; anchor: "start" | "middle" | "end" }[];
  baseline: number;
}

type Counts = Record<Outcome, number>;

/** Layout: x in percent of the chart's width (so text keeps its size on a phone), y in pixels. */
export function trendLayout(state: TrendState): TrendLayout {
  const slugs = state.points.map((p) => periodSlug(p.period));
  const x = scaleBand().domain(slugs).range([1.5, 100]).paddingInner(0.25).paddingOuter(0.1);
  const top = max(state.points, (p) => Math.max(p.totals?.requests ?? 0, p.totals?.accounts ?? 0)) ?? 0;
  const y = scaleLinear()
    .domain([0, Math.max(top, 1)])
    .nice(4)
    .range([TREND_HEIGHT - BOTTOM, TOP]);
  const rows: Counts[] = state.points.map(
    (p) => Object.fromEntries(OUTCOMES.map((o) => [o, p.totals?.[o] ?? 0])) as Counts,
  );
  const series = stack<Counts, Outcome>().keys(OUTCOMES)(rows);
  const bars = state.points.map((_p, i) => {
    const slug = slugs[i] ?? "";
    return {
      slug,
      x: round(x(slug) ?? 0, 2),
      width: round(x.bandwidth(), 2),
      segments: series.flatMap((s) => {
        const [y0, y1] = s[i] ?? [0, 0];
        if (y1 === y0) return [];
        return [{ outcome: s.key, y: round(y(y1)), height: round(y(y0) - y(y1)) }];
      }),
    };
  });
  const accounts: { x: number; y: number }[][] = [];
  let run: { x: number; y: number }[] = [];
  state.points.forEach((p, i) => {
    const value = p.totals?.accounts;
    if (value === null || value === undefined) {
      if (run.length) accounts.push(run);
      run = [];
      return;
    }
    const slug = slugs[i] ?? "";
    run.push({ x: round((x(slug) ?? 0) + x.bandwidth() / 2, 2), y: round(y(value)) });
  });
  if (run.length) accounts.push(run);
  // Label years, not half-years: with many periods every other year keeps labels apart on a phone.
  const step = state.points.length > 12 ? 2 : 1;
  const firstYear = state.points[0]?.period.year ?? 0;
  const yearMarks = state.points.flatMap((p, i) =>
    p.period.half === 1 && (p.period.year - firstYear) % step === 0
      ? [{ label: String(p.period.year), x: round((x(slugs[i] ?? "") ?? 0) + x.bandwidth(), 2) }]
      : [],
  );
  const years = yearMarks.map((m) =>
    m.x < 8
      ? { ...m, x: 0, anchor: "start" as const }
      : m.x > 92
        ? { ...m, x: 100, anchor: "end" as const }
        : { ...m, anchor: "middle" as const },
  );
  return {
    bars,
    ticks: y.ticks(4).map((value) => ({ value, y: round(y(value)) })),
    accounts,
    years,
    baseline: round(y(0)),
  };
}

/** One period's figures as short lines: the tooltip shows one per line. */
export function periodLines(p: TrendPoint): string[] {
  const label = periodLabel(p.period);
  if (!p.totals) return [label, "no requests reported"];
  const t = p.totals;
  const s = sharesOf(t);
  return [
    label,
    `${formatCount(t.requests)} requests`,
    t.accounts === null ? "accounts/users not reported" : `${formatCount(t.accounts)} accounts/users`,
    ...OUTCOMES.map((o) => `${OUTCOME_LABELS[o]} ${formatShare(s[o])} (${formatCount(t[o])})`),
  ];
}

/** What a screen reader hears for one period; the tooltip shows the same parts one per line (see tip.ts). */
export function describePeriod(p: TrendPoint): string {
  const [label, ...parts] = periodLines(p);
  return `${label ?? ""}: ${parts.join("; ")}`;
}

export function trendSummary(state: TrendState): string {
  const reported = state.points.filter((p) => p.totals);
  const first = reported[0];
  const last = reported.at(-1);
  if (!first?.totals || !last?.totals) return `${state.subject}: no requests reported in any period.`;
  const peak = reported.reduce((a, b) => ((b.totals?.requests ?? 0) > (a.totals?.requests ?? 0) ? b : a));
  return (
    `${state.subject}: ${formatCount(first.totals.requests)} requests in ${periodLabel(first.period)}, ` +
    `${formatCount(last.totals.requests)} in ${periodLabel(last.period)}; ` +
    `the most, ${formatCount(peak.totals?.requests ?? 0)}, in ${periodLabel(peak.period)}.`
  );
}

function trendTable(state: TrendState): El {
  return h(
    "details",
    { class: "chart-data" },
    h("summary", {}, "Show data"),
    h(
      "div",
      { class: "table-scroll" },
      h(
        "table",
        { class: "data-table" },
        h("caption", {}, `${state.subject}: requests, accounts/users and outcomes by period`),
        h(
          "thead",
          {},
          h(
            "tr",
            {},
            h("th", { scope: "col" }, "Period"),
            h("th", { scope: "col", class: "num" }, "Requests"),
            h("th", { scope: "col", class: "num" }, "Accounts/users"),
            OUTCOMES.map((o) => h("th", { scope: "col", class: "num" }, OUTCOME_LABELS[o])),
          ),
        ),
        h(
          "tbody",
          {},
          state.points.map((p) =>
            h(
              "tr",
              { "data-period": periodSlug(p.period) },
              h("th", { scope: "row" }, periodLabel(p.period)),
              p.totals
                ? [
                    h("td", { class: "num" }, formatCount(p.totals.requests)),
                    h("td", { class: "num" }, formatAccounts(p.totals.accounts)),
                    OUTCOMES.map((o) => h("td", { class: "num" }, formatCount(p.totals?.[o] ?? 0))),
                  ]
                : h("td", { colspan: 6, class: "muted" }, "No requests reported"),
            ),
          ),
        ),
      ),
    ),
  );
}

/**
 * Render: requests per period stacked by outcome, accounts/users as a line.
 * Each period is a graphics symbol (WAI-ARIA Graphics) with its own accessible name; the client script
 * makes them one tab stop with arrow keys (a roving tabindex) and shows a tooltip.
 */
export function renderTrend(state: TrendState, options: { id: string; title: string; table?: boolean }): El {
  const { id } = options;
  const layout = trendLayout(state);
  const summaryId = `${id}-summary`;
  return h(
    "chart-figure",
    { class: "chart chart-trend", "data-chart": "trend" },
    h(
      "figure",
      {},
      h("figcaption", { class: "chart-title", id: `${id}-title` }, options.title),
      h("p", { class: "chart-summary", id: summaryId }, trendSummary(state)),
      h(
        "ul",
        { class: "chart-legend" },
        OUTCOMES.map((o) => h("li", { "data-outcome": o }, swatch(outcomeFill(id, o)), OUTCOME_LABELS[o])),
        h(
          "li",
          {},
          h(
            "svg",
            { class: "legend-swatch", width: 24, height: 16, viewBox: "0 0 24 16", "aria-hidden": "true" },
            h("line", { x1: 0, y1: 8, x2: 24, y2: 8, stroke: ACCOUNTS_COLOUR, "stroke-width": 2 }),
            h("circle", { cx: 12, cy: 8, r: 3.5, fill: "#ffffff", stroke: ACCOUNTS_COLOUR, "stroke-width": 2 }),
          ),
          "Accounts/users specified (line)",
        ),
      ),
      h(
        "div",
        { class: "chart-frame" },
        h(
          "svg",
          {
            class: "chart-svg",
            width: "100%",
            height: TREND_HEIGHT,
            // A named group holding one graphics symbol per period; a label on a role-less <svg> is discouraged.
            role: "group",
            "aria-labelledby": `${id}-title`,
            "aria-describedby": summaryId,
          },
          outcomeDefs(id),
          h(
            "g",
            { class: "grid", stroke: "#d0d0d0", "aria-hidden": "true" },
            layout.ticks.map((t) => h("line", { x1: "0%", x2: "100%", y1: t.y, y2: t.y })),
          ),
          h(
            "g",
            { class: "axis", "aria-hidden": "true" },
            layout.years.map((yr) =>
              h("text", { class: "tick-label", x: pct(yr.x), y: TREND_HEIGHT - 8, "text-anchor": yr.anchor }, yr.label),
            ),
          ),
          layout.bars.map((bar, i) => {
            const point = state.points[i];
            const text = point ? describePeriod(point) : "";
            return h(
              "g",
              {
                class: "trend-period",
                role: "graphics-symbol",
                "aria-label": text,
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
                  class: "bar-seg",
                  x: pct(bar.x),
                  y: s.y,
                  width: pct(bar.width),
                  height: s.height,
                  fill: outcomeFill(id, s.outcome),
                }),
              ),
              point?.totals
                ? null
                : h("line", {
                    class: "none-mark",
                    x1: pct(bar.x),
                    x2: pct(bar.x + bar.width),
                    y1: layout.baseline - 2,
                    y2: layout.baseline - 2,
                    stroke: "#767676",
                    "stroke-width": 2,
                    "stroke-dasharray": "2 2",
                  }),
            );
          }),
          h(
            "g",
            // Stroke and fill are inherited from the group, once per chart rather than once per mark.
            { class: "accounts", stroke: ACCOUNTS_COLOUR, "stroke-width": 2, fill: BACKGROUND, "aria-hidden": "true" },
            layout.accounts.map((run) =>
              run.slice(1).map((p, j) => {
                const from = run[j] ?? p;
                return h("line", {
                  x1: pct(from.x),
                  y1: from.y,
                  x2: pct(p.x),
                  y2: p.y,
                });
              }),
            ),
            layout.accounts.flat().map((p) => h("circle", { cx: pct(p.x), cy: p.y, r: 3 })),
          ),
          h(
            "g",
            { class: "axis", "aria-hidden": "true" },
            h("line", { x1: "0%", x2: "100%", y1: layout.baseline, y2: layout.baseline, stroke: "#1a1a1a" }),
            layout.ticks.map((t) =>
              t.value === 0 ? null : h("text", { class: "tick-label", x: 2, y: t.y - 4 }, formatCount(t.value)),
            ),
          ),
        ),
      ),
      options.table ? trendTable(state) : null,
    ),
  );
}
