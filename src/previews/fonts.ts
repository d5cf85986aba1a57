import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { create, type Font } from "fontkit";

/** DejaVu Sans: shipped in an npm package, covers Latin, Greek, Cyrillic, Armenian, Georgian, Hebrew and Arabic. */
export const FONT_NAME = "DejaVu Sans";
/** The font files, as the package names them. */
export const FONT_FILES = {
  regular: "dejavu-fonts-ttf/ttf/DejaVuSans.ttf",
  bold: "dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf",
} as const;

export type FontWeight = keyof typeof FONT_FILES;

// Resolved from the project root, not from this module: Astro bundles this file into a
// build folder (possibly outside the project) from which node_modules cannot be found.
const require = createRequire(join(process.cwd(), "package.json"));

/** A font file's absolute path. */
export const fontPath = (weight: FontWeight): string => require.resolve(FONT_FILES[weight]);

let fonts: Record<FontWeight, Font> | undefined;

function open(weight: FontWeight): Font {
  const font = create(readFileSync(fontPath(weight)));
  if (!("hasGlyphForCodePoint" in font))
    throw new Error(`${FONT_FILES[weight]} is a font collection, not a single font`);
  return font;
}

/**
 * The parsed fonts, read once per thread and shared by the PDFs (pdfkit accepts a fontkit font) and the
 * preview cards' outlined text, instead of parsing 700 kB again for each.
 */
export function dejaVu(): Record<FontWeight, Font> {
  fonts ??= { regular: open("regular"), bold: open("bold") };
  return fonts;
}
