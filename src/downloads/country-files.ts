/**
 * A country's CSV downloads: one per report section it appears in. Law enforcement's keeps the name and columns
 * it had before sections existed (`transparency-report-de.csv`); each other section's adds its id
 * (`transparency-report-de-emergency.csv`) and starts with a `section` column, like that section's other files.
 */
import type { Dataset, PeriodFile, RangeRow, RequestRow, SectionData } from "../data/dataset.ts";
import { countriesInAnySection } from "../data/sections-aggregate.ts";
import { isFirstSection } from "../data/first-section.ts";
import type { SectionId } from "../data/sections.ts";
import { urls } from "../lib/urls.ts";
import type { DownloadColumn } from "./columns.ts";
import type { DownloadRecord } from "./records.ts";
import { countryRecords } from "./records.ts";
import { sectionColumns, sectionPeriodBatches } from "./section-files.ts";

export interface CountryFile {
  section: SectionId;
  url: string;
  columns: readonly DownloadColumn[];
  records: () => DownloadRecord[];
}

function hasRows(section: SectionData, code: string): boolean {
  return (section.periods as readonly PeriodFile<RequestRow | RangeRow>[]).some((p) =>
    p.rows.some((r) => r.countryCode === code),
  );
}

/** Every country in any section, sorted by name, with a file per section that has a row for it, in registry order. */
export function countryFiles(dataset: Dataset): { code: string; name: string; files: CountryFile[] }[] {
  return [...countriesInAnySection(dataset)]
    .sort(([, a], [, b]) => a.localeCompare(b, "en"))
    .map(([code, name]) => ({
      code,
      name,
      files: dataset.sections
        .filter((section) => hasRows(section, code))
        .map((section) => ({
          section: section.id,
          url: urls.countrySectionCsv(code, section.id),
          columns: sectionColumns(section, "all"),
          records: () =>
            isFirstSection(section.id)
              ? countryRecords(dataset, code)
              : [...sectionPeriodBatches(section, code)].flat(),
        })),
    }));
}
