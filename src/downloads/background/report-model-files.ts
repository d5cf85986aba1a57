/**
 * The heavy files of a described report (data/report.json) as the build's worker makes them: every period's
 * PDF and workbook, newest first as the downloads page lists them, then the link-preview images from the last.
 * The report is read as getReport (src/lib/report-model.ts) reads it, and each file is made by the same
 * function as its endpoint in src/described/pages/, so the bytes are the same whichever thread makes them.
 * Loads without Astro: Node runs the worker directly.
 */
import { checkReportDir } from "../../data/report/load-report.ts";
import { reportUrls } from "../../lib/urls.ts";
import { reportPeriods } from "../../payloads/report-model.ts";
import { reportCards, reportCardTree } from "../../previews/report-model.ts";
import { renderTreePng } from "../../previews/render.ts";
import { buildReportPdf } from "../report-model/pdf.ts";
import { buildReportWorkbook } from "../report-model/workbook.ts";

/** A file the worker may make: its address and how to make it. */
export type PlannedFile = [url: string, make: () => Promise<Uint8Array> | Uint8Array];

/** The described report's heavy files in the worker's order; none when the report does not load. */
export function reportModelFiles(dataDir: string): PlannedFile[] {
  const { report } = checkReportDir({ dataDir });
  if (!report) return [];
  const site = `${report.site.organisation} · ${report.site.title}`;
  return [
    ...reportPeriods(report)
      .toReversed()
      .flatMap((period): PlannedFile[] => [
        [reportUrls.periodPdf(period), () => buildReportPdf(report, period)],
        [reportUrls.periodXlsx(period), () => buildReportWorkbook(report, period)],
      ]),
    ...reportCards(report)
      .toReversed()
      .map((card): PlannedFile => [reportUrls.preview(card.name), () => renderTreePng(reportCardTree(site, card))]),
  ];
}
