import { createRequire } from "node:module";
import { join } from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
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

// resvg frees an image's native memory (a 3 MB bitmap) only when its wrapper is collected, and V8 feels no
// pressure from memory outside its heap: without help a build kept every image it rendered. A minor
// collection every few images is enough, as the wrappers die young, and costs about a millisecond; the
// finalisers that free the bitmaps then run on a later turn of the event loop, which every caller reaches.
setFlagsFromString("--expose-gc");
const collect = runInNewContext("gc") as (options: { type: "minor" | "major" }) => void;
const COLLECT_EVERY_IMAGES = 4;
let rendered = 0;

/**
 * SVG to PNG with resvg, with the bundled DejaVu fonts and no system fonts, so the
 * pixels are the same on every machine that builds the site.
 */
export function renderPng(svg: string): Uint8Array {
  const png = new Uint8Array(new Resvg(svg, OPTIONS).render().asPng());
  if (++rendered % COLLECT_EVERY_IMAGES === 0) collect({ type: "minor" });
  return png;
}
