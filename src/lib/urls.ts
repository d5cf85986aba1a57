import { type Period, periodSlug } from "../data/period.ts";

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
  country: (code: string) => `/countries/${code.toLowerCase()}/`,
  countryPeriod: (code: string, p: Period) => `/countries/${code.toLowerCase()}/${periodSlug(p)}/`,
  periodJson: (p: Period) => `/data/periods/${periodSlug(p)}.json`,
  countryJson: (code: string) => `/data/countries/${code.toLowerCase()}.json`,
  /** Downloads share one naming scheme: `transparency-report-<period or country or "all-periods">.<format>`. */
  periodCsv: (p: Period) => `/downloads/transparency-report-${periodSlug(p)}.csv`,
  periodXlsx: (p: Period) => `/downloads/transparency-report-${periodSlug(p)}.xlsx`,
  periodPdf: (p: Period) => `/downloads/transparency-report-${periodSlug(p)}.pdf`,
  countryCsv: (code: string) => `/downloads/countries/transparency-report-${code.toLowerCase()}.csv`,
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
