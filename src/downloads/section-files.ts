/**
 * The columns and rows of each report section's downloads. One file per section:
 * the first section (law enforcement) keeps the files it had before sections existed,
 * byte for byte, so old links and researchers' scripts keep working. Every other
 * section's file starts with a `section` column, so rows keep their origin when files
 * are stacked; counts sections then have exactly the first section's columns, ranges
 * sections their bands.
 */
import type { Dataset, PeriodFile, RangeRow, RequestRow, SectionData } from "../data/dataset.ts";
import { RANGE_COLUMNS } from "../data/national-security.ts";
import { periodId } from "../data/period.ts";
import { isFirstSection } from "../data/first-section.ts";
import { SECTION_IDS, type SectionId } from "../data/sections.ts";
import { type DownloadColumn, PERIOD_COLUMN, PERIOD_ROW_COLUMNS, ROW_COLUMNS } from "./columns.ts";
import { type DownloadRecord, rowRecord } from "./records.ts";

/** The sections whose files carry a `section` column: every one after the first, in registry order. */
export const OTHER_SECTION_IDS: readonly SectionId[] = SECTION_IDS.filter((id) => !isFirstSection(id));

export const SECTION_COLUMN: DownloadColumn = {
  name: "section",
  type: "string",
  title: "Section",
  description:
    `Report section the row belongs to: ${OTHER_SECTION_IDS.join(", ")}. ` +
    "Law-enforcement files keep their original columns and have no section column.",
};

/** The columns of one section's file: for one period, or for every period with `period` in front of the figures. */
export function sectionColumns(section: SectionData, scope: "period" | "all"): readonly DownloadColumn[] {
  if (isFirstSection(section.id)) return scope === "period" ? ROW_COLUMNS : PERIOD_ROW_COLUMNS;
  const figures: readonly DownloadColumn[] = section.kind === "counts" ? ROW_COLUMNS : RANGE_COLUMNS;
  return scope === "period" ? [SECTION_COLUMN, ...figures] : [SECTION_COLUMN, PERIOD_COLUMN, ...figures];
}

/** A band row as written in the data: low and high in columns of their own; a not-reported accounts band blank. */
export function rangeRecord(row: RangeRow): DownloadRecord {
  return {
    country_code: row.countryCode,
    country: row.country,
    authority: row.authority,
    band_width: row.bandWidth,
    demands_low: row.demands.low,
    demands_high: row.demands.high,
    accounts_low: row.accounts?.low ?? null,
    accounts_high: row.accounts?.high ?? null,
  };
}

function sectionRecord(id: SectionId, row: RequestRow | RangeRow): DownloadRecord {
  const figures = "bandWidth" in row ? rangeRecord(row) : rowRecord(row);
  return isFirstSection(id) ? figures : { section: id, ...figures };
}

/** One period's file of a section, every row in the order of the data file. */
export function sectionPeriodRecords(section: SectionData, data: PeriodFile<RequestRow | RangeRow>): DownloadRecord[] {
  return data.rows.map((row) => sectionRecord(section.id, row));
}

/**
 * Every period of a section, oldest first, a period at a time, each row with its `period`; only one country's
 * rows when `countryCode` is given (its own file), so a country's file does not first build every row.
 */
export function* sectionPeriodBatches(section: SectionData, countryCode?: string): Generator<DownloadRecord[]> {
  const files = section.periods as readonly PeriodFile<RequestRow | RangeRow>[];
  for (const p of files) {
    const period = periodId(p.period);
    const rows = countryCode === undefined ? p.rows : p.rows.filter((row) => row.countryCode === countryCode);
    // The columns set the order in the file, so the period can simply join the record.
    yield rows.map((row) => ({ period, ...sectionRecord(section.id, row) }));
  }
}

/** The sections after the first, whose files are added beside the original ones. */
export function addedSections(dataset: Dataset): SectionData[] {
  return dataset.sections.filter((s) => !isFirstSection(s.id));
}
