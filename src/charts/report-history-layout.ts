/**
 * Pure layouts for the charts of a described report (data/report.json): numbers in, positions out, so they
 * are tested on numbers. The y scale, its ticks and the year labels are the fixed layout's own
 * (trend-layout.ts); x is in percent of the plot's width, y in pixels, as there.
 */
import { max } from "d3-array";
import { scaleBand, scaleLinear } from "d3-scale";
import { round } from "./svg.ts";
import { countScale, TREND_HEIGHT, type TrendTick, wholeTicks, yearLabels } from "./trend-layout.ts";

/**
 * A worldwide or a place's figure for one period. `incomplete` is a total some places left blank: `reported`
 * is what the others add up to, so at least that many; it is drawn hatched, never as the total. `none` is a
 * period with no figure at all: a dashed mark on the baseline, never a bar of 0.
 */
export type HistoryFigure =
  | { readonly kind: "value"; readonly value: number }
  | { readonly kind: "incomplete"; readonly reported: number }
  | { readonly kind: "none" };

export interface HistoryPoint {
  /** The period's address form (`2023-h1`, `2022`): unique, and the key the bars are placed by. */
  readonly slug: string;
  readonly year: number;
  readonly figure: HistoryFigure;
}

export interface HistoryBar {
  readonly slug: string;
  readonly kind: HistoryFigure["kind"];
  readonly x: number;
  readonly width: number;
  /** Top of the bar; the baseline for `none`. */
  readonly y: number;
  readonly height: number;
}

export interface HistoryLayout {
  readonly bars: readonly HistoryBar[];
  readonly ticks: readonly TrendTick[];
  readonly years: readonly { label: string; x: number }[];
  readonly baseline: number;
  readonly height: number;
}

/** The x bands of a history: one per period, in the order given. */
function bands(slugs: readonly string[]) {
  return scaleBand().domain(slugs).range([0, 100]).paddingInner(0.25).paddingOuter(0.1);
}

function shown(figure: HistoryFigure): number {
  return figure.kind === "value" ? figure.value : figure.kind === "incomplete" ? figure.reported : 0;
}

/** Bars of one measure per period on one count scale; `height` lets a second measure be a smaller chart. */
export function historyLayout(points: readonly HistoryPoint[], height = TREND_HEIGHT): HistoryLayout {
  const x = bands(points.map((p) => p.slug));
  const y = countScale(max(points, (p) => shown(p.figure)) ?? 0, height);
  const baseline = round(y(0));
  const bars = points.map((p): HistoryBar => {
    const top = round(y(shown(p.figure)));
    return {
      slug: p.slug,
      kind: p.figure.kind,
      x: round(x(p.slug) ?? 0, 2),
      width: round(x.bandwidth(), 2),
      y: top,
      height: round(baseline - top),
    };
  });
  const years = yearLabels(points.map((p) => ({ year: p.year, centre: (x(p.slug) ?? 0) + x.bandwidth() / 2 })));
  return { bars, ticks: wholeTicks(y), years, baseline, height };
}

/** One period of a share chart: parts in percent (0–100) of one whole, in stacking order; null = no share. */
export interface SharePoint {
  readonly slug: string;
  readonly year: number;
  readonly parts: readonly { readonly key: string; readonly percent: number }[] | null;
}

export interface ShareBar {
  readonly slug: string;
  readonly x: number;
  readonly width: number;
  readonly segments: readonly { key: string; y: number; height: number }[];
}

export interface ShareLayout {
  readonly bars: readonly ShareBar[];
  readonly ticks: readonly TrendTick[];
  readonly years: readonly { label: string; x: number }[];
  readonly baseline: number;
  readonly height: number;
}

const SHARE_TOP = 12;
const SHARE_BOTTOM = 28;

/** Shares per period on a fixed 0–100% scale: a share is never rescaled to look larger than it is. */
export function shareLayout(points: readonly SharePoint[], height = TREND_HEIGHT): ShareLayout {
  const x = bands(points.map((p) => p.slug));
  const y = scaleLinear()
    .domain([0, 100])
    .range([height - SHARE_BOTTOM, SHARE_TOP]);
  const bars = points.map((p): ShareBar => {
    let below = 0;
    const segments = (p.parts ?? []).flatMap((part) => {
      const from = below;
      below += part.percent;
      if (part.percent <= 0) return [];
      const top = round(y(below));
      return [{ key: part.key, y: top, height: round(y(from) - y(below)) }];
    });
    return { slug: p.slug, x: round(x(p.slug) ?? 0, 2), width: round(x.bandwidth(), 2), segments };
  });
  const years = yearLabels(points.map((p) => ({ year: p.year, centre: (x(p.slug) ?? 0) + x.bandwidth() / 2 })));
  return {
    bars,
    ticks: [0, 25, 50, 75, 100].map((value) => ({ value, y: round(y(value)) })),
    years,
    baseline: round(y(0)),
    height,
  };
}

/** One row of a horizontal bar chart (requests per legal process in one period). */
export interface RowItem {
  readonly key: string;
  readonly figure: HistoryFigure;
}

export interface RowBar {
  readonly key: string;
  readonly kind: HistoryFigure["kind"];
  /** Width in percent of the plot; 0 for `none`. */
  readonly width: number;
  /** Top of the row's band, in pixels. */
  readonly y: number;
}

export interface RowsLayout {
  readonly rows: readonly RowBar[];
  readonly rowHeight: number;
  readonly barHeight: number;
  readonly height: number;
  /** The widest figure; every bar is measured against it. */
  readonly top: number;
}

/** A row per item, each with room above its bar for its label; widths on one linear scale from 0. */
export function rowsLayout(items: readonly RowItem[], rowHeight = 40, barHeight = 16): RowsLayout {
  const top = max(items, (i) => shown(i.figure)) ?? 0;
  const x = scaleLinear()
    .domain([0, Math.max(top, 1)])
    .range([0, 100]);
  return {
    rows: items.map((item, i) => ({
      key: item.key,
      kind: item.figure.kind,
      width: round(x(shown(item.figure)), 2),
      y: i * rowHeight,
    })),
    rowHeight,
    barHeight,
    height: items.length * rowHeight,
    top,
  };
}
