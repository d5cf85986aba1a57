import type { PeriodData } from "./dataset.ts";
import type { Release } from "./publication-types.ts";
import type { DataIssue } from "./issues.ts";
import { periodEnd, periodId } from "./period.ts";
import { dayId } from "./schemas/day.ts";
import { RELEASE_COLUMNS, releaseRowSchema } from "./schemas/release-row.ts";
import { readRecordFile } from "./record-file.ts";

/** The day a period's figures were first published. */
export type { Release } from "./publication-types.ts";

/**
 * Validates `data/releases.csv` against the periods that exist. When the file is
 * there it must date every period once: a page without its date would look
 * undated by mistake, and a date for a missing period would date nothing.
 */
export function checkReleasesFile(
  file: string,
  text: string,
  periods: readonly PeriodData[],
  today: Date,
): { releases: Release[]; issues: DataIssue[] } {
  const { rows, issues } = readRecordFile(file, text, { required: RELEASE_COLUMNS }, releaseRowSchema(today));
  const firstLine = new Map<string, number>();
  const releases: Release[] = [];
  for (const { line, raw, data } of rows) {
    const period = periods.find((p) => periodId(p.period) === data.period)?.period;
    if (!period) {
      issues.push({
        file,
        line,
        column: "period",
        value: raw["period"] ?? "",
        message: "is not a period in data/requests/; date only periods that have a file",
      });
      continue;
    }
    const earlier = firstLine.get(data.period);
    if (earlier !== undefined) {
      issues.push({
        file,
        line,
        column: "period",
        value: data.period,
        message: `appears more than once; first on line ${earlier}. A period is published once; record later changes in corrections.csv`,
      });
      continue;
    }
    firstLine.set(data.period, line);
    if (data.published < periodEnd(period)) {
      issues.push({
        file,
        line,
        column: "published",
        value: raw["published"] ?? "",
        message: `is before ${data.period} ended; it can be published from ${dayId(periodEnd(period))}`,
      });
      continue;
    }
    releases.push({ period: data.period, published: dayId(data.published) });
  }
  if (issues.length === 0) {
    for (const p of periods) {
      const id = periodId(p.period);
      if (!firstLine.has(id))
        issues.push({ file, column: "period", value: id, message: "has no release date; add a row for it" });
    }
  }
  return { releases, issues };
}
