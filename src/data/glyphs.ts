/**
 * Which characters of a text a font cannot draw. Pure: the font is passed in as a
 * predicate, so the data layer can check names without importing the PDF code.
 */

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
