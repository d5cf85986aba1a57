import type { PeriodData, PeriodFile } from "./dataset.ts";
import { describeCharacter, type HasGlyph, missingCharacters } from "./glyphs.ts";
import type { Correction } from "./publication-types.ts";
import { FIRST_SECTION_ID, isFirstSection } from "./first-section.ts";
import { type SectionId, sectionDef } from "./sections.ts";
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

/** What a correction may name: the report's sections with the files each has. */
export interface CorrectableSection {
  id: SectionId;
  periods: readonly PeriodFile<{ countryCode: string }>[];
}

export interface CorrectionsContext {
  /** The law-enforcement periods, which set the report's pages. */
  periods: readonly PeriodData[];
  /** Every section the report has; law enforcement alone (from `periods`) unless told. */
  sections?: readonly CorrectableSection[];
  releases: readonly Release[];
  today: Date;
  /** The PDF font's glyph check; when given, a note it cannot draw is an error. */
  hasGlyph?: HasGlyph;
}

/**
 * Validates `data/corrections.csv`: every row names a period that exists, a section the
 * report has and that reported the period, a country that has a row in that section's file
 * (or none, for the whole period), and a date no earlier than the period's release when
 * one is recorded. A correction must change figures that were published.
 */
export function checkCorrectionsFile(
  file: string,
  text: string,
  { periods, sections = [{ id: FIRST_SECTION_ID, periods }], releases, today, hasGlyph }: CorrectionsContext,
): { corrections: Correction[]; issues: DataIssue[] } {
  const { rows, issues } = readRecordFile(
    file,
    text,
    { required: CORRECTION_COLUMNS, optional: OPTIONAL_CORRECTION_COLUMNS },
    correctionRowSchema(today),
  );
  const corrections: Correction[] = [];
  // How many corrections share each anchor's base so far. A base ends in a country code or
  // "all", never in "-<number>", so a numbered anchor can never equal another base.
  const anchorCounts = new Map<string, number>();
  const byId = new Map(periods.map((p) => [periodId(p.period), p]));
  for (const { line, raw, data } of rows) {
    const period = byId.get(data.period);
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
    const sectionId = (data.section || FIRST_SECTION_ID) as SectionId;
    const { folder, kind } = sectionDef(sectionId);
    // Checked before the section's files: a row that names count columns for bands is wrong in itself.
    if (kind === "ranges" && data.figures !== undefined) {
      issues.push({
        file,
        line,
        column: "figures",
        value: raw["figures"] ?? "",
        message: "names count columns, which national-security bands do not have; leave it empty for them",
      });
      continue;
    }
    const section = sections.find((s) => s.id === sectionId);
    if (!section) {
      issues.push({
        file,
        line,
        column: "section",
        value: data.section ?? "",
        message: `is a section this report does not have (there is no data/${folder}/); a correction must change published figures`,
      });
      continue;
    }
    const sectionFile = section.periods.find((p) => periodId(p.period) === data.period);
    if (!sectionFile) {
      issues.push({
        file,
        line,
        column: "period",
        value: data.period,
        message: `has no file in data/${folder}/, so the ${sectionId} section published no figures for it to correct`,
      });
      continue;
    }
    const code = data.country_code === "" ? undefined : data.country_code;
    if (code !== undefined && !sectionFile.rows.some((row) => row.countryCode === code)) {
      const where = isFirstSection(sectionId) ? data.period : sectionFile.source;
      issues.push({
        file,
        line,
        column: "country_code",
        value: code,
        message: `does not appear in ${where}; leave it empty for a correction to the whole period`,
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
    const missing = hasGlyph ? missingCharacters(data.note, hasGlyph) : [];
    if (missing.length > 0) {
      issues.push({
        file,
        line,
        column: "note",
        value: data.note,
        message: `has characters the PDF font cannot draw: ${missing.map(describeCharacter).join(", ")}; write the note in a script the font covers (Latin, Greek, Cyrillic, Arabic, Hebrew …)`,
      });
      continue;
    }
    // An id starts with a letter (HTML's rule as html-validate applies it), so the date follows a word.
    const base = ["correction", date, data.period.toLowerCase(), code?.toLowerCase() ?? "all"].join("-");
    const n = (anchorCounts.get(base) ?? 0) + 1;
    anchorCounts.set(base, n);
    const anchor = n === 1 ? base : `${base}-${n}`;
    const named = data.section === undefined || data.section === "" ? undefined : (data.section as SectionId);
    corrections.push({
      date,
      period: data.period,
      ...(code ? { countryCode: code } : {}),
      note: data.note,
      ...(named ? { section: named } : {}),
      ...(data.figures ? { figures: data.figures } : {}),
      anchor,
    });
  }
  return { corrections: corrections.sort(compareCorrections), issues };
}
