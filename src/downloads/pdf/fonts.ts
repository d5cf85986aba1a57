import type { Font } from "fontkit";
import { describeCharacter, type HasGlyph, missingCharacters as missingGlyphs } from "../../data/glyphs.ts";
import { dejaVu, FONT_NAME, type FontWeight } from "../../previews/fonts.ts";

export { FONT_NAME, type FontWeight };

/** The parsed fonts the PDFs are set in (src/previews/fonts.ts), read once per thread. */
export function pdfFonts(): Record<FontWeight, Font> {
  return dejaVu();
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
