/**
 * The build's worker (see background.ts): loads the dataset, then makes the files it is asked for in order,
 * posting each one's bytes as soon as it is done. Node runs this file directly, so it imports only modules
 * that load without Astro.
 */
import { parentPort, workerData } from "node:worker_threads";
import { loadDataset } from "../../data/load.ts";
import { cardSvg } from "../../previews/card.ts";
import { previewCards, previewUrl } from "../../previews/previews.ts";
import { renderPng } from "../../previews/render.ts";
import { downloads } from "../catalogue.ts";
import { type BackgroundJob, type BackgroundResult, Claim } from "./background.ts";

// renderPng collects the images' wrappers every few images (see src/previews/render.ts); this thread then
// yields to the event loop as often, so their finalisers run and free the bitmaps.
const YIELD_EVERY_IMAGES = 4;

const job = workerData as BackgroundJob;

function post(result: BackgroundResult): void {
  // Transferred, not copied: each file's buffer is its own (see below) and is not used here again.
  parentPort?.postMessage(result, result.bytes ? [result.bytes.buffer as ArrayBuffer] : []);
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

try {
  const dataset = loadDataset({ dataDir: job.dataDir });
  const makers = new Map<string, () => Promise<Uint8Array> | Uint8Array>();
  for (const file of downloads(dataset).all) makers.set(file.url, () => file.bytes());
  for (const card of previewCards(dataset)) makers.set(previewUrl(card.name), () => renderPng(cardSvg(card.content)));
  let images = 0;
  for (const [index, url] of job.urls.entries()) {
    // The main thread may have come to this file first and be making it itself.
    if (Atomics.compareExchange(job.claims, index, Claim.FREE, Claim.WORKER) !== Claim.FREE) {
      post({ url, skipped: true });
      continue;
    }
    const make = makers.get(url);
    if (!make) {
      post({ url, error: "the build has no such file" });
      continue;
    }
    try {
      // A copy of exactly the file's bytes, so the transfer cannot take a buffer shared with other data.
      post({ url, bytes: Uint8Array.from(await make()) });
    } catch (error) {
      post({ url, error: message(error) });
    }
    if (url.endsWith(".png") && ++images % YIELD_EVERY_IMAGES === 0) {
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
} catch (error) {
  // Only the files this thread had not started: the others are already answered or being made elsewhere.
  for (const [index, url] of job.urls.entries()) {
    const claimed = Atomics.compareExchange(job.claims, index, Claim.FREE, Claim.WORKER);
    if (claimed === Claim.FREE) post({ url, error: message(error) });
    else if (claimed === Claim.MAIN) post({ url, skipped: true });
  }
}
