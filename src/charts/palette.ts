/**
 * The colours that belong to no outcome (the outcomes' colours and patterns are in src/registry/outcomes.ts),
 * for the light and the dark colour scheme. Charts never write these into their markup: they paint with
 * classes, and src/styles/global.css publishes every colour here under the custom property `SCHEME_PROPERTIES`
 * names, in `:root` (light) and in the `prefers-color-scheme: dark` block. tests/unit/charts/palette.test.ts
 * checks the contrast of both schemes (marks 3:1, WCAG 1.4.11; text 4.5:1, WCAG 1.4.3) and that the CSS agrees.
 */
export interface SchemeColours {
  /** The page background, which every mark is measured against. */
  readonly background: string;
  /**
   * Worldwide shares on the comparison chart are outlined bars in this colour: unlike a grey fill, an outline
   * cannot be mistaken for the grey of "rejected".
   */
  readonly global: string;
  /**
   * Map fills, least to most requests, one per bin. Every fill, the one for the fewest requests included, reaches
   * 3:1 against the background, which is how a country not in the period's report is drawn: "1–9 requests" and
   * "not in the report" are the distinction the map exists to show.
   */
  readonly mapRamp: readonly [string, string, string, string, string];
  readonly mapOutline: string;
  /** Countries with no requests: a hatch in this colour over the background, unlike any fill of the ramp. */
  readonly mapNoneHatch: string;
  /** Quiet marks (a period not in the report, the empty bar's outline): a mark still, so 3:1. */
  readonly markMuted: string;
  /** Text and the page around it. */
  readonly fg: string;
  readonly muted: string;
  readonly accent: string;
  /** Text on an accent-coloured background. */
  readonly accentFg: string;
  readonly panel: string;
  /** Table rules and grid lines: decoration, with no contrast minimum. */
  readonly line: string;
  /** The focus ring (3:1 against the page) and the halo between it and the focused element. */
  readonly focus: string;
  readonly focusHalo: string;
  /** The FAQ filter's matches: text on a highlight (4.5:1). */
  readonly highlight: string;
  readonly highlightFg: string;
}

export const LIGHT: SchemeColours = {
  background: "#ffffff",
  global: "#1a1a1a",
  mapRamp: ["#4f91c8", "#3579b6", "#21619e", "#134a80", "#08306b"],
  mapOutline: "#6b6b6b",
  mapNoneHatch: "#6b6b6b",
  markMuted: "#767676",
  fg: "#1a1a1a",
  muted: "#555555",
  accent: "#0b5cad",
  accentFg: "#ffffff",
  panel: "#f4f6f8",
  line: "#d0d0d0",
  focus: "#1a1a1a",
  focusHalo: "#ffdd00",
  highlight: "#fff3a0",
  highlightFg: "#1a1a1a",
};

/**
 * A blue-grey near-black rather than pure black (less glare around light text). On a dark page the map ramp
 * runs from near the background to light, so more requests still reads as "stronger".
 */
export const DARK: SchemeColours = {
  background: "#14181d",
  global: "#f0f0f0",
  mapRamp: ["#3f6f99", "#4f88b8", "#6ba3d1", "#95c2e8", "#c6e0f7"],
  mapOutline: "#8c8c8c",
  mapNoneHatch: "#8c8c8c",
  markMuted: "#8c8c8c",
  fg: "#e6e6e6",
  muted: "#a9b1ba",
  accent: "#8fc1ff",
  accentFg: "#0b1420",
  panel: "#1e242b",
  line: "#3d444c",
  // A yellow ring, with a dark halo that parts it from light elements such as the accent-filled buttons.
  focus: "#ffdd00",
  focusHalo: "#0b1420",
  highlight: "#5a4a00",
  highlightFg: "#f0f0f0",
};

/** The custom property each colour is published under; the map ramp is `--map-1` (fewest) to `--map-5`. */
export function schemeProperties(s: SchemeColours): Record<string, string> {
  return {
    "--bg": s.background,
    "--chart-global": s.global,
    ...Object.fromEntries(s.mapRamp.map((c, i) => [`--map-${i + 1}`, c])),
    "--map-outline": s.mapOutline,
    "--map-hatch": s.mapNoneHatch,
    "--mark-muted": s.markMuted,
    "--fg": s.fg,
    "--muted": s.muted,
    "--accent": s.accent,
    "--accent-fg": s.accentFg,
    "--panel": s.panel,
    "--line": s.line,
    "--focus": s.focus,
    "--focus-halo": s.focusHalo,
    "--highlight": s.highlight,
    "--highlight-fg": s.highlightFg,
  };
}

/** The light scheme's colours under the names the rest of the code and the tests have always used. */
export const BACKGROUND = LIGHT.background;
export const GLOBAL_COLOUR = LIGHT.global;
export const MAP_RAMP = LIGHT.mapRamp;
export const MAP_OUTLINE = LIGHT.mapOutline;
export const MAP_NONE_HATCH = LIGHT.mapNoneHatch;

/**
 * National-security ranges: a hatch in the page's accent colour between end caps in the text colour. Neither is
 * an outcome colour, so a range never reads as a share of requests. charts.css restyles both through
 * `var(--accent)` and `var(--fg)`, so a dark palette repaints them; these are the values without CSS.
 */
export const RANGE_HATCH = "#0b5cad";
export const RANGE_CAP = "#1a1a1a";

/** WCAG 2.x relative luminance of a `#rrggbb` colour. */
export function relativeLuminance(hex: string): number {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`Not a #rrggbb colour: ${hex}`);
  const [r, g, b] = [m[1], m[2], m[3]].map((part) => {
    const v = parseInt(part ?? "0", 16) / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
