import type { ReportData } from "../../data/report/load-report.ts";
import { type ReportPeriod, reportPeriodLongLabel } from "../../data/report/report-period.ts";
import { reportUrls } from "../../lib/urls.ts";
import { reportPeriods } from "../../payloads/report-model.ts";

export interface PeriodFileLink {
  readonly url: string;
  readonly label: string;
  /** On the period's own page, where the period goes without saying. */
  readonly shortLabel: string;
}

/** A period's workbook and PDF, as the downloads page and the period's own page link them. */
export function periodFileLinks(period: ReportPeriod): PeriodFileLink[] {
  const when = reportPeriodLongLabel(period);
  return [
    {
      url: reportUrls.periodXlsx(period),
      label: `${when}, every section (Excel workbook, XLSX)`,
      shortLabel: "Excel workbook (XLSX)",
    },
    { url: reportUrls.periodPdf(period), label: `${when}, every section (PDF)`, shortLabel: "PDF" },
  ];
}

/** Every period's files, newest first. */
export function reportPeriodFileLinks(report: ReportData): PeriodFileLink[] {
  return reportPeriods(report).toReversed().flatMap(periodFileLinks);
}
