import { type Period, periodSlug } from "../data/period.ts";
import { FIRST_SECTION_ID } from "../data/first-section.ts";
import type { SectionId } from "../data/sections.ts";
import { type ReportPeriod, reportPeriodSlug } from "../data/report/report-period.ts";
import { DATA_PACKAGE_FILE, DESCRIPTION_FILE, sectionFile } from "../data/report/download-names.ts";

/**
 * A section's files carry its id after the period, country or "all-periods"; the first section's keep the
 * names they had before sections existed, so old links and scripts still work.
 */
export const sectionFileSuffix = (section: SectionId) => (section === FIRST_SECTION_ID ? "" : `-${section}`);

/** Every internal address in one place, so that pages, views and endpoints agree. */
export const urls = {
  home: "/",
  periods: "/periods/",
  countries: "/countries/",
  downloads: "/downloads/",
  faq: "/faq/",
  definitions: "/definitions/",
  corrections: "/corrections/",
  search: "/search/",
  feed: "/feed.xml",
  period: (p: Period) => `/periods/${periodSlug(p)}/`,
  /**
   * A section's worldwide history over every period. Law enforcement's is the periods index itself (its tables
   * list the periods); each other section has a page of its own beside the periods, `/periods/emergency/`, as
   * one page holding them all grew too large for a phone.
   */
  sectionHistory: (section: SectionId) =>
    section === FIRST_SECTION_ID ? `/periods/#${section}` : `/periods/${section}/`,
  country: (code: string) => `/countries/${code.toLowerCase()}/`,
  countryPeriod: (code: string, p: Period) => `/countries/${code.toLowerCase()}/${periodSlug(p)}/`,
  periodJson: (p: Period) => `/data/periods/${periodSlug(p)}.json`,
  countryJson: (code: string) => `/data/countries/${code.toLowerCase()}.json`,
  /** Downloads share one naming scheme: `transparency-report-<period or country or "all-periods">.<format>`. */
  periodCsv: (p: Period) => `/downloads/transparency-report-${periodSlug(p)}.csv`,
  periodXlsx: (p: Period) => `/downloads/transparency-report-${periodSlug(p)}.xlsx`,
  periodPdf: (p: Period) => `/downloads/transparency-report-${periodSlug(p)}.pdf`,
  countryCsv: (code: string) => `/downloads/countries/transparency-report-${code.toLowerCase()}.csv`,
  /** One section's figures for one country, every period: `countryCsv` for law enforcement, `…-de-emergency.csv`. */
  countrySectionCsv: (code: string, section: SectionId) =>
    `/downloads/countries/transparency-report-${code.toLowerCase()}${sectionFileSuffix(section)}.csv`,
  /** One section's figures for one period: `periodCsv` for law enforcement, `…-2020-h2-emergency.csv` for the others. */
  sectionPeriodCsv: (section: SectionId, p: Period) =>
    `/downloads/transparency-report-${periodSlug(p)}${sectionFileSuffix(section)}.csv`,
  /** One section's figures for every period: `allPeriodsCsv` for law enforcement. */
  sectionAllPeriodsCsv: (section: SectionId) =>
    `/downloads/transparency-report-all-periods${sectionFileSuffix(section)}.csv`,
  sectionAllPeriodsJson: (section: SectionId) =>
    `/downloads/transparency-report-all-periods${sectionFileSuffix(section)}.json`,
  allPeriodsCsv: "/downloads/transparency-report-all-periods.csv",
  allPeriodsJson: "/downloads/transparency-report-all-periods.json",
  allPeriodsXlsx: "/downloads/transparency-report-all-periods.xlsx",
  correctionsCsv: "/downloads/corrections.csv",
  dataPackage: "/downloads/datapackage.json",
  /** Where the filter form goes. A host rewrite sends it on to the static page; see public/_redirects. */
  view: "/view/",
};

/** The static page for a filter choice; `null` country means global, `null` period means all periods. */
export function viewUrl(country: string | null, period: Period | null): string {
  if (country === null) return period === null ? urls.periods : urls.period(period);
  return period === null ? urls.country(country) : urls.countryPeriod(country, period);
}

/**
 * Addresses of a described report (data/report.json): the same shapes as above, with a period that may be a
 * whole year (`/periods/2022/`) and a section's downloads named by the id the publisher chose.
 */
export const reportUrls = {
  period: (p: ReportPeriod) => `/periods/${reportPeriodSlug(p)}/`,
  place: (code: string) => `/countries/${code.toLowerCase()}/`,
  /** One place's figures in one period, every section: `/countries/us/2023-h1/`, `/countries/cross-border/2022/`. */
  placePeriod: (code: string, p: ReportPeriod) => `/countries/${code.toLowerCase()}/${reportPeriodSlug(p)}/`,
  /** Every place's row for one legal process of a section in one period: `/periods/2023-h1/law-enforcement/subpoena/`. */
  periodProcess: (p: ReportPeriod, sectionId: string, processId: string) =>
    `/periods/${reportPeriodSlug(p)}/${sectionId}/${processId}/`,
  // File names come from download-names.ts; report-outputs.ts keeps a section's id from taking another download's name.
  sectionCsv: (sectionId: string) => `/downloads/${sectionFile(sectionId, "csv")}`,
  sectionJson: (sectionId: string) => `/downloads/${sectionFile(sectionId, "json")}`,
  description: `/downloads/${DESCRIPTION_FILE}`,
  /** A period's workbook and PDF: `/downloads/2023-h1.xlsx`, `/downloads/2022.pdf`. */
  periodXlsx: (p: ReportPeriod) => `/downloads/${reportPeriodSlug(p)}.xlsx`,
  periodPdf: (p: ReportPeriod) => `/downloads/${reportPeriodSlug(p)}.pdf`,
  dataPackage: `/downloads/${DATA_PACKAGE_FILE}`,
  /** A described page's link-preview image (src/previews/report-model.ts). */
  preview: (name: string) => `/previews/${name}.png`,
};

/**
 * The static page for a choice in a described report's view form: a place and a period, a place, a period, or
 * the overview, each with `#section` when one section is chosen. `place` is an address segment (`us`,
 * `cross-border`) or null for worldwide; `period` a period slug (`2023-h1`, `2022`) or null for every period.
 */
export function reportViewUrl(section: string | null, place: string | null, period: string | null): string {
  const path =
    place === null
      ? period === null
        ? urls.home
        : `/periods/${period}/`
      : period === null
        ? `/countries/${place}/`
        : `/countries/${place}/${period}/`;
  return section === null ? path : `${path}#${section}`;
}
