/**
 * Checks on free text from the publisher (country names, site.json strings): characters
 * that would corrupt pages or terminals, padding, and length.
 */

/** C0 and C1 controls and DEL (Unicode category Cc). */
function isControl(cp: number): boolean {
  return cp < 0x20 || (cp >= 0x7f && cp < 0xa0);
}

/** Bidirectional embeddings, overrides and isolates, which reorder the text around them. */
function isBidiControl(cp: number): boolean {
  return (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069);
}

/**
 * Characters a published text may not hold: controls except line feed (a quoted name may
 * hold a line break), bidirectional controls, the Unicode line and paragraph separators,
 * a byte-order mark inside the text, and what XML 1.0 cannot carry at all (an unpaired
 * surrogate, which only a JSON escape can produce, and U+FFFE and U+FFFF), since every
 * text also goes into the feed and the sitemap.
 */
function isForbidden(cp: number): boolean {
  return (
    (isControl(cp) && cp !== 0x0a) ||
    isBidiControl(cp) ||
    cp === 0x2028 ||
    cp === 0x2029 ||
    cp === 0xfeff ||
    (cp >= 0xd800 && cp <= 0xdfff) ||
    cp === 0xfffe ||
    cp === 0xffff
  );
}

/** Length in code points, as a reader counts characters (not UTF-16 units). */
function characterCount(text: string): number {
  let count = 0;
  for (const _char of text) count += 1;
  return count;
}

/** `U+001B`: a code point as a message shows it, never the raw character. */
export function codePointLabel(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
}

const NAMES: Record<number, string> = {
  0x00: "a NUL byte",
  0x07: "a bell (BEL)",
  0x09: "a tab",
  0x0b: "a vertical tab (what Word writes for a manual line break)",
  0x0c: "a form feed",
  0x0d: "a carriage return",
  0x1b: "an escape (ESC)",
  0x7f: "a delete (DEL)",
  0x202a: "a left-to-right embedding",
  0x202b: "a right-to-left embedding",
  0x202c: "a pop directional formatting",
  0x202d: "a left-to-right override",
  0x202e: "a right-to-left override",
  0x2066: "a left-to-right isolate",
  0x2067: "a right-to-left isolate",
  0x2068: "a first-strong isolate",
  0x2069: "a pop directional isolate",
  0xfeff: "a byte-order mark",
};

function kindOf(cp: number): string {
  if (NAMES[cp]) return NAMES[cp];
  if (cp < 0xa0) return "a control character";
  if (cp >= 0xd800 && cp <= 0xdfff) return "an unpaired surrogate";
  if (cp === 0xfffe || cp === 0xffff) return "a noncharacter";
  return "an invisible formatting character";
}

/**
 * Why `text` holds a character no published text may hold, or undefined when it holds
 * none. `what` names the thing ("a country name") so the message completes `"value" …`.
 */
export function forbiddenCharacterProblem(text: string, what: string): string | undefined {
  let position = 0;
  for (const char of text) {
    position += 1;
    const cp = char.codePointAt(0) ?? 0;
    if (!isForbidden(cp)) continue;
    return `contains ${kindOf(cp)} (${codePointLabel(char)}) at character ${position}; remove it, ${what} may only hold visible text`;
  }
  return undefined;
}

/**
 * Why `text` cannot be published as a name, or undefined when it can. `what` names the
 * thing ("a country name") so the message completes `"value" …`.
 */
export function textProblem(
  text: string,
  what: string,
  maxLength: number,
  whenEmpty = `is empty; ${what} is required`,
): string | undefined {
  const forbidden = forbiddenCharacterProblem(text, what);
  if (forbidden) return forbidden;
  if (text.trim() === "") return whenEmpty;
  if (text !== text.trim())
    return `has spaces before or after it; remove them, ${what} is published exactly as written`;
  const length = characterCount(text);
  if (length > maxLength) return `is ${length} characters long; ${what} may have at most ${maxLength}`;
  return undefined;
}

/**
 * Makes a value safe to print on a terminal: control characters, bidirectional
 * controls and separators are written as `\u{…}` so they can neither move the cursor
 * nor reorder the line.
 */
export function escapeForTerminal(text: string): string {
  let out = "";
  for (const char of text) {
    const cp = char.codePointAt(0) ?? 0;
    const invisible =
      isControl(cp) ||
      isBidiControl(cp) ||
      (cp >= 0xd800 && cp <= 0xdfff) ||
      [0x200e, 0x200f, 0x061c, 0x2028, 0x2029, 0xfeff].includes(cp);
    out += invisible ? `\\u{${cp.toString(16).toUpperCase()}}` : char;
  }
  return out;
}
