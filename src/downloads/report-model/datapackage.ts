/**
 * datapackage.json of a described report: a Frictionless Data Package (v1) listing every file the downloads
 * page lists (each section's CSV and JSON, the report description) and each period's workbook and PDF. Every
 * CSV has a Table Schema whose fields, titles and constraints come from report.json: the publisher's words for
 * each measure, the declared processes, places and authorities. A licence only when site.json states one.
 */
import type { ReportData, ReportSectionData } from "../../data/report/load-report.ts";
import { reportPeriodLongLabel, reportPeriodSlug } from "../../data/report/report-period.ts";
import { reportUrls } from "../../lib/urls.ts";
import { reportPeriods } from "../../payloads/report-model.ts";
import { measureColumns, outcomeColumns } from "../../payloads/report-words.ts";
import { sectionDownloadColumns } from "../report-model.ts";

const DOWNLOADS = "/downloads/";

/** Resource paths are relative to datapackage.json, which sits in /downloads/. */
function relativePath(url: string): string {
  if (!url.startsWith(DOWNLOADS)) throw new Error(`${url} is not under ${DOWNLOADS}`);
  return url.slice(DOWNLOADS.length);
}

/** A published percentage as the model accepts it (counts-file.ts): 0–100, at most four decimals. */
const PERCENT_PATTERN = "^(100(\\.0{1,4})?|[0-9]{1,2}(\\.[0-9]{1,4})?)$";

const CSV_DIALECT = { delimiter: ",", lineTerminator: "\r\n", quoteChar: '"', doubleQuote: true, header: true };

const CSV_NAME_NOTE =
  " A name that starts with =, +, -, @ or a control character has an apostrophe in front, so that spreadsheet programs do not run it as a formula.";

const OUTCOME_FIELDS: Record<string, string> = {
  content: "content",
  non_content: "nonContent",
  no_data: "noData",
  rejected: "rejected",
  some_data: "someData",
  some_data_percent: "percent",
};

/** What each column of a section's CSV holds, in the section's own words. */
function fields(report: ReportData, section: ReportSectionData) {
  const d = section.description;
  const places = report.description.places.map((p) => p.id);
  const words = new Map<string, string>();
  if (section.kind === "counts") {
    const s = section.description;
    for (const m of measureColumns(s)) words.set(m.key, m.label);
    for (const o of outcomeColumns(s)) {
      const name = Object.keys(OUTCOME_FIELDS).find((k) => OUTCOME_FIELDS[k] === o.key);
      if (name) words.set(name, o.label);
    }
  } else {
    words.set("demands_low", `${section.description.measures.demands.label}, low bound of the band`);
    words.set("demands_high", `${section.description.measures.demands.label}, high bound of the band`);
    const accounts = section.description.measures.accounts?.label ?? "Accounts";
    words.set("accounts_low", `${accounts}, low bound of the band`);
    words.set("accounts_high", `${accounts}, high bound of the band`);
  }
  return sectionDownloadColumns(section).map((column) => {
    const { name, type } = column;
    const constraints: Record<string, unknown> = {};
    let title = words.get(name) ?? name;
    let description = "As published; an empty cell is a figure the publisher did not report, never 0.";
    switch (name) {
      case "section":
        Object.assign(constraints, { required: true, enum: [d.id] });
        title = "Section";
        description = `The section's id in report.json: ${d.label}.`;
        break;
      case "period":
        Object.assign(constraints, { required: true, pattern: "^[0-9]{4}(-H[12])?$" });
        title = "Period";
        description = "A half-year (2023-H1) or a whole year (2022), as the publisher reports it.";
        break;
      case "country_code":
        Object.assign(constraints, {
          required: true,
          pattern: `^([A-Z]{2}${places.map((p) => `|${p}`).join("")}${section.kind === "counts" && section.description.statedTotals ? "|total" : ""})$`,
        });
        title = "Country code";
        description =
          "ISO 3166-1 alpha-2 code, the id of a place that is not a country (declared in report.json)" +
          (section.kind === "counts" && section.description.statedTotals
            ? ", or total for the publisher's own stated total, which is never added to the rows."
            : ".");
        break;
      case "country":
        constraints["required"] = true;
        title = "Country or place";
        description = `The name as the publisher wrote it.${CSV_NAME_NOTE}`;
        break;
      case "process":
        Object.assign(constraints, {
          required: true,
          enum: [...(section.kind === "counts" ? (section.description.processes ?? []) : []).map((p) => p.id), "all"],
        });
        title = "Legal process";
        description =
          "A declared legal process, or all for a row covering every process; an all row and process rows are never added together.";
        break;
      case "authority":
        Object.assign(constraints, {
          required: true,
          enum: section.kind === "bands" ? section.description.authorities.map((a) => a.id) : [],
        });
        title = "Authority";
        description = "A declared national-security authority (report.json names it).";
        break;
      case "band_width":
        Object.assign(constraints, { required: true, minimum: 1 });
        title = "Band width";
        description = "The width of the band the law allows the figures to be published in.";
        break;
      case "some_data_percent":
        constraints["pattern"] = PERCENT_PATTERN;
        description = "The publisher's own percentage, kept exactly as written; never summed.";
        break;
      default:
        if (type === "integer") constraints["minimum"] = 0;
        if (name === "demands_low" || name === "demands_high") constraints["required"] = true;
    }
    return { name, type, title, description, constraints };
  });
}

function primaryKey(section: ReportSectionData): string[] {
  if (section.kind === "bands") return ["period", "country_code", "authority"];
  return section.description.processes ? ["period", "country_code", "process"] : ["period", "country_code"];
}

function sectionResources(report: ReportData, section: ReportSectionData) {
  const { id, label } = section.description;
  return [
    {
      name: `${id}-csv`,
      title: `${label}, every period`,
      profile: "tabular-data-resource",
      path: relativePath(reportUrls.sectionCsv(id)),
      format: "csv",
      mediatype: "text/csv",
      encoding: "utf-8",
      dialect: CSV_DIALECT,
      schema: { fields: fields(report, section), missingValues: [""], primaryKey: primaryKey(section) },
    },
    {
      name: `${id}-json`,
      title: `${label}, every period (JSON)`,
      description: `The rows of ${relativePath(reportUrls.sectionCsv(id))} under "rows", with the section's id and label; a figure not reported is null.`,
      profile: "data-resource",
      path: relativePath(reportUrls.sectionJson(id)),
      format: "json",
      mediatype: "application/json",
      encoding: "utf-8",
    },
  ];
}

/** The report's own citation: described reports record no release dates, so the date is said not to be stated. */
export function reportCitation(report: ReportData): string {
  const { site } = report;
  const latest = reportPeriods(report).at(-1);
  const period = latest ? `, ${reportPeriodLongLabel(latest)}` : "";
  return `${site.organisation}, ${site.title}${period} (publication date not stated). ${new URL("/", site.siteUrl).href}, accessed on [date].`;
}

/** The descriptor, as the file's text. */
export function reportDataPackage(report: ReportData): string {
  const { site } = report;
  const resources = [
    ...report.sections.flatMap((section) => sectionResources(report, section)),
    {
      name: "report-description",
      title: "The report description",
      description: "report.json: the sections, measures, outcomes, processes, places and periods the files follow.",
      profile: "data-resource",
      path: relativePath(reportUrls.description),
      format: "json",
      mediatype: "application/json",
      encoding: "utf-8",
    },
    ...reportPeriods(report)
      .toReversed()
      .flatMap((p) => [
        {
          name: `period-${reportPeriodSlug(p)}-xlsx`,
          title: `${reportPeriodLongLabel(p)} (Excel workbook)`,
          description:
            "A sheet per section that reported the period, with the sum of the rows and any stated total under them, and an About sheet.",
          profile: "data-resource",
          path: relativePath(reportUrls.periodXlsx(p)),
          format: "xlsx",
          mediatype: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        },
        {
          name: `period-${reportPeriodSlug(p)}-pdf`,
          title: `${reportPeriodLongLabel(p)} (PDF)`,
          description: "The period's figures, section by section, as a tagged PDF.",
          profile: "data-resource",
          path: relativePath(reportUrls.periodPdf(p)),
          format: "pdf",
          mediatype: "application/pdf",
        },
      ]),
  ];
  const licence = site.licence;
  const descriptor = {
    // Not "tabular-data-package": the workbooks, PDFs and JSON files are not tabular resources.
    profile: "data-package",
    name: "transparency-report",
    title: `${site.title}: ${site.organisation}`,
    description:
      `Government demands for customer data that ${site.organisation} received, as published: ` +
      `${report.sections.map((s) => s.description.label.toLowerCase()).join(", ")}. ` +
      "Totals are not in the CSV files except where the publisher states its own (country_code total)." +
      (licence ? "" : ` ${site.organisation} has not stated a licence for reusing these figures.`) +
      ` Suggested citation: ${reportCitation(report)}`,
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
