import type { Loader } from "astro/loaders";
import { toEntries } from "../data/entries.ts";
import { DataValidationError } from "../data/issues.ts";
import { checkDataDir } from "../data/load.ts";

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
      for (const entry of toEntries(dataset)) store.set(entry);
      return Promise.resolve();
    },
  };
}
