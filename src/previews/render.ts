import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { Resvg, type ResvgRenderOptions } from "@resvg/resvg-js";
import { type El, toHtml } from "../render/tree.ts";
import { CARD_WIDTH, type CardContent, cardTree } from "./card.ts";
import { FONT_NAME, fontPath } from "./fonts.ts";
import { hasText, outlineText } from "./outline.ts";

/** The one set of options, so the build's worker and any other caller give the same bytes. No fonts: text comes outlined. */
const OPTIONS: ResvgRenderOptions = {
  fitTo: { mode: "width", value: CARD_WIDTH },
  font: { loadSystemFonts: false },
  background: "#ffffff",
};

/** For a card with right-to-left text left in it (outline.ts): the bundled fonts, and no system fonts. */
const WITH_FONTS: ResvgRenderOptions = {
  ...OPTIONS,
  font: { fontFiles: [fontPath("regular"), fontPath("bold")], loadSystemFonts: false, defaultFontFamily: FONT_NAME },
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
 * A card as a PNG, with its text outlined in the bundled DejaVu fonts, so the pixels are the same on every
 * machine that builds the site.
 */
export function renderCardPng(card: CardContent): Uint8Array {
  return renderTreePng(cardTree(card));
}

/** Any card tree (a described report's too, src/previews/report-model.ts) as a PNG, the same way. */
export function renderTreePng(card: El): Uint8Array {
  const tree = outlineText(card);
  const png = new Uint8Array(new Resvg(toHtml(tree), hasText(tree) ? WITH_FONTS : OPTIONS).render().asPng());
  if (++rendered % COLLECT_EVERY_IMAGES === 0) collect({ type: "minor" });
  return png;
}
