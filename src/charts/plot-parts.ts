/**
 * The parts every history chart's plot shares: the grid behind it, the year labels under it, the dashed mark
 * of a period with no figure, and the baseline. One place draws them, so the requests history, the share
 * history, the bands history and a described report's charts look and read alike.
 */
import { type El, h } from "../render/tree.ts";
import { pct } from "./svg.ts";

/** Horizontal grid lines at the ticks, across the whole plot. */
export function gridLines(ticks: readonly { y: number }[]): El {
  return h(
    "g",
    { class: "grid", "aria-hidden": "true" },
    ticks.map((t) => h("line", { x1: "0%", x2: "100%", y1: t.y, y2: t.y })),
  );
}

/** The year labels under a plot `height` pixels tall, each centred under its year's bars. */
export function yearAxis(years: readonly { label: string; x: number }[], height: number): El {
  return h(
    "g",
    { class: "axis", "aria-hidden": "true" },
    years.map((yr) =>
      h("text", { class: "tick-label year-label", x: pct(yr.x), y: height - 8, "text-anchor": "middle" }, yr.label),
    ),
  );
}

/** A period without a figure: a dashed mark on the baseline across its band, never a bar of zero. */
export function noneMark(band: { x: number; width: number }, baseline: number): El {
  return h("line", {
    class: "none-mark",
    x1: pct(band.x),
    x2: pct(band.x + band.width),
    y1: baseline - 2,
    y2: baseline - 2,
    "stroke-width": 2,
    "stroke-dasharray": "2 2",
  });
}

/** The plot's baseline, at 0. */
export function baselineLine(baseline: number): El {
  return h("line", {
    class: "baseline",
    x1: "0%",
    x2: "100%",
    y1: baseline,
    y2: baseline,
    "aria-hidden": "true",
  });
}
