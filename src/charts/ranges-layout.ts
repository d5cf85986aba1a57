import { max } from "d3-array";
import { scaleLinear } from "d3-scale";
import type { Band } from "../data/national-security.ts";
import { round } from "./svg.ts";

/**
 * The range chart's state and layout (national-security demands, published only in bands). A band is drawn
 * as an interval from its low to its high bound, never as a point, and bands are never summed here.
 */
export interface RangesRow {
  /** The authority, e.g. "FISA orders for content". */
  label: string;
  demands: Band;
  /** `null`: accounts not reported for this row, which is shown in words, never as the band 0–(width−1). */
  accounts: Band | null;
}

/** State: the rows as given, in the caller's order. No pixels yet. */
export interface RangesState {
  rows: RangesRow[];
}

export function rangesState(rows: readonly { label: string; demands: Band; accounts: Band | null }[]): RangesState {
  return {
    rows: rows.map((r) => ({ label: r.label, demands: { ...r.demands }, accounts: r.accounts && { ...r.accounts } })),
  };
}

/** Demands and accounts each get a panel with a scale of its own: accounts bands can be far wider. */
export type RangeMeasure = "demands" | "accounts";

/** One row of a panel, x positions in percent of the chart's width; `band` null = not reported (no bar). */
export interface RangeBar {
  label: string;
  band: Band | null;
  /** Top of the row (the label line); the bar sits RANGE_BAR_OFFSET below it. */
  y: number;
  x1: number;
  x2: number;
}

export interface RangePanel {
  measure: RangeMeasure;
  /** Top of the panel within the chart's SVG. */
  y: number;
  height: number;
  /** The scale's upper end: the highest high bound + 1 (a band's upper edge), rounded up to a round number. */
  domainMax: number;
  ticks: { value: number; x: number }[];
  bars: RangeBar[];
}

export interface RangesLayout {
  height: number;
  panels: RangePanel[];
}

/** Row geometry in pixels (heights only: widths are percentages so text keeps its size on any screen). */
export const RANGE_PANEL_TITLE = 22;
export const RANGE_ROW = 44;
export const RANGE_BAR_OFFSET = 20;
export const RANGE_BAR = 14;
export const RANGE_AXIS = 26;
const PANEL_GAP = 16;
/** Bars stop short of the right edge so the "15,000–15,499" label beside the longest still fits on a phone. */
export const RANGE_MAX_WIDTH_PCT = 70;

function panel(measure: RangeMeasure, state: RangesState, y: number): RangePanel {
  const bands = state.rows.map((r) => (measure === "demands" ? r.demands : r.accounts));
  // +1: the band 0–499 covers the whole numbers up to 499, so its upper edge is 500.
  const top = (max(bands, (b) => (b ? b.high + 1 : 0)) ?? 0) || 1;
  const x = scaleLinear().domain([0, top]).nice(6).range([0, RANGE_MAX_WIDTH_PCT]);
  const domainMax = x.domain()[1] ?? top;
  const bars = state.rows.map((r, i): RangeBar => {
    const band = bands[i] ?? null;
    return {
      label: r.label,
      band,
      y: y + RANGE_PANEL_TITLE + i * RANGE_ROW,
      x1: band ? round(x(band.low), 2) : 0,
      x2: band ? round(x(band.high), 2) : 0,
    };
  });
  const height = RANGE_PANEL_TITLE + state.rows.length * RANGE_ROW + RANGE_AXIS;
  return {
    measure,
    y,
    height,
    domainMax,
    // Three or four labelled ticks: six would crowd a 320px screen.
    ticks: x.ticks(3).map((value) => ({ value, x: round(x(value), 2) })),
    bars,
  };
}

/**
 * Layout: a demands panel, and an accounts panel below it when any row reports accounts. With no rows
 * there is nothing to draw (the renderer says so in words).
 */
export function rangesLayout(state: RangesState): RangesLayout {
  if (state.rows.length === 0) return { height: 0, panels: [] };
  const panels = [panel("demands", state, 0)];
  if (state.rows.some((r) => r.accounts !== null)) {
    const first = panels[0];
    panels.push(panel("accounts", state, first ? first.height + PANEL_GAP : 0));
  }
  const last = panels.at(-1);
  return { height: last ? last.y + last.height : 0, panels };
}
