import { checkDataDir } from "../data/load.ts";
import { DataValidationError } from "../data/issues.ts";
import { dataDir } from "./data-dir.ts";
import { countries, type CountrySummary } from "../data/aggregate.ts";
import type { Dataset } from "../data/dataset.ts";
import { countriesInAnySection } from "../data/sections-aggregate.ts";

let cached: Promise<Dataset> | undefined;

async function read(): Promise<Dataset> {
  await Promise.resolve();
  const { dataset, issues } = checkDataDir({ dataDir });
  if (!dataset) throw new DataValidationError(issues);
  return dataset;
}

/** The validated dataset, read once per build and shared by every page and endpoint. */
export function getDataset(): Promise<Dataset> {
  cached ??= read();
  return cached;
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
