/**
 * The chart colours that belong to no outcome (the outcomes' colours and patterns are in
 * src/registry/outcomes.ts). Every mark reaches 3:1 against the page background (WCAG 1.4.11);
 * tests/unit/charts/palette.test.ts checks that, and that global.css uses the same background.
 */
export const BACKGROUND = "#ffffff";

/** Accounts are drawn as a line over the bars, in a colour no outcome uses. */
export const ACCOUNTS_COLOUR = "#1a1a1a";

/**
 * Worldwide shares on the comparison chart are outlined bars in this colour: unlike a grey fill, an outline
 * cannot be mistaken for the grey of "rejected".
 */
export const GLOBAL_COLOUR = "#1a1a1a";

/**
 * Map fills, light to dark, one per bin of requests. Light fills are allowed to
 * sit below 3:1: every country also has an outline (MAP_OUTLINE) that reaches it.
 */
export const MAP_RAMP = ["#deebf7", "#9ecae1", "#6baed6", "#2171b5", "#08306b"] as const;
export const MAP_OUTLINE = "#6b6b6b";
/** Countries with no requests: a hatch in this colour over the background, unlike any fill of the ramp. */
export const MAP_NONE_HATCH = "#6b6b6b";

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
