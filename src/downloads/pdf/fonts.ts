import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { create, type Font } from "fontkit";
import { describeCharacter, type HasGlyph, missingCharacters as missingGlyphs } from "../../data/glyphs.ts";

/** DejaVu Sans: shipped in an npm package, covers Latin, Greek, Cyrillic, Armenian, Georgian, Hebrew and Arabic. */
export const FONT_NAME = "DejaVu Sans";
const FILES = {
  regular: "dejavu-fonts-ttf/ttf/DejaVuSans.ttf",
  bold: "dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf",
} as const;

export type FontWeight = keyof typeof FILES;

// Resolved from the project root, not from this module: Astro bundles this file into a
// build folder (possibly outside the project) from which node_modules cannot be found.
const require = createRequire(join(process.cwd(), "package.json"));

let fonts: Record<FontWeight, Font> | undefined;

function open(file: string): Font {
  const font = create(readFileSync(require.resolve(file)));
  if (!("hasGlyphForCodePoint" in font)) throw new Error(`${file} is a font collection, not a single font`);
  return font;
}

/**
 * The parsed fonts, read once per process. pdfkit accepts a fontkit font as a
 * source, so every PDF of a build shares these instead of parsing 700 kB again.
 */
export function pdfFonts(): Record<FontWeight, Font> {
  fonts ??= { regular: open(FILES.regular), bold: open(FILES.bold) };
  return fonts;
}

/** Whether the PDF font of `weight` draws a code point (not the empty box). */
export function fontHasGlyph(weight: FontWeight = "regular"): HasGlyph {
  const font = pdfFonts()[weight];
  return (cp) => font.hasGlyphForCodePoint(cp) && font.glyphForCodePoint(cp).id !== 0;
}

/** Characters of `text` that the font has no glyph for (the font would draw an empty box). */
export function missingCharacters(text: string, weight: FontWeight = "regular"): string[] {
  return missingGlyphs(text, fontHasGlyph(weight));
}

export { describeCharacter };
