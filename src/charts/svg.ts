import { OUTCOMES, type Outcome } from "../data/aggregate.ts";
import { type El, h } from "../render/tree.ts";
import { OUTCOME_PATTERNS } from "../registry/outcomes.ts";

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

/**
 * How a mark is painted. Charts write no colour into their markup: a class takes the colour from a CSS custom
 * property (src/styles/global.css and charts.css), so the page's colour scheme (light, dark or print) applies to
 * server-rendered and redrawn charts alike. A pattern is referenced by `fill`, and its own parts carry the classes.
 */
export interface Paint {
  readonly class: string | null;
  readonly fill: string | null;
}

/** The class that paints a shape in an outcome's colour (charts.css maps it to the registry's `cssVar`). */
export function outcomeClass(outcome: Outcome): string {
  return `paint-${outcome}`;
}

/** An outcome's paint: its colour for a solid outcome, its pattern otherwise. */
export function outcomeFill(prefix: string, outcome: Outcome): Paint {
  return OUTCOME_PATTERNS[outcome] === "solid"
    ? { class: outcomeClass(outcome), fill: null }
    : { class: null, fill: `url(#${patternId(prefix, outcome)})` };
}

/** Attributes for a shape with its own classes and a paint. */
export function painted(classes: string | null, paint: Paint): { class: string | null; fill: string | null } {
  const all = [classes, paint.class].filter((c) => c !== null).join(" ");
  return { class: all === "" ? null : all, fill: paint.fill };
}

function overlay(kind: "stripes" | "dots" | "cross"): El {
  // The overlays are drawn in the page background of the current colour scheme (charts.css).
  switch (kind) {
    case "stripes":
      return h("path", { class: "pattern-overlay", d: "M0 0V6", "stroke-width": 1.5 });
    case "dots":
      return h("circle", { class: "paint-bg", cx: 3, cy: 3, r: 1.1 });
    case "cross":
      return h("path", { class: "pattern-overlay", d: "M0 0L6 6M6 0L0 6", "stroke-width": 1 });
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
        h("rect", { class: outcomeClass(o), width: 6, height: 6 }),
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
    h("rect", { class: "paint-bg", width: 5, height: 5 }),
    h("path", { class: "map-hatch", d: "M0 0V5", "stroke-width": 1.2 }),
  );
}

/** A small legend key drawn with the same paint as the marks. */
export function swatch(paint: Paint): El {
  return h(
    "svg",
    {
      class: "legend-swatch",
      width: 16,
      height: 16,
      viewBox: "0 0 16 16",
      "aria-hidden": "true",
    },
    h("rect", { x: 0.5, y: 0.5, width: 15, height: 15, ...painted(null, paint) }),
  );
}
