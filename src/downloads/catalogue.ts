/**
 * The catalogue of downloads. One file per report section: a researcher usually
 * studies one kind of demand at a time, and national-security bands (low and high
 * bounds) do not fit the columns of exact counts. Law enforcement keeps the files it
 * had before sections existed, with the same names and bytes, so existing links and
 * scripts keep working; every other section's files carry its id in the name and
 * start with a `section` column (see section-files.ts). A period's PDF and XLSX hold
 * every section that reported it.
 */
import type { Dataset, PeriodData } from "../data/dataset.ts";
import { type Period, periodLongLabel } from "../data/period.ts";
import { sectionPeriod } from "../data/sections-aggregate.ts";
import { isFirstSection } from "../data/first-section.ts";
import { effectiveSection, labelInText, type SectionId } from "../data/sections.ts";
import { urls } from "../lib/urls.ts";
import { CORRECTION_COLUMNS, PERIOD_ROW_COLUMNS, ROW_COLUMNS } from "./columns.ts";
import { fromBackground } from "./background/background.ts";
import { csvPieces, toCsv } from "./csv.ts";
import { dataPackage } from "./datapackage.ts";
import { jsonPieces } from "./json.ts";
import { countryFiles } from "./country-files.ts";
import { allPeriodBatches, correctionRecords, periodRecords } from "./records.ts";
import { addedSections, sectionColumns, sectionPeriodBatches, sectionPeriodRecords } from "./section-files.ts";
import { utf8Bytes } from "./utf8.ts";

export type DownloadFormat = "csv" | "pdf" | "json" | "xlsx";

export const MEDIA_TYPES: Record<DownloadFormat, string> = {
  csv: "text/csv; charset=utf-8",
  pdf: "application/pdf",
  json: "application/json; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/** One file of the downloads area. */
export interface DownloadFile {
  /** Site-relative address, from {@link urls}. */
  url: string;
  format: DownloadFormat;
  /** What the file holds, for link text: "July–December 2020", "Germany". */
  label: string;
  /** The period, for per-period reports. */
  period?: Period;
  /** The country code, for per-country files. */
  country?: string;
  /** The report section, for the files of a section other than law enforcement. */
  section?: SectionId;
  /** The file's bytes, generated on first use and then kept until {@link take} hands them out. */
  bytes(): Promise<Uint8Array>;
  /** The file's size in bytes, for the pages that list it; remembered after {@link take}. */
  size(): Promise<number>;
  /**
   * The file's bytes for the one place that writes them out (its endpoint, or the build's worker), which then
   * lets them go: a build otherwise held every PDF and workbook until it ended. A later call makes them again.
   */
  take(): Promise<Uint8Array>;
}

/** The reports of one period, every format. */
export interface PeriodDownloads {
  data: PeriodData;
  pdf: DownloadFile;
  csv: DownloadFile;
  xlsx: DownloadFile;
  /**
   * A CSV per section other than law enforcement that reported in the period, in
   * registry order (`csv` is law enforcement's). The PDF and XLSX hold every section.
   */
  sectionCsvs: DownloadFile[];
}

/** The every-period files of a section other than law enforcement. */
export interface SectionAllPeriods {
  section: SectionId;
  csv: DownloadFile;
  json: DownloadFile;
}

export interface Downloads {
  /** Newest first. */
  periods: PeriodDownloads[];
  /** Sorted by country name; each country's law-enforcement file, then one per other section it appears in. */
  countries: DownloadFile[];
  allPeriodsCsv: DownloadFile;
  allPeriodsJson: DownloadFile;
  allPeriodsXlsx: DownloadFile;
  /** Every section other than law enforcement that the publisher has, in registry order. */
  sectionAllPeriods: SectionAllPeriods[];
  corrections: DownloadFile;
  dataPackage: DownloadFile;
  /** Every file above, for static paths and lookups by address. */
  all: DownloadFile[];
}

const encoder = new TextEncoder();

// The PDF and XLSX writers (pdfkit, fontkit, exceljs) are imported when a file is first made, not with the
// catalogue: in a build the worker makes those files, and the main thread, which lists them on every page,
// then never loads the libraries at all.

/**
 * A file whose bytes are produced once, however many pages ask for them (its size, then its endpoint): by the
 * build's worker when it planned the file and started it first (background/background.ts), otherwise here.
 */
function file(
  meta: Omit<DownloadFile, "bytes" | "size" | "take">,
  generate: () => Promise<Uint8Array> | Uint8Array,
): DownloadFile {
  let bytes: Promise<Uint8Array> | undefined;
  let size: number | undefined;
  const made = () => {
    // Whatever went wrong there (the thread died, or the file itself failed) is tried again here, so a
    // real fault fails the build with the same message as without the worker.
    bytes ??= fromBackground(meta.url)?.catch(generate) ?? Promise.resolve().then(generate);
    return bytes;
  };
  return {
    ...meta,
    bytes: made,
    size: async () => (size ??= (await made()).byteLength),
    take: async () => {
      const taken = await made();
      size = taken.byteLength;
      bytes = undefined;
      return taken;
    },
  };
}

function build(dataset: Dataset): Downloads {
  const added = addedSections(dataset);
  const sectionLabel = (id: SectionId) => effectiveSection(dataset.site, id).label;
  const periods = dataset.periods.toReversed().map((data) => ({
    data,
    pdf: file(
      { url: urls.periodPdf(data.period), format: "pdf", label: periodLongLabel(data.period), period: data.period },
      () => import("./pdf/period-pdf.ts").then(({ buildPeriodPdf }) => buildPeriodPdf(dataset, data)),
    ),
    csv: file(
      { url: urls.periodCsv(data.period), format: "csv", label: periodLongLabel(data.period), period: data.period },
      () => encoder.encode(toCsv(ROW_COLUMNS, periodRecords(data))),
    ),
    xlsx: file(
      { url: urls.periodXlsx(data.period), format: "xlsx", label: periodLongLabel(data.period), period: data.period },
      () => import("./xlsx/workbook.ts").then(({ buildWorkbook }) => buildWorkbook(dataset, { kind: "period", data })),
    ),
    sectionCsvs: added.flatMap((section) => {
      const sectionData = sectionPeriod(section, data.period);
      if (!sectionData) return [];
      const meta = {
        url: urls.sectionPeriodCsv(section.id, data.period),
        format: "csv" as const,
        label: `${sectionLabel(section.id)}, ${periodLongLabel(data.period)}`,
        period: data.period,
        section: section.id,
      };
      return [
        file(meta, () =>
          encoder.encode(toCsv(sectionColumns(section, "period"), sectionPeriodRecords(section, sectionData))),
        ),
      ];
    }),
  }));
  // Each country's files: law enforcement's, then one per other section it appears in.
  const countryDownloads = countryFiles(dataset).flatMap((c) =>
    c.files.map((f) =>
      file(
        {
          url: f.url,
          format: "csv",
          label: isFirstSection(f.section) ? c.name : `${c.name}, ${labelInText(sectionLabel(f.section))}`,
          country: c.code,
          ...(isFirstSection(f.section) ? {} : { section: f.section }),
        },
        () => encoder.encode(toCsv(f.columns, f.records())),
      ),
    ),
  );
  const allPeriodsCsv = file({ url: urls.allPeriodsCsv, format: "csv", label: "Every period" }, () =>
    utf8Bytes(csvPieces(PERIOD_ROW_COLUMNS, allPeriodBatches(dataset))),
  );
  const allPeriodsJson = file({ url: urls.allPeriodsJson, format: "json", label: "Every period" }, () =>
    utf8Bytes(jsonPieces(PERIOD_ROW_COLUMNS, allPeriodBatches(dataset))),
  );
  const allPeriodsXlsx = file({ url: urls.allPeriodsXlsx, format: "xlsx", label: "Every period" }, () =>
    import("./xlsx/workbook.ts").then(({ buildWorkbook }) => buildWorkbook(dataset, { kind: "all" })),
  );
  const sectionAllPeriods = added.map((section) => {
    const label = `${sectionLabel(section.id)}, every period`;
    const columns = sectionColumns(section, "all");
    return {
      section: section.id,
      csv: file({ url: urls.sectionAllPeriodsCsv(section.id), format: "csv", label, section: section.id }, () =>
        utf8Bytes(csvPieces(columns, sectionPeriodBatches(section))),
      ),
      json: file({ url: urls.sectionAllPeriodsJson(section.id), format: "json", label, section: section.id }, () =>
        utf8Bytes(jsonPieces(columns, sectionPeriodBatches(section))),
      ),
    };
  });
  const corrections = file({ url: urls.correctionsCsv, format: "csv", label: "Corrections" }, () =>
    encoder.encode(toCsv(CORRECTION_COLUMNS, correctionRecords(dataset))),
  );
  const pkg = file({ url: urls.dataPackage, format: "json", label: "Data package description" }, () =>
    encoder.encode(dataPackage(dataset)),
  );
  return {
    periods,
    countries: countryDownloads,
    allPeriodsCsv,
    allPeriodsJson,
    allPeriodsXlsx,
    sectionAllPeriods,
    corrections,
    dataPackage: pkg,
    all: [
      ...periods.flatMap((p) => [p.pdf, p.csv, p.xlsx, ...p.sectionCsvs]),
      ...countryDownloads,
      allPeriodsCsv,
      allPeriodsJson,
      allPeriodsXlsx,
      ...sectionAllPeriods.flatMap((s) => [s.csv, s.json]),
      corrections,
      pkg,
    ],
  };
}

const cache = new WeakMap<Dataset, Downloads>();

/** Every download of the dataset. One set per dataset, so a build generates each file once. */
export function downloads(dataset: Dataset): Downloads {
  let result = cache.get(dataset);
  if (!result) {
    result = build(dataset);
    cache.set(dataset, result);
  }
  return result;
}

/** `94,628` → `92 KB`: sizes as readers see them (1 KB = 1,024 bytes), rounded to whole kilobytes. */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
