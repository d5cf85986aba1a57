/**
 * A file's UTF-8 bytes from its text in pieces. A download of every period is written a period at a time and
 * each piece is encoded as it comes, so the file never exists as one string: a string of several megabytes,
 * and the rows behind it, outlive the young generation and set the build's peak memory (scripts/bench/).
 */
export function utf8Bytes(pieces: Iterable<string>): Uint8Array<ArrayBuffer> {
  const encoder = new TextEncoder();
  const encoded: Uint8Array[] = [];
  let length = 0;
  for (const piece of pieces) {
    const bytes = encoder.encode(piece);
    encoded.push(bytes);
    length += bytes.byteLength;
  }
  const out = new Uint8Array(length);
  let offset = 0;
  for (const bytes of encoded) {
    out.set(bytes, offset);
    offset += bytes.byteLength;
  }
  return out;
}

/**
 * The same bytes as {@link utf8Bytes}, as a response body that encodes each piece when the reader asks for it:
 * the reader (Astro, writing the file) then holds the encoded pieces and one copy of the whole, where bytes made
 * beforehand were copied twice more on their way into the response.
 */
export function utf8Stream(pieces: Iterable<string>): ReadableStream<Uint8Array<ArrayBuffer>> {
  const encoder = new TextEncoder();
  const iterator = pieces[Symbol.iterator]();
  return new ReadableStream({
    pull(controller) {
      const next = iterator.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
  });
}
