/**
 * The build's worker (see background.ts): loads the dataset, or a described report's model
 * (report-model-files.ts), sends its plan (every PDF and XLSX, newest period first as the downloads are
 * listed, then the preview images from the last), and makes the files in
 * that order, posting each one's bytes as soon as it is done. Astro renders the previews from the first, so
 * when the pages catch up the two threads meet in the middle. Node runs this file directly, so it imports
 * only modules that load without Astro.
 */
import { parentPort, workerData } from "node:worker_threads";
import { loadDataset } from "../../data/load.ts";
import { hasReportDescription } from "../../data/report/load-report.ts";
import { previewCards, previewUrl } from "../../previews/previews.ts";
import { renderCardPng } from "../../previews/render.ts";
import { downloads } from "../catalogue.ts";
import { type BackgroundJob, type BackgroundMessage, Claim } from "./background.ts";
import type { PlannedFile } from "./report-model-files.ts";

// renderCardPng collects the images' wrappers every few images (see src/previews/render.ts); this thread then
// yields to the event loop as often, so their finalisers run and free the bitmaps.
const YIELD_EVERY_IMAGES = 4;

const job = workerData as BackgroundJob;

function post(message: BackgroundMessage): void {
  // A file's buffer is transferred, not copied: each is its own (see below) and is not used here again.
  const bytes = message.kind === "file" ? message.bytes : undefined;
  parentPort?.postMessage(message, bytes ? [bytes.buffer as ArrayBuffer] : []);
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The fixed layout's files: its catalogue's PDFs and workbooks, then its previews from the last. */
function fixedLayoutFiles(): PlannedFile[] {
  const dataset = loadDataset({ dataDir: job.dataDir, ...(job.root ? { root: job.root } : {}) });
  return [
    ...downloads(dataset)
      .all.filter((f) => f.format === "pdf" || f.format === "xlsx")
      .map((f): PlannedFile => [f.url, () => f.take()]),
    ...previewCards(dataset)
      .toReversed()
      .map((card): PlannedFile => [previewUrl(card.name), () => renderCardPng(card.content)]),
  ];
}

try {
  // A data folder with report.json is a described report, built from src/described/ (astro.config.mjs).
  const files = hasReportDescription(job.dataDir)
    ? (await import("./report-model-files.ts")).reportModelFiles(job.dataDir)
    : fixedLayoutFiles();
  const claims = new Int32Array(new SharedArrayBuffer(files.length * Int32Array.BYTES_PER_ELEMENT));
  post({ kind: "plan", urls: files.map(([url]) => url), claims });
  let images = 0;
  for (const [index, [url, make]] of files.entries()) {
    // The main thread may have come to this file first and be making it itself.
    if (Atomics.compareExchange(claims, index, Claim.FREE, Claim.WORKER) !== Claim.FREE) {
      post({ kind: "file", url, skipped: true });
      continue;
    }
    try {
      // A copy of exactly the file's bytes, so the transfer cannot take a buffer shared with other data.
      post({ kind: "file", url, bytes: Uint8Array.from(await make()) });
    } catch (error) {
      post({ kind: "file", url, error: message(error) });
    }
    if (url.endsWith(".png") && ++images % YIELD_EVERY_IMAGES === 0) {
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
} catch {
  // No plan was sent (the dataset did not load): the main thread makes every file, and reports the fault.
}
