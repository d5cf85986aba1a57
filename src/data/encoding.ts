/**
 * Decodes publisher files as strict UTF-8. A file in another encoding is an error that
 * says which encoding it looks like, instead of a site full of U+FFFD replacement signs.
 */

export type Decoded = { text: string } | { problem: { line: number; column: number; message: string } };

const HOW_TO_FIX =
  "Save it again as UTF-8: in Excel choose Save As › CSV UTF-8; in LibreOffice tick Edit filter settings and pick Unicode (UTF-8); in a text editor pick the UTF-8 encoding when saving";

/** Offset of the first byte that breaks UTF-8, or -1 when the bytes are valid UTF-8. */
function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const size =
      b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (size === 0) return i;
    for (let k = 1; k < size; k += 1) {
      const next = bytes[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return i;
    }
    i += size;
  }
  return -1;
}

/** Which encoding the bytes look like, phrased for a message. */
function guessEncoding(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "UTF-16 LE (with a byte-order mark)";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "UTF-16 BE (with a byte-order mark)";
  let evenNuls = 0;
  let oddNuls = 0;
  const sample = Math.min(bytes.length, 4096);
  for (let i = 0; i < sample; i += 1) {
    if (bytes[i] === 0) {
      if (i % 2 === 0) evenNuls += 1;
      else oddNuls += 1;
    }
  }
  if (oddNuls > sample / 8 && oddNuls > evenNuls * 4) return "UTF-16 LE (without a byte-order mark)";
  if (evenNuls > sample / 8 && evenNuls > oddNuls * 4) return "UTF-16 BE (without a byte-order mark)";
  return "Windows-1252 or Latin-1 (ISO-8859-1)";
}

/**
 * Decodes `bytes` with a fatal UTF-8 decoder. On failure the problem names the line and
 * column (counted in bytes up to the fault, as the file cannot be read as text), the
 * encoding the file looks like and how to save it as UTF-8. No raw byte is ever echoed.
 */
export function decodeUtf8(bytes: Uint8Array): Decoded {
  let at: number;
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    // UTF-16 text without a byte-order mark is valid UTF-8 with a NUL after every letter.
    const nul = text.indexOf("\u0000");
    if (nul === -1 || !guessEncoding(bytes).startsWith("UTF-16")) return { text };
    at = bytes.indexOf(0);
  } catch {
    at = Math.max(0, firstInvalidByte(bytes));
  }
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < at; i += 1) {
    if (bytes[i] === 0x0a) {
      line += 1;
      lineStart = i + 1;
    }
  }
  const byte = (bytes[at] ?? 0).toString(16).toUpperCase().padStart(2, "0");
  const looks = guessEncoding(bytes);
  // In Windows-1252 every byte is a character, so the message can say which letter it was.
  const letter =
    looks.startsWith("Windows") && (bytes[at] ?? 0) >= 0x80
      ? ` (probably “${new TextDecoder("windows-1252").decode(bytes.subarray(at, at + 1))}”)`
      : "";
  const what = byte === "00" ? "a NUL byte" : `byte 0x${byte}${letter} is not valid UTF-8`;
  return {
    problem: {
      line,
      column: at - lineStart + 1,
      message: `is not UTF-8 text (${what}); the file looks like ${looks}. ${HOW_TO_FIX}`,
    },
  };
}
