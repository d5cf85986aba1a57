/**
 * Which characters of a text a font cannot draw. Pure: the font is passed in as a
 * predicate, so the data layer can check names without importing the PDF code.
 */
import type { DataIssue } from "./issues.ts";

/** Tells whether the font has a real glyph (not the empty box) for a code point. */
export type HasGlyph = (codePoint: number) => boolean;

/** Characters of `text` that `hasGlyph` cannot draw, each once, in order of appearance. */
export function missingCharacters(text: string, hasGlyph: HasGlyph): string[] {
  const missing = new Set<string>();
  for (const char of text) {
    const cp = char.codePointAt(0) ?? 0;
    // Control characters and line breaks are never drawn; a name may hold a quoted line break.
    if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) continue;
    if (!hasGlyph(cp)) missing.add(char);
  }
  return [...missing];
}

/** `北 (U+5317)`: a character as a message shows it. */
export function describeCharacter(char: string): string {
  const cp = char.codePointAt(0) ?? 0;
  return `${char} (U+${cp.toString(16).toUpperCase().padStart(4, "0")})`;
}

/** Names the PDF font cannot draw, one issue per row, in any section's period files. */
export function glyphIssues(
  periods: readonly { source: string; rows: readonly { country: string; line: number }[] }[],
  hasGlyph: HasGlyph,
): DataIssue[] {
  const issues: DataIssue[] = [];
  for (const p of periods) {
    for (const row of p.rows) {
      const missing = missingCharacters(row.country, hasGlyph);
      if (missing.length === 0) continue;
      issues.push({
        file: p.source,
        line: row.line,
        column: "country",
        value: row.country,
        message: `has characters the PDF font cannot draw: ${missing.map(describeCharacter).join(", ")}; write the name in a script the font covers (Latin, Greek, Cyrillic, Arabic, Hebrew …)`,
      });
    }
  }
  return issues;
}
