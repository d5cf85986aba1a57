import type { Loader } from "astro/loaders";
import { DataValidationError } from "../data/issues.ts";
import { checkDataDir } from "../data/load.ts";
import { periodId } from "../data/period.ts";

/**
 * Content-layer loader for `data/`. Astro's own `file()` loader only logs a parse
 * error and builds an empty collection; this one throws, so bad data stops the
 * build instead of publishing empty pages.
 */
export function requestsLoader(dataDir: string): Loader {
  return {
    name: "transparency-requests",
    // Astro expects a promise; the work itself is synchronous file reading.
    load: ({ store }) => {
      const { dataset, issues } = checkDataDir({ dataDir });
      if (!dataset) return Promise.reject(new DataValidationError(issues));
      store.clear();
      store.set({ id: "site", data: { site: dataset.site } });
      store.set({ id: "publication", data: { releases: dataset.releases, corrections: dataset.corrections } });
      for (const p of dataset.periods) {
        store.set({ id: periodId(p.period), data: { period: p.period, rows: p.rows, source: p.source } });
      }
      return Promise.resolve();
    },
  };
}
