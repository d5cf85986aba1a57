/**
 * Downloads of a described report: one CSV and one JSON per section, every period in one file, with the
 * columns the section's files have plus `period` and `section` first. Figures are written as published:
 * a blank stays blank, a percentage keeps the publisher's digits, a band keeps its two bounds.
 */
import { BANDS_COLUMNS } from "../data/report/bands-file.ts";
import { countsColumns } from "../data/report/counts-file.ts";
import type { ReportData, ReportSectionData } from "../data/report/load-report.ts";
import { reportPeriodId } from "../data/report/report-period.ts";
import { reportUrls } from "../lib/urls.ts";
import type { DownloadColumn } from "./columns.ts";
import { csvPieces } from "./csv.ts";
import { jsonLinePieces } from "./json.ts";
import type { DownloadRecord } from "./records.ts";

/** The columns of a section's download. */
export function sectionDownloadColumns(section: ReportSectionData): DownloadColumn[] {
  const names = [
    "section",
    "period",
    ...(section.kind === "counts" ? countsColumns(section.description) : BANDS_COLUMNS),
  ];
  return names.map((name) => ({
    name,
    title: name,
    description: name,
    type:
      name === "period" ||
      name === "section" ||
      name === "country_code" ||
      name === "country" ||
      name === "process" ||
      name === "authority" ||
      name === "some_data_percent"
        ? "string"
        : "integer",
  }));
}

/**
 * Every row of every period of a section, in file order within each period, periods in time order, a period at a
 * time: the section's files hold every period, and are written a period at a time (see utf8.ts).
 */
function* sectionRecordBatches(section: ReportSectionData): Generator<DownloadRecord[]> {
  const id = section.description.id;
  if (section.kind === "bands") {
    for (const p of section.periods) {
      const period = reportPeriodId(p.period);
      yield p.rows.map((r) => ({
        section: id,
        period,
        country_code: r.place,
        country: r.name,
        authority: r.authority,
        band_width: r.width,
        demands_low: r.demands.low,
        demands_high: r.demands.high,
        accounts_low: r.accounts?.low ?? null,
        accounts_high: r.accounts?.high ?? null,
      }));
    }
    return;
  }
  for (const p of section.periods) {
    const period = reportPeriodId(p.period);
    yield p.rows.map((r) => {
      const record: Record<string, string | number | null> = {
        section: id,
        period,
        country_code: r.place,
        country: r.name,
        // A section that counts only accounts has no requests column.
        ...(r.requests === undefined ? {} : { requests: r.requests }),
      };
      if (r.process !== undefined) record["process"] = r.process;
      if (r.accounts !== undefined) record["accounts"] = r.accounts;
      if (r.notified !== undefined) record["notified"] = r.notified;
      const o = r.outcomes;
      if (o.scheme === "four")
        Object.assign(record, {
          content: o.content,
          non_content: o.nonContent,
          no_data: o.noData,
          rejected: o.rejected,
        });
      if (o.scheme === "some-data-count") record["some_data"] = o.someData;
      if (o.scheme === "some-data-percent") record["some_data_percent"] = o.percent;
      if (section.description.asPublishedRows) record["as_published"] = r.asPublished ? "yes" : "";
      return record;
    });
  }
}

export interface ReportDownload {
  readonly url: string;
  readonly label: string;
  readonly mediaType: string;
  /**
   * The file's text in pieces, made as they are asked for: a section's file of every period is the largest the
   * build writes, so it is made and written a period at a time (see utf8.ts).
   */
  readonly pieces: () => Iterable<string>;
}

/**
 * A section's JSON file in pieces, a period at a time: its id, its label and its rows, one row per line as the
 * fixed layout's JSON files have them, which keeps a file of every period readable and diffable. Indented
 * throughout, a large section's file took more than twice the bytes, and writing it set the build's peak memory.
 */
function sectionJsonPieces(id: string, label: string, batches: Iterable<readonly object[]>): Generator<string> {
  const head = JSON.stringify({ section: id, label }).slice(0, -1);
  function* lines(): Generator<string[]> {
    for (const records of batches) yield records.map((record) => JSON.stringify(record));
  }
  return jsonLinePieces(lines(), `${head},"rows":`, "}");
}

/** Every download of a described report. */
export function reportDownloads(report: ReportData): ReportDownload[] {
  return [
    ...report.sections.flatMap((section): ReportDownload[] => {
      const id = section.description.id;
      return [
        {
          url: reportUrls.sectionCsv(id),
          label: `${section.description.label}, every period (CSV)`,
          mediaType: "text/csv; charset=utf-8",
          pieces: () => csvPieces(sectionDownloadColumns(section), sectionRecordBatches(section)),
        },
        {
          url: reportUrls.sectionJson(id),
          label: `${section.description.label}, every period (JSON)`,
          mediaType: "application/json",
          pieces: () => sectionJsonPieces(id, section.description.label, sectionRecordBatches(section)),
        },
      ];
    }),
    {
      url: reportUrls.description,
      label: "The report description (JSON)",
      mediaType: "application/json",
      pieces: () => [`${JSON.stringify(report.description, null, 2)}\n`],
    },
  ];
}
