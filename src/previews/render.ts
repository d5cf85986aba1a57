import { createRequire } from "node:module";
import { join } from "node:path";
import { Resvg, type ResvgRenderOptions } from "@resvg/resvg-js";
import { CARD_WIDTH } from "./card.ts";

// Resolved from the project root, as in src/downloads/pdf/fonts.ts: Astro bundles this module elsewhere.
const require = createRequire(join(process.cwd(), "package.json"));
const FONT_FILES = ["dejavu-fonts-ttf/ttf/DejaVuSans.ttf", "dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf"].map((f) =>
  require.resolve(f),
);

/** The one set of options, so the build's worker and any other caller give the same bytes. */
const OPTIONS: ResvgRenderOptions = {
  fitTo: { mode: "width", value: CARD_WIDTH },
  font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: "DejaVu Sans" },
  background: "#ffffff",
};

/**
 * SVG to PNG with resvg, with the bundled DejaVu fonts and no system fonts, so the
 * pixels are the same on every machine that builds the site.
 */
export function renderPng(svg: string): Uint8Array {
  return new Uint8Array(new Resvg(svg, OPTIONS).render().asPng());
}
