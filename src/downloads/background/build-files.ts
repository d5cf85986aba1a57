import type { Dataset } from "../../data/dataset.ts";
import { previewCards, previewUrl } from "../../previews/previews.ts";
import { downloads } from "../catalogue.ts";
import { startInBackground } from "./background.ts";

/**
 * Starts the build's worker on every PDF and XLSX (newest period first, as the catalogue lists them: the
 * downloads pages come before the previews in Astro's order) and then every preview image. Both endpoints
 * call it; the second call finds everything started and does nothing.
 */
export function startBuildFiles(dataset: Dataset, dataDir: string): void {
  const heavy = downloads(dataset).all.filter((f) => f.format === "pdf" || f.format === "xlsx");
  startInBackground({
    dataDir,
    urls: [...heavy.map((f) => f.url), ...previewCards(dataset).map((card) => previewUrl(card.name))],
  });
}
