import type { Dataset } from "../../data/dataset.ts";
import { previewCards, previewUrl } from "../../previews/previews.ts";
import { downloads } from "../catalogue.ts";
import { startInBackground } from "./background.ts";

/**
 * Starts the build's worker on every PDF and XLSX (newest period first, as the catalogue lists them: the
 * downloads pages come before the previews in Astro's order), then on the preview images from the last:
 * Astro renders them from the first, so when the pages catch up the two threads meet in the middle instead
 * of the main one waiting for the worker to work through them all. Both endpoints call it; the second call
 * finds everything started and does nothing.
 */
export function startBuildFiles(dataset: Dataset, dataDir: string): void {
  const heavy = downloads(dataset).all.filter((f) => f.format === "pdf" || f.format === "xlsx");
  void startInBackground({
    dataDir,
    urls: [
      ...heavy.map((f) => f.url),
      ...previewCards(dataset)
        .map((card) => previewUrl(card.name))
        .reverse(),
    ],
  });
}
