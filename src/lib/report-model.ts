import { DataValidationError } from "../data/issues.ts";
import { checkReportDirOnce, type ReportData } from "../data/report/load-report.ts";
import { dataDir } from "./data-dir.ts";

let report: Promise<ReportData> | undefined;

/**
 * The described report in the data folder, read and validated once per build: every page of a described
 * report (src/described/) reads this one object. Bad data rejects it with every issue, so no page is built.
 */
export function getReport(): Promise<ReportData> {
  report ??= Promise.resolve().then(() => {
    const checked = checkReportDirOnce(dataDir);
    if (!checked.report) throw new DataValidationError(checked.issues);
    return checked.report;
  });
  return report;
}
