import { periodId } from "../../data/period.ts";
import type { Dataset, PeriodData } from "../../data/dataset.ts";
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
      ` or ship a font that covers it in src/downloads/pdf/fonts.ts.`,
  );
}
