/**
 * Checks on free text from the publisher (country names, site.json strings): characters
 * that would corrupt pages or terminals, padding, and length.
 */

// C0 and C1 controls except line feed (a quoted name may hold a line break), DEL,
// bidirectional embeddings, overrides and isolates, and the Unicode line/paragraph separators.
const FORBIDDEN = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\u2028\u2029\uFEFF]/u;

/** `U+001B`: a code point as a message shows it, never the raw character. */
export function codePointLabel(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
}

const NAMES: Record<number, string> = {
  0x00: "a NUL byte",
  0x07: "a bell (BEL)",
  0x09: "a tab",
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
  const bad = FORBIDDEN.exec(text);
  if (bad) {
    const cp = bad[0].codePointAt(0) ?? 0;
    const kind = NAMES[cp] ?? (cp < 0xa0 ? "a control character" : "an invisible formatting character");
    return `contains ${kind} (${codePointLabel(bad[0])}) at character ${[...text.slice(0, bad.index)].length + 1}; remove it, ${what} may only hold visible text`;
  }
  if (text.trim() === "") return whenEmpty;
  if (text !== text.trim()) return `has spaces before or after it; remove them, ${what} is published exactly as written`;
  const length = [...text].length;
  if (length > maxLength) return `is ${length} characters long; ${what} may have at most ${maxLength}`;
  return undefined;
}

/**
 * Makes a value safe to print on a terminal: control characters, bidirectional
 * controls and separators are written as `\u{…}` so they can neither move the cursor
 * nor reorder the line.
 */
export function escapeForTerminal(text: string): string {
  return text.replace(
    /[\u0000-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069\u2028\u2029\u061C]/gu,
    (char) => `\\u{${(char.codePointAt(0) ?? 0).toString(16).toUpperCase()}}`,
  );
}
