import { createRequire } from "node:module";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { Resvg, type ResvgRenderOptions } from "@resvg/resvg-js";
import { CARD_WIDTH } from "./card.ts";

// Resolved from the project root, as in src/downloads/pdf/fonts.ts: Astro bundles this module elsewhere.
const require = createRequire(join(process.cwd(), "package.json"));
const FONT_FILES = ["dejavu-fonts-ttf/ttf/DejaVuSans.ttf", "dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf"].map((f) =>
  require.resolve(f),
);

/** One set of options for both ways of rendering below, so both give the same bytes. */
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

/**
 * The build's way: every card rendered on a second thread while the main one writes pages.
 *
 * Why (measured on the bench's 227 cards): rendering took 7.6 s of the main thread, a quarter of the build,
 * and resvg's memory (fonts and a 3 MB bitmap per image) lives outside V8's heap, so V8 felt no pressure to
 * collect the finished images and the build's resident memory grew by about 900 MB. The worker runs the
 * same renderPng code and options, and collects its garbage every few images. It is plain JavaScript in a
 * string because Astro bundles this module, so there is no source file a worker could be pointed at.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const { runInNewContext } = require("node:vm");
require("node:v8").setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc");
const { Resvg } = require(workerData.resvg);
(async () => {
  for (const [index, svg] of workerData.svgs.entries()) {
    try {
      parentPort.postMessage({ index, png: new Uint8Array(new Resvg(svg, workerData.options).render().asPng()) });
    } catch (error) {
      parentPort.postMessage({ index, error: String(error) });
    }
    // resvg frees an image only when its wrapper is collected and a later turn of the loop runs the finaliser.
    if (index % 4 === 3) {
      gc();
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
})();
`;

const background = new Map<string, Promise<Uint8Array>>();

/** Starts rendering `svgs` on a worker thread; {@link pngOf} then waits for each. Call once per build. */
export function renderInBackground(svgs: readonly string[]): void {
  const unique = [...new Set(svgs)].filter((svg) => !background.has(svg));
  if (unique.length === 0) return;
  const settle = unique.map((svg) => {
    const resolvers = Promise.withResolvers<Uint8Array>();
    // The page that needs the image awaits it and fails the build; this only stops an early failure
    // from counting as unhandled before that page is reached.
    resolvers.promise.catch(() => undefined);
    background.set(svg, resolvers.promise);
    return resolvers;
  });
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { svgs: unique, options: OPTIONS, resvg: require.resolve("@resvg/resvg-js") },
  });
  let left = unique.length;
  worker.on("message", ({ index, png, error }: { index: number; png?: Uint8Array; error?: string }) => {
    if (png) settle[index]?.resolve(png);
    else settle[index]?.reject(new Error(`A link-preview image could not be rendered: ${error ?? "no reason"}`));
    if (--left === 0) void worker.terminate();
  });
  worker.on("error", (error) => {
    for (const s of settle) s.reject(error);
  });
}

/** A card's PNG: from the worker when {@link renderInBackground} was given it, otherwise rendered here. */
export function pngOf(svg: string): Promise<Uint8Array> {
  return background.get(svg) ?? Promise.resolve().then(() => renderPng(svg));
}
