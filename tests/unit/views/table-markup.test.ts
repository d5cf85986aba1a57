/**
 * The country tables are most of the overview's and a period page's HTML (200 rows with the bench data), so the
 * markup per row is held to a budget; and since the figure cells dropped their `data-sort-value`, the number
 * `<sortable-table>` reads from each cell's text must be the row's own figure.
 */
import { describe, expect, it } from "vitest";
import { periodTotals } from "../../../src/data/aggregate.ts";
import { loadDataset } from "../../../src/data/load.ts";
import { shownFigure, shownShare } from "../../../src/client/sort-values.ts";
import { formatShare } from "../../../src/data/format.ts";
import { toHtml } from "../../../src/render/tree.ts";
import { countryTable } from "../../../src/views/tables.ts";

const dataset = loadDataset({ dataDir: "data" });
const latest = dataset.periods.at(-1)!;
const html = toHtml(countryTable(latest.rows, latest.period, periodTotals(latest)));
const rows = [...html.matchAll(/<tr data-country="([A-Z]{2})">(.*?)<\/tr>/g)].map((m) => ({
  code: m[1]!,
  /** What the row heading shows first (its link's text), which the name column sorts by. */
  name: /^<th scope="row"><a href="[^"]+"><bdi>([^<]*)<\/bdi><\/a>/.exec(m[2]!)?.[1],
  cells: [...m[2]!.matchAll(/<td([^>]*)>([^<]*)/g)].map((c) => ({ attrs: c[1]!, text: c[2]! })),
}));

/** Text as the browser reads it from the markup (toHtml escapes these five). */
function unescape(text: string): string {
  const entities: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'" };
  return text.replace(/&(amp|lt|gt|quot|#39);/g, (e) => entities[e] ?? e);
}

/** Bytes of markup per body row, names and links included: 248 with the sample data, 527 before the cells were slimmed. */
const BUDGET_BYTES_PER_ROW = 300;

describe("a country table's rows", () => {
  it("are one per country of the period, each with six figure cells", () => {
    expect(rows.map((r) => r.code).sort()).toEqual(latest.rows.map((r) => r.countryCode).sort());
    for (const row of rows) expect(row.cells).toHaveLength(6);
  });

  it(`take at most ${BUDGET_BYTES_PER_ROW} bytes each`, () => {
    const body = /<tbody>(.*)<\/tbody>/s.exec(html)?.[1] ?? "";
    expect(body.length).toBeGreaterThan(0);
    expect(body.length / rows.length).toBeLessThanOrEqual(BUDGET_BYTES_PER_ROW);
  });

  it("show the figures that sorting reads back, with a sort value only where the cell shows words", () => {
    for (const { code, name, cells } of rows) {
      const data = latest.rows.find((r) => r.countryCode === code)!;
      const figures = [data.requests, data.accounts, data.content, data.nonContent, data.noData, data.rejected];
      expect(cells.map((c) => shownFigure(c.text))).toEqual(figures);
      expect(unescape(name ?? "")).toBe(data.country);
      expect(cells.map((c) => c.attrs)).toEqual(figures.map((f) => (f === null ? ' data-sort-value="-1"' : "")));
    }
    // The sample data has countries that did not report accounts, so the words case is exercised.
    expect(latest.rows.some((r) => r.accounts === null)).toBe(true);
  });
});

describe("shownFigure", () => {
  it("reads figures as formatCount writes them, and nothing else", () => {
    expect(shownFigure("2,639")).toBe(2639);
    expect(shownFigure(" 1,234,567 ")).toBe(1234567);
    expect(shownFigure("0")).toBe(0);
    expect(shownFigure("not reported")).toBeNull();
    expect(shownFigure("")).toBeNull();
    expect(shownFigure("12 3.90%")).toBeNull();
  });
});

describe("shownShare", () => {
  it("reads the share an outcome cell shows after its count, as formatShare writes it", () => {
    expect(shownShare(` ${formatShare(534)}`)).toBe(5.34);
    expect(shownShare(formatShare(10000))).toBe(100);
    expect(shownShare(` ${formatShare(null)}`)).toBeNull();
    expect(shownShare("")).toBeNull();
  });

  it("finds a share in every outcome cell of the country table", () => {
    const spans = [...html.matchAll(/<td>[^<]*<span> ([^<]*)<\/span>/g)].map((m) => shownShare(m[1]!));
    expect(spans.length).toBe(rows.length * 4 + 4);
    // Only a row of 0 requests has no share ("–"), which sorts last.
    const zero = latest.rows.filter((r) => r.requests === 0).length;
    expect(spans.filter((s) => s === null)).toHaveLength(zero * 4);
  });
});
