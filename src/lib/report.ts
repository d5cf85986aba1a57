import { resolve } from "node:path";
import { countries, type CountrySummary } from "../data/aggregate.ts";
import type { Dataset } from "../data/dataset.ts";
import { loadDataset } from "../data/load.ts";
import { countriesInAnySection } from "../data/sections-aggregate.ts";
import { dataDir, dataPathsRoot } from "./data-dir.ts";

/**
 * The data folder read and validated by {@link loadDataset}, which throws every issue at once: bad data stops the
 * build instead of building empty pages. Read straight from the folder rather than through Astro's content
 * layer, which stored a copy of every row and wrote it to disk before the first page, for data that every page
 * then read from memory anyway.
 */
export function readDataset(folder: string): Promise<Dataset> {
  // Inside the promise, so bad data rejects the promise every page awaits rather than throwing at the first call.
  return Promise.resolve().then(() =>
    loadDataset({ dataDir: folder, ...(dataPathsRoot ? { root: dataPathsRoot } : {}) }),
  );
}

/**
 * Each data folder's dataset, read once per process, on globalThis: Astro bundles the pages and the
 * integrations (astro.config.mjs) apart, so each has its own copy of this module, and the sitemap's dates
 * (src/integrations/sitemap-lastmod.ts) read and validated the whole folder a second time at the end of
 * every build (on the main thread, while the build finishes).
 */
const datasets = ((globalThis as { [key: symbol]: unknown })[Symbol.for("transparency-report.datasets")] ??= new Map<
  string,
  Promise<Dataset>
>()) as Map<string, Promise<Dataset>>;

/** The dataset in `folder`, read and validated once per process (see {@link readDataset}). */
export function sharedDataset(folder: string): Promise<Dataset> {
  const key = resolve(folder);
  let dataset = datasets.get(key);
  if (!dataset) {
    dataset = readDataset(folder);
    datasets.set(key, dataset);
  }
  return dataset;
}

/** The validated dataset, read once per build and shared by every page, endpoint and integration. */
export function getDataset(): Promise<Dataset> {
  return sharedDataset(dataDir);
}

let countryList: Promise<CountrySummary[]> | undefined;

/**
 * Every country in the dataset, sorted by name, computed once per build: every page's filter lists them,
 * and recomputing the list per page was the largest single cost of the build's own code.
 */
export function getCountries(): Promise<CountrySummary[]> {
  countryList ??= getDataset().then(countries);
  return countryList;
}

let pageList: Promise<{ code: string; name: string }[]> | undefined;

/**
 * Every country with a page: those in any section, not only law enforcement (a country that only made emergency
 * requests still gets its pages), sorted by name. The filter lists the same countries, so every choice has a page.
 */
export function getCountryPages(): Promise<{ code: string; name: string }[]> {
  pageList ??= getDataset().then((dataset) =>
    [...countriesInAnySection(dataset)]
      .map(([code, name]) => ({ code, name }))
      .sort((a, b) => a.name.localeCompare(b.name, "en")),
  );
  return pageList;
}
