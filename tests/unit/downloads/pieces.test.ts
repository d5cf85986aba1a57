/**
 * The files of every period are written a period at a time (csvPieces, jsonPieces, utf8Bytes): the pieces must
 * make exactly the bytes that one pass over every row makes, or the downloads would change with the batching.
 */
import { describe, expect, it } from "vitest";
import type { DownloadColumn } from "../../../src/downloads/columns.ts";
import { csvPieces, toCsv } from "../../../src/downloads/csv.ts";
import { jsonPieces } from "../../../src/downloads/json.ts";
import type { DownloadRecord } from "../../../src/downloads/records.ts";
import { utf8Bytes, utf8Stream } from "../../../src/downloads/utf8.ts";

const COLUMNS: DownloadColumn[] = ["period", "country", "requests", "share"].map((name) => ({
  name,
  title: name,
  description: name,
  type: name === "requests" ? "integer" : "string",
}));

const BATCHES: DownloadRecord[][] = [
  [
    { period: "2024-H1", country: "Côte d'Ivoire", requests: 12, share: { basisPoints: 534 } },
    { period: "2024-H1", country: "=HYPERLINK(1)", requests: null, share: null },
  ],
  [],
  [{ period: "2024-H2", country: 'Name, with "quotes"', requests: 0, share: { basisPoints: 10_000 } }],
];

const joined = (pieces: Iterable<string>) => [...pieces].join("");

describe("a file written a period at a time", () => {
  it("is the CSV of every row at once: one header, the rows in order, a line end after the last", () => {
    const csv = joined(csvPieces(COLUMNS, BATCHES));
    expect(csv).toBe(toCsv(COLUMNS, BATCHES.flat()));
    expect(csv).toBe(
      "\uFEFFperiod,country,requests,share\r\n" +
        "2024-H1,Côte d'Ivoire,12,5.34\r\n" +
        '2024-H1,"\'=HYPERLINK(1)",,\r\n' +
        '2024-H2,"Name, with ""quotes""",0,100.00\r\n',
    );
  });

  it("has only a header when no batch has a row", () => {
    expect(joined(csvPieces(COLUMNS, [[], []]))).toBe(toCsv(COLUMNS, []));
    expect(toCsv(COLUMNS, [])).toBe("\uFEFFperiod,country,requests,share\r\n");
  });

  it("is the JSON array of every row, one per line, blanks as null and shares as numbers", () => {
    const json = joined(jsonPieces(COLUMNS, BATCHES));
    expect(json.split("\n")).toHaveLength(3 + 3);
    expect(JSON.parse(json)).toEqual([
      { period: "2024-H1", country: "Côte d'Ivoire", requests: 12, share: 5.34 },
      { period: "2024-H1", country: "=HYPERLINK(1)", requests: null, share: null },
      { period: "2024-H2", country: 'Name, with "quotes"', requests: 0, share: 100 },
    ]);
    expect(joined(jsonPieces(COLUMNS, [[], []]))).toBe("[]\n");
  });

  it("encodes to the UTF-8 of the whole text, the byte-order mark and accents included", () => {
    const pieces = [...csvPieces(COLUMNS, BATCHES)];
    expect(utf8Bytes(pieces)).toEqual(new TextEncoder().encode(pieces.join("")));
    expect([...utf8Bytes(["\uFEFFô"])]).toEqual([0xef, 0xbb, 0xbf, 0xc3, 0xb4]);
    expect(utf8Bytes([])).toEqual(new Uint8Array(0));
  });

  it("streams the same bytes, encoding a piece only when the reader asks for the next", async () => {
    const made: number[] = [];
    function* counted() {
      for (const [i, piece] of [...csvPieces(COLUMNS, BATCHES)].entries()) {
        made.push(i);
        yield piece;
      }
    }
    const reader = utf8Stream(counted()).getReader();
    const first = await reader.read();
    expect(new TextDecoder("utf-8", { ignoreBOM: true }).decode(first.value)).toBe("\uFEFF");
    // The stream may ask for one piece ahead to fill its queue, never for the whole file.
    expect(made.length).toBeLessThanOrEqual(2);
    reader.releaseLock();
    const whole = new Uint8Array(await new Response(utf8Stream(csvPieces(COLUMNS, BATCHES))).arrayBuffer());
    expect(whole).toEqual(utf8Bytes(csvPieces(COLUMNS, BATCHES)));
  });
});
