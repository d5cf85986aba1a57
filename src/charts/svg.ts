import { OUTCOMES, type Outcome } from "../data/aggregate.ts";
import { type El, h } from "../render/tree.ts";
import { OUTCOME_COLOURS, OUTCOME_PATTERNS } from "../registry/outcomes.ts";
import { BACKGROUND, MAP_NONE_HATCH } from "./palette.ts";

/**
 * Layout numbers are rounded before they reach the markup: it keeps pages small
 * and makes snapshots stable across platforms' floating-point noise.
 */
export function round(value: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** A percentage length for SVG attributes. Percent lengths keep text at its real size on any screen width. */
export function pct(value: number): string {
  return `${round(value, 2)}%`;
}

export function patternId(prefix: string, outcome: Outcome): string {
  return `${prefix}-pattern-${outcome}`;
}

/** What to put in `fill` for an outcome: a plain colour, or its pattern. */
export function outcomeFill(prefix: string, outcome: Outcome): string {
  return OUTCOME_PATTERNS[outcome] === "solid" ? OUTCOME_COLOURS[outcome] : `url(#${patternId(prefix, outcome)})`;
}

function overlay(kind: "stripes" | "dots" | "cross"): El {
  switch (kind) {
    case "stripes":
      return h("path", { d: "M0 0V6", stroke: BACKGROUND, "stroke-width": 1.5 });
    case "dots":
      return h("circle", { cx: 3, cy: 3, r: 1.1, fill: BACKGROUND });
    case "cross":
      return h("path", { d: "M0 0L6 6M6 0L0 6", stroke: BACKGROUND, "stroke-width": 1 });
  }
}

/** Pattern definitions for the outcomes; ids carry the chart's prefix so several charts can share a page. */
export function outcomeDefs(prefix: string): El {
  return h(
    "defs",
    {},
    OUTCOMES.map((o) => {
      const kind = OUTCOME_PATTERNS[o];
      if (kind === "solid") return null;
      return h(
        "pattern",
        {
          id: patternId(prefix, o),
          width: 6,
          height: 6,
          patternUnits: "userSpaceOnUse",
          patternTransform: kind === "stripes" ? "rotate(45)" : null,
        },
        h("rect", { width: 6, height: 6, fill: OUTCOME_COLOURS[o] }),
        overlay(kind),
      );
    }),
  );
}

/** The hatch for "no requests" on the map: lines over the background, no fill colour at all. */
export function noneHatchDef(id: string): El {
  return h(
    "pattern",
    { id, width: 5, height: 5, patternUnits: "userSpaceOnUse", patternTransform: "rotate(45)" },
    h("rect", { width: 5, height: 5, fill: BACKGROUND }),
    h("path", { d: "M0 0V5", stroke: MAP_NONE_HATCH, "stroke-width": 1.2 }),
  );
}

/** A small legend key drawn with the same fill as the marks. */
export function swatch(fill: string): El {
  return h(
    "svg",
    {
      class: "legend-swatch",
      width: 16,
      height: 16,
      viewBox: "0 0 16 16",
      "aria-hidden": "true",
    },
    h("rect", { x: 0.5, y: 0.5, width: 15, height: 15, fill }),
  );
}
