/**
 * Replaces a card's `<text>` with the outlines of its glyphs, laid out by fontkit in the same DejaVu Sans,
 * so the PNG renderer needs no fonts at all.
 *
 * Why: resvg loads its font files for every image it renders and reopens them for glyph after glyph (tens of
 * thousands of times for a large report's cards), and parsing them was a large share of each card's time.
 * Text in a right-to-left script is left as text, for resvg to lay out with its
 * bidirectional algorithm, which fontkit does not have (see render.ts).
 */
import type { Font, PathCommand } from "fontkit";
import { type Child, type El, h } from "../render/tree.ts";
import { dejaVu } from "./fonts.ts";

// Hebrew, Arabic, Syriac, Thaana, N'Ko and the other right-to-left blocks, and their presentation forms.
const RIGHT_TO_LEFT = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]|\uD802[\uDC00-\uDFFF]|\uD803[\uDC00-\uDE7F]/;

const round = (n: number) => Math.round(n * 100) / 100;

/** The path-data letter for each of fontkit's outline commands. */
const LETTER: Record<PathCommand["command"], string> = {
  moveTo: "M",
  lineTo: "L",
  quadraticCurveTo: "Q",
  bezierCurveTo: "C",
  closePath: "Z",
};

/**
 * One glyph outline in path data, scaled by `scale` (y flipped: fonts draw upwards) and placed at (x, y).
 * Written straight into the string, with no arrays per point: the cards' thousands of glyphs made this the
 * preview worker's busiest function of its own.
 */
function glyphPath(commands: readonly PathCommand[], scale: number, x: number, y: number): string {
  let d = "";
  for (const { command, args } of commands) {
    d += LETTER[command];
    if (command === "closePath") continue;
    for (let i = 0; i + 1 < args.length; i += 2) {
      if (i > 0) d += " ";
      d += `${String(round(x + (args[i] ?? 0) * scale))} ${String(round(y - (args[i + 1] ?? 0) * scale))}`;
    }
  }
  return d;
}

/** Path data for `content` set in `font` at `size`, starting at (x, y) on the baseline. */
export function textOutline(font: Font, content: string, x: number, y: number, size: number): string {
  const run = font.layout(content);
  const scale = size / font.unitsPerEm;
  let pen = 0;
  let d = "";
  run.glyphs.forEach((glyph, i) => {
    const position = run.positions[i];
    if (!position) return;
    d += glyphPath(glyph.path.commands, scale, x + (pen + position.xOffset) * scale, y - position.yOffset * scale);
    pen += position.xAdvance;
  });
  return d;
}

const textOf = (children: readonly Child[]): string =>
  children
    .map((c) => (Array.isArray(c) ? textOf(c) : typeof c === "string" || typeof c === "number" ? c : ""))
    .join("");

/** `tree` with every left-to-right `<text>` (x, y, font-size, font-weight, fill) turned into one `<path>`. */
export function outlineText(tree: El): El {
  if (tree.tag === "text") {
    const content = textOf(tree.children);
    if (RIGHT_TO_LEFT.test(content)) return tree;
    const { x, y, "font-size": size, "font-weight": weight, fill } = tree.attrs;
    const font = dejaVu()[weight === "bold" ? "bold" : "regular"];
    return h("path", { d: textOutline(font, content, Number(x), Number(y), Number(size)), fill });
  }
  const outline = (c: Child): Child =>
    Array.isArray(c) ? c.map(outline) : typeof c === "object" && c !== null ? outlineText(c) : c;
  return { ...tree, children: tree.children.map(outline) };
}

/** Whether `tree` still has text for the renderer to lay out. */
export function hasText(tree: El): boolean {
  const has = (c: Child): boolean =>
    Array.isArray(c) ? c.some(has) : typeof c === "object" && c !== null && hasText(c);
  return tree.tag === "text" || tree.children.some(has);
}
