import type { PeriodData } from "./dataset.ts";
import type { Correction } from "./publication-types.ts";
import type { SectionId } from "./sections.ts";
import type { DataIssue } from "./issues.ts";
import { periodId } from "./period.ts";
import type { Release } from "./releases.ts";
import { dayId } from "./schemas/day.ts";
import { CORRECTION_COLUMNS, correctionRowSchema, OPTIONAL_CORRECTION_COLUMNS } from "./schemas/correction-row.ts";
import { readRecordFile } from "./record-file.ts";

/** A published correction: what changed in a period (or one country of it), when and why. */
export type { Correction } from "./publication-types.ts";

/** Newest first; on one day, by period then country, so the order never depends on the file's. */
export function compareCorrections(a: Correction, b: Correction): number {
  return (
    b.date.localeCompare(a.date) ||
    a.period.localeCompare(b.period) ||
    (a.countryCode ?? "").localeCompare(b.countryCode ?? "") ||
    a.anchor.localeCompare(b.anchor)
  );
}

/**
 * Validates `data/corrections.csv`: every row names a period that exists, a country
 * that appears in it (or none, for the whole period), and a date no earlier than
 * the period's release when one is recorded.
 */
export function checkCorrectionsFile(
  file: string,
  text: string,
  periods: readonly PeriodData[],
  releases: readonly Release[],
  today: Date,
): { corrections: Correction[]; issues: DataIssue[] } {
  const { rows, issues } = readRecordFile(
    file,
    text,
    { required: CORRECTION_COLUMNS, optional: OPTIONAL_CORRECTION_COLUMNS },
    correctionRowSchema(today),
  );
  const corrections: Correction[] = [];
  const anchors = new Set<string>();
  for (const { line, raw, data } of rows) {
    const period = periods.find((p) => periodId(p.period) === data.period);
    if (!period) {
      issues.push({
        file,
        line,
        column: "period",
        value: raw["period"] ?? "",
        message: "is not a period in data/requests/",
      });
      continue;
    }
    const code = data.country_code === "" ? undefined : data.country_code;
    if (code !== undefined && !period.rows.some((row) => row.countryCode === code)) {
      issues.push({
        file,
        line,
        column: "country_code",
        value: code,
        message: `does not appear in ${data.period}; leave it empty for a correction to the whole period`,
      });
      continue;
    }
    const date = dayId(data.date);
    const release = releases.find((r) => r.period === data.period);
    if (release && date < release.published) {
      issues.push({
        file,
        line,
        column: "date",
        value: raw["date"] ?? "",
        message: `is before ${data.period} was published on ${release.published}; a correction follows its release`,
      });
      continue;
    }
    // An id starts with a letter (HTML's rule as html-validate applies it), so the date follows a word.
    const base = ["correction", date, data.period.toLowerCase(), code?.toLowerCase() ?? "all"].join("-");
    let anchor = base;
    for (let n = 2; anchors.has(anchor); n += 1) anchor = `${base}-${n}`;
    anchors.add(anchor);
    const section = data.section === undefined || data.section === "" ? undefined : (data.section as SectionId);
    if (section === "national-security" && data.figures !== undefined) {
      issues.push({
        file,
        line,
        column: "figures",
        value: raw["figures"] ?? "",
        message: "names count columns, which national-security bands do not have; leave it empty for them",
      });
      continue;
    }
    corrections.push({
      date,
      period: data.period,
      ...(code ? { countryCode: code } : {}),
      note: data.note,
      ...(section ? { section } : {}),
      ...(data.figures ? { figures: data.figures } : {}),
      anchor,
    });
  }
  return { corrections: corrections.sort(compareCorrections), issues };
}
