import { periodId } from "../../data/period.ts";
import type { Dataset, PeriodData } from "../../data/dataset.ts";
import { authorityDef } from "../../data/national-security.ts";
import { sectionPeriod, sectionsInPeriod } from "../../data/sections-aggregate.ts";
import { isFirstSection } from "../../data/first-section.ts";
import { effectiveSection } from "../../data/sections.ts";
import { describeCharacter, FONT_NAME, type FontWeight, missingCharacters } from "./fonts.ts";

/** Thrown when the PDF font cannot draw some text from the data: a report with empty boxes must not ship. */
export class FontCoverageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FontCoverageError";
  }
}

function check(text: string, weights: readonly FontWeight[], where: () => string, problems: string[]): void {
  const missing = new Set(weights.flatMap((w) => missingCharacters(text, w)));
  if (missing.size === 0) return;
  problems.push(
    `${where()} has characters the PDF font ${FONT_NAME} cannot draw: ${[...missing].map(describeCharacter).join(", ")}`,
  );
}

/**
 * Checks every text the PDF for `data` prints from the data. Throws one error that
 * lists each offending country with its file and line, and names the PDF.
 */
export function assertFontCovers(dataset: Dataset, data: PeriodData, pdfName: string): void {
  const problems: string[] = [];
  const { site } = dataset;
  // Site texts appear in headings (bold) and in the footer (regular).
  check(
    site.organisation,
    ["regular", "bold"],
    () => `The organisation "${site.organisation}" in data/site.json`,
    problems,
  );
  check(site.title, ["regular", "bold"], () => `The title "${site.title}" in data/site.json`, problems);
  for (const row of data.rows) {
    check(
      row.country,
      ["regular"],
      () => `The country "${row.country}" (${row.countryCode}) at ${data.source} line ${row.line}`,
      problems,
    );
  }
  // In a report with several sections each has a part: its label (a heading), description and names.
  // The first section's label is a heading too once there is another part; its rows are checked above.
  const present = sectionsInPeriod(dataset, data.period);
  for (const s of present.length > 1 ? present : []) {
    const section = effectiveSection(site, s.id);
    const where = (field: string) => () => `The ${field} of the section ${s.id} ("${section.label}") in data/site.json`;
    check(section.label, ["regular", "bold"], where("label"), problems);
    check(section.description, ["regular"], where("description"), problems);
    const file = isFirstSection(s.id) ? undefined : sectionPeriod(s, data.period);
    for (const row of file?.rows ?? []) {
      check(
        row.country,
        ["regular"],
        () => `The country "${row.country}" (${row.countryCode}) at ${file?.source ?? s.id} line ${row.line}`,
        problems,
      );
      if ("authority" in row) {
        const label = authorityDef(row.authority).label;
        check(label, ["regular"], () => `The authority "${label}"`, problems);
      }
    }
  }
  // Correction notes appear in the PDF's publication notes.
  for (const c of dataset.corrections ?? []) {
    if (c.period !== periodId(data.period)) continue;
    check(c.note, ["regular"], () => `The note of the correction dated ${c.date} in data/corrections.csv`, problems);
  }
  if (problems.length === 0) return;
  throw new FontCoverageError(
    `Cannot build ${pdfName}:\n` +
      problems.map((p) => `  - ${p}`).join("\n") +
      `\nWrite the name in a script the font covers (Latin, Greek, Cyrillic, Armenian, Georgian, Hebrew, Arabic),` +
      ` or ship a font that covers it in src/previews/fonts.ts.`,
  );
}
