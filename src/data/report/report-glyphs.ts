/**
 * Texts of a described report that the PDF font cannot draw. Checked when the data is validated, so a
 * label in a script the font lacks is a message naming its place in report.json, never a failed build.
 */
import { describeCharacter, glyphIssues, type HasGlyph, missingCharacters } from "../glyphs.ts";
import type { DataIssue } from "../issues.ts";
import { jsonPath } from "./description-file.ts";
import type { ReportData } from "./load-report.ts";

/** Every published text of the description, with its JSON path. */
function descriptionTexts(value: unknown, path: (string | number)[], out: { path: string; text: string }[]): void {
  if (typeof value === "string") {
    out.push({ path: jsonPath(path), text: value });
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => {
      descriptionTexts(item, [...path, index], out);
    });
  } else if (typeof value === "object" && value !== null) {
    for (const [key, item] of Object.entries(value)) descriptionTexts(item, [...path, key], out);
  }
}

/** The characters `hasGlyph` lacks, in the description's texts and the files' names, as issues. */
export function reportGlyphIssues(report: ReportData, descriptionFile: string, hasGlyph: HasGlyph): DataIssue[] {
  const issues: DataIssue[] = [];
  const texts: { path: string; text: string }[] = [];
  descriptionTexts(report.description, [], texts);
  for (const { path, text } of texts) {
    const missing = missingCharacters(text, hasGlyph);
    if (missing.length === 0) continue;
    issues.push({
      file: descriptionFile,
      column: path,
      value: text,
      message: `has characters the PDF font cannot draw: ${missing.map(describeCharacter).join(", ")}`,
    });
  }
  // Row names get the check the fixed layout's files get, with the same message.
  const files = report.sections.flatMap((section) =>
    section.periods.map((p) => ({
      source: p.source,
      rows: (p.rows as readonly { name: string; line: number }[]).map((r) => ({ country: r.name, line: r.line })),
    })),
  );
  issues.push(...glyphIssues(files, hasGlyph));
  return issues;
}
