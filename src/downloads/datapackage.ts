import bandsSchema from "../../data/national-security.schema.json" with { type: "json" };
import type { Dataset, PeriodFile, SectionData } from "../data/dataset.ts";
import { periodLongLabel, periodSlug } from "../data/period.ts";
import { isFirstSection } from "../data/first-section.ts";
import { effectiveSection, labelInText } from "../data/sections.ts";
import { sectionFileSuffix, urls } from "../lib/urls.ts";
import { CORRECTION_COLUMNS, type DownloadColumn, PERIOD_ROW_COLUMNS, ROW_COLUMNS } from "./columns.ts";
import { citation } from "../publication/citation.ts";
import { countryFiles } from "./country-files.ts";
import { addedSections, OTHER_SECTION_IDS, SECTION_COLUMN, sectionColumns } from "./section-files.ts";

const DOWNLOADS = "/downloads/";

/** Resource paths are relative to datapackage.json, which sits in /downloads/. */
function relativePath(url: string): string {
  if (!url.startsWith(DOWNLOADS)) throw new Error(`${url} is not under ${DOWNLOADS}`);
  return url.slice(DOWNLOADS.length);
}

const CSV_NAME_NOTE =
  " In the CSV files a name that starts with =, +, -, @ or a control character has an apostrophe in front," +
  " so that spreadsheet programs do not run it as a formula.";

/** The constraints data/national-security.schema.json sets on a band file's columns, by name. */
const BAND_CONSTRAINTS = new Map<string, unknown>(bandsSchema.fields.map((f) => [f.name, f.constraints]));

function field(column: DownloadColumn, format: "csv" | "json"): Record<string, unknown> {
  const bandConstraints = BAND_CONSTRAINTS.get(column.name);
  if (bandConstraints !== undefined && !["country_code", "country"].includes(column.name)) {
    // Band columns are described once, in the schema publishers validate against.
    return {
      name: column.name,
      type: column.type,
      title: column.title,
      description: column.description,
      constraints: bandConstraints,
    };
  }
  const description =
    column.name === "country" && format === "csv" ? column.description + CSV_NAME_NOTE : column.description;
  const constraints: Record<string, unknown> = {};
  if (column.type === "integer") constraints["minimum"] = 0;
  if (column.type === "number") Object.assign(constraints, { minimum: 0, maximum: 100 });
  if (column.name === "country_code") constraints["pattern"] = "^[A-Z]{2}$";
  if (column.name === "period") constraints["pattern"] = "^[0-9]{4}-H[12]$";
  // Not the corrections file's section column, which may be empty.
  if (column === SECTION_COLUMN) constraints["enum"] = [...OTHER_SECTION_IDS];
  if (column.name !== "accounts" && !column.name.endsWith("_percent")) constraints["required"] = true;
  return { name: column.name, type: column.type, title: column.title, description, constraints };
}

function schema(columns: readonly DownloadColumn[], format: "csv" | "json", primaryKey: string[]) {
  return { fields: columns.map((c) => field(c, format)), missingValues: [""], primaryKey };
}

const CSV_DIALECT = { delimiter: ",", lineTerminator: "\r\n", quoteChar: '"', doubleQuote: true, header: true };

function csvResource(name: string, title: string, url: string, columns: readonly DownloadColumn[], key: string[]) {
  return {
    name,
    title,
    profile: "tabular-data-resource",
    path: relativePath(url),
    format: "csv",
    mediatype: "text/csv",
    encoding: "utf-8",
    dialect: CSV_DIALECT,
    schema: schema(columns, "csv", key),
  };
}

/** A workbook: not tabular in the Frictionless sense (several sheets), so a plain data resource. */
function xlsxResource(name: string, title: string, description: string, url: string) {
  return {
    name,
    title,
    description,
    profile: "data-resource",
    path: relativePath(url),
    format: "xlsx",
    mediatype: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  };
}

/** The corrections file: country_code and section are empty when a correction names none, and no column is a key. */
function correctionsResource() {
  const { primaryKey: _none, ...base } = schema(CORRECTION_COLUMNS, "csv", []);
  const fields = base.fields.map((f) => {
    if (f["name"] !== "country_code" && f["name"] !== "section") return f;
    const { required: _optional, ...constraints } = f["constraints"] as Record<string, unknown>;
    return { ...f, constraints };
  });
  return {
    ...csvResource("corrections", "Corrections", urls.correctionsCsv, CORRECTION_COLUMNS, []),
    schema: { ...base, fields },
  };
}

/**
 * The files of a section other than law enforcement: every period as CSV and JSON, then
 * each period's CSV, newest first. Keys add `authority` for bands (one row per authority).
 */
function sectionResources(dataset: Dataset, section: SectionData) {
  const id = section.id;
  const label = effectiveSection(dataset.site, id).label;
  const bandKey = section.kind === "ranges" ? ["authority"] : [];
  const allKey = ["period", "country_code", ...bandKey];
  const allColumns = sectionColumns(section, "all");
  const periods = (section.periods as readonly PeriodFile<unknown>[]).toReversed();
  return [
    csvResource(`all-periods-${id}`, `${label}, every period`, urls.sectionAllPeriodsCsv(id), allColumns, allKey),
    {
      name: `all-periods-${id}-json`,
      title: `${label}, every period (JSON)`,
      profile: "tabular-data-resource",
      path: relativePath(urls.sectionAllPeriodsJson(id)),
      format: "json",
      mediatype: "application/json",
      encoding: "utf-8",
      schema: schema(allColumns, "json", allKey),
    },
    ...periods.map((p) =>
      csvResource(
        `period-${periodSlug(p.period)}-${id}`,
        `${label}, ${periodLongLabel(p.period)}`,
        urls.sectionPeriodCsv(id, p.period),
        sectionColumns(section, "period"),
        ["country_code", ...bandKey],
      ),
    ),
  ];
}

/** Each country's files: its law-enforcement rows of every period, then one file per other section it is in. */
function countryResources(dataset: Dataset) {
  return countryFiles(dataset).flatMap(({ code, name, files }) =>
    files.map((f) => {
      const label = isFirstSection(f.section) ? "" : `, ${effectiveSection(dataset.site, f.section).label}`;
      const key = f.columns.some((c) => c.name === "authority") ? ["period", "authority"] : ["period"];
      return csvResource(
        `country-${code.toLowerCase()}${sectionFileSuffix(f.section)}`,
        `${name}${label}, every period`,
        f.url,
        f.columns,
        key,
      );
    }),
  );
}

/** Said only when the publisher has other sections, so a law-enforcement-only package reads as before. */
function sectionsNote(dataset: Dataset): string {
  const added = addedSections(dataset);
  if (added.length === 0) return "";
  const labels = added.map((s) => labelInText(effectiveSection(dataset.site, s.id).label));
  return (
    ` Other sections of the report (${labels.join(", ")}) are in files of their own, whose rows start with a section column.` +
    (added.some((s) => s.kind === "ranges")
      ? " National-security figures are bands with low and high bounds, never point figures, and are never added to other totals."
      : "")
  );
}

/**
 * A Frictionless Data Package (v1) describing the full data set in CSV, JSON and XLSX and
 * each period's CSV and XLSX, with every column from the data contract's list.
 */
export function dataPackage(dataset: Dataset): string {
  const { site } = dataset;
  const resources = [
    csvResource("all-periods", "Every period", urls.allPeriodsCsv, PERIOD_ROW_COLUMNS, ["period", "country_code"]),
    {
      name: "all-periods-json",
      title: "Every period (JSON)",
      profile: "tabular-data-resource",
      path: relativePath(urls.allPeriodsJson),
      format: "json",
      mediatype: "application/json",
      encoding: "utf-8",
      schema: schema(PERIOD_ROW_COLUMNS, "json", ["period", "country_code"]),
    },
    xlsxResource(
      "all-periods-xlsx",
      "Every period (Excel workbook)",
      "The same rows as all-periods, with a notes sheet of definitions, release dates and corrections.",
      urls.allPeriodsXlsx,
    ),
    correctionsResource(),
    // Each period's CSV and, beside it, its workbook: the package lists every per-period file it lists any of.
    ...dataset.periods
      .toReversed()
      .flatMap((p) => [
        csvResource(
          `period-${periodSlug(p.period)}`,
          periodLongLabel(p.period),
          urls.periodCsv(p.period),
          ROW_COLUMNS,
          ["country_code"],
        ),
        xlsxResource(
          `period-${periodSlug(p.period)}-xlsx`,
          `${periodLongLabel(p.period)} (Excel workbook)`,
          `A sheet per report section for the period (the rows of period-${periodSlug(p.period)} first), with a notes sheet of definitions, release dates and corrections.`,
          urls.periodXlsx(p.period),
        ),
      ]),
    ...addedSections(dataset).flatMap((section) => sectionResources(dataset, section)),
    ...countryResources(dataset),
  ];
  const licence = site.licence;
  const descriptor = {
    // Not "tabular-data-package": that profile makes every resource tabular, and the workbooks are not. Each CSV
    // and JSON file still declares itself a tabular-data-resource, with its schema.
    profile: "data-package",
    name: "transparency-report",
    title: `${site.title}: ${site.organisation}`,
    description:
      `Legal demands for customer data that ${site.organisation} received from law-enforcement agencies, ` +
      "per country or region and half-year, with the outcome of each demand. Totals are not included: " +
      "they are the sums of the rows." +
      sectionsNote(dataset) +
      (licence ? "" : ` ${site.organisation} has not stated a licence for reusing these figures.`) +
      ` Suggested citation: ${citation(dataset)}`,
    homepage: site.siteUrl,
    // A licence only when the publisher states one: none is ever assumed.
    ...(licence
      ? { licenses: [{ ...(licence.spdx ? { name: licence.spdx } : {}), path: licence.url, title: licence.name }] }
      : {}),
    ...(site.contactEmail
      ? { contributors: [{ title: site.organisation, email: site.contactEmail, role: "publisher" }] }
      : {}),
    resources,
  };
  return `${JSON.stringify(descriptor, null, 2)}\n`;
}
