/**
 * Each section's worldwide history: law enforcement's on the periods index, each other section's on its own page. The expected figures are summed here from the CSV files
 * themselves, read with a second CSV reader (csv-parse), never through the site's loader and never written down.
 */
import { copyFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { DomUtils, parseDocument } from "htmlparser2";
import { describe, expect, it } from "vitest";
import { loadDataset } from "../../../src/data/load.ts";
import { parsePeriodId, periodId, periodLabel } from "../../../src/data/period.ts";
import { effectiveSection, SECTIONS } from "../../../src/data/sections.ts";
import { sectionHistories, type SectionHistory } from "../../../src/payloads/history.ts";
import { toHtml } from "../../../src/render/tree.ts";
import { urls } from "../../../src/lib/urls.ts";
import { historyLinks, historyPages, sectionHistory, shareHistory } from "../../../src/views/history.ts";

const DATA = "data";
const dataset = loadDataset({ dataDir: DATA });
const histories = sectionHistories(dataset);

type Row = Record<string, string>;

/** A section's files as the publisher wrote them: period id → rows. */
function files(folder: string): Map<string, Row[]> {
  const dir = join(DATA, folder);
  return new Map(
    readdirSync(dir)
      .filter((f) => /^\d{4}-H[12]\.csv$/.test(f))
      .sort()
      .map((f) => [f.replace(".csv", ""), parse<Row>(readFileSync(join(dir, f)), { columns: true, bom: true })]),
  );
}

const sum = (rows: readonly Row[], column: string) => rows.reduce((n, r) => n + Number(r[column]), 0);
const count = (n: number) => n.toLocaleString("en-US");

/** (part / whole) as a percentage with two decimals, rounded half up, by exact integer arithmetic. */
function percent(part: number, whole: number): string {
  const bp = (BigInt(part) * 20000n + BigInt(whole)) / (2n * BigInt(whole));
  return `${bp / 100n}.${String(bp % 100n).padStart(2, "0")}%`;
}

function history(id: string): SectionHistory {
  const found = histories.find((h) => h.id === id);
  if (!found) throw new Error(`the sample data has no ${id} history`);
  return found;
}

/** The cells of one table row (by its data-period) as text, heading cell first. */
function rowCells(html: string, tableId: string, slug: string): string[] {
  const doc = parseDocument(html);
  const table = DomUtils.findOne((e) => e.attribs["id"] === tableId, doc.children);
  if (!table) throw new Error(`no table #${tableId}`);
  const row = DomUtils.findOne((e) => e.name === "tr" && e.attribs["data-period"] === slug, [table]);
  if (!row) throw new Error(`no row ${slug} in #${tableId}`);
  return DomUtils.findAll((e) => e.name === "td" || e.name === "th", row.children).map((c) =>
    DomUtils.textContent(c).replace(/\s*†/g, "").trim(),
  );
}

const slugOf = (id: string) => id.toLowerCase();

describe("every section's worldwide history", () => {
  it("has one history per section the sample data has, in registry order", () => {
    expect(histories.map((h) => h.id)).toEqual(SECTIONS.map((s) => s.id));
  });

  for (const section of SECTIONS.filter((s) => s.kind === "counts")) {
    it(`${section.id}: each period's worldwide figures are the sums of its file, shown in the table`, () => {
      const byPeriod = files(section.folder);
      const h = history(section.id);
      if (h.kind !== "counts") throw new Error("a counts section");
      // The span runs from the first file to the last: nothing before the section began.
      const ids = [...byPeriod.keys()];
      expect(periodId(h.points[0]!.period)).toBe(ids[0]);
      expect(periodId(h.points.at(-1)!.period)).toBe(ids.at(-1));
      const html = toHtml(section.id === "law-enforcement" ? shareHistory(h) : sectionHistory(h));
      for (const point of h.points) {
        const rows = byPeriod.get(periodId(point.period));
        if (!rows) {
          expect(point.totals).toBeNull();
          continue;
        }
        const requests = sum(rows, "requests");
        const disclosed = sum(rows, "content") + sum(rows, "non_content");
        expect(point.totals?.requests).toBe(requests);
        expect(point.totals?.content).toBe(sum(rows, "content"));
        expect(point.totals?.nonContent).toBe(sum(rows, "non_content"));
        expect(point.totals?.noData).toBe(sum(rows, "no_data"));
        expect(point.totals?.rejected).toBe(sum(rows, "rejected"));
        expect(point.totals?.countries).toBe(rows.length);
        // The share table: requests, some data disclosed, and the share.
        expect(rowCells(html, `${section.id}-share-table`, slugOf(periodId(point.period)))).toEqual([
          periodLabel(point.period),
          count(requests),
          count(disclosed),
          percent(disclosed, requests),
        ]);
        if (section.id !== "law-enforcement") {
          const cells = rowCells(html, `${section.id}-world-history-table`, slugOf(periodId(point.period)));
          expect(cells[1]).toBe(count(requests));
        }
      }
    });
  }

  it("the share chart's marks carry the share of each period, and its words the first and last", () => {
    const h = history("emergency");
    if (h.kind !== "counts") throw new Error("a counts section");
    const byPeriod = files("emergency");
    const html = toHtml(sectionHistory(h));
    const doc = parseDocument(html);
    const marks = DomUtils.findAll(
      (e) => e.attribs["data-share"] !== undefined && e.attribs["role"] === "graphics-symbol",
      doc.children,
    );
    expect(marks).toHaveLength(h.points.length);
    for (const mark of marks) {
      const rows = byPeriod.get(mark.attribs["data-period"]!.toUpperCase())!;
      const disclosed = sum(rows, "content") + sum(rows, "non_content");
      const requests = sum(rows, "requests");
      expect(mark.attribs["aria-label"]).toContain(`${percent(disclosed, requests)} of emergency requests`);
      expect(mark.attribs["aria-label"]).toContain(`${count(disclosed)} of ${count(requests)}`);
    }
  });

  it("a section that began later covers its own periods only, and its total says which", () => {
    const civil = files("civil");
    const h = history("civil");
    const first = [...civil.keys()][0]!;
    const last = [...civil.keys()].at(-1)!;
    const label = (id: string) => periodLabel(parsePeriodId(id)!);
    expect(h.points).toHaveLength(civil.size);
    expect(h.points.length).toBeLessThan(dataset.periods.length);
    const html = toHtml(sectionHistory(h));
    expect(html).toContain(`All ${civil.size} periods, ${label(first)} to ${label(last)} only`);
    // No period before the first file is in the chart or the table, not even as "not reported".
    expect(html).not.toContain(`data-period="${slugOf(periodId(dataset.periods[0]!.period))}"`);
  });

  it("national-security bands: each period's band per authority is its file's, as low–high, never a point", () => {
    const byPeriod = files("national-security");
    const h = history("national-security");
    if (h.kind !== "ranges") throw new Error("a ranges section");
    const html = toHtml(sectionHistory(h));
    expect(h.points).toHaveLength(byPeriod.size);
    // The periods after the section's latest file are not published yet, and said so.
    expect(h.later.length).toBeGreaterThan(0);
    expect(html).toContain(`Figures for ${periodLabel(h.later[0]!)}`);
    for (const point of h.points) {
      const rows = byPeriod.get(periodId(point.period))!;
      const cells = rowCells(html, "national-security-world-history-table", slugOf(periodId(point.period)));
      const expected = ["fisa_content", "fisa_non_content", "nsl"].flatMap((authority) => {
        const mine = rows.filter((r) => r["authority"] === authority);
        if (mine.length === 0) return ["No row"];
        const accounts = mine.every((r) => r["accounts_low"] !== "")
          ? `${count(sum(mine, "accounts_low"))}–${count(sum(mine, "accounts_high"))}`
          : "Not reported";
        return [`${count(sum(mine, "demands_low"))}–${count(sum(mine, "demands_high"))}`, accounts];
      });
      expect(cells).toEqual([periodLabel(point.period), ...expected]);
    }
    expect(html).toContain("never as one number, a midpoint or a sum of midpoints");
  });

  it("the overview and the periods index link to every section's history: law enforcement's on the index", () => {
    const headers = dataset.sections.map((s) => effectiveSection(dataset.site, s.id));
    const expected = [
      "/periods/#law-enforcement",
      "/periods/emergency/",
      "/periods/civil/",
      "/periods/national-security/",
    ];
    expect(SECTIONS.map((s) => urls.sectionHistory(s.id))).toEqual(expected);
    for (const links of [historyLinks(headers), historyPages(headers)]) {
      const doc = parseDocument(toHtml(links));
      const anchors = DomUtils.findAll((e) => e.name === "a", doc.children);
      expect(anchors.map((a) => [a.attribs["href"], DomUtils.textContent(a)])).toEqual(
        headers.map((s, i) => [expected[i], s.label]),
      );
    }
    // A section's page sits beside the period pages and can never take a period's address.
    for (const s of SECTIONS.slice(1)) {
      expect(dataset.periods.map((p) => urls.period(p.period))).not.toContain(urls.sectionHistory(s.id));
      expect(urls.sectionHistory(s.id)).not.toMatch(/^\/periods\/\d{4}-h[12]\/$/);
    }
  });

  it("with law enforcement only, no page lists the other sections' histories", () => {
    const law = [effectiveSection(dataset.site, "law-enforcement")];
    expect(historyLinks(law)).toBeNull();
    expect(historyPages(law)).toBeNull();
  });

  it("a section's own page: its h1 names the section, its parts are h2s, and no heading level is skipped", () => {
    for (const h of histories.slice(1)) {
      const doc = parseDocument(toHtml(sectionHistory(h)));
      const headings = DomUtils.findAll((e) => /^h[1-6]$/.test(e.name), doc.children);
      expect(headings[0]?.name).toBe("h1");
      expect(DomUtils.textContent(headings[0]!)).toBe(`${h.label} over time`);
      expect(headings.slice(1).length).toBeGreaterThan(0);
      for (const heading of headings.slice(1)) expect(heading.name).toBe("h2");
      // Still the section the period pages' links and the overview's name: its id is the section's.
      expect(DomUtils.findOne((e) => e.name === "section", doc.children)?.attribs["id"]).toBe(h.id);
    }
  });
});

describe("a gap inside a section's span", () => {
  // The all-sections fixture, with one more half-year and emergency's middle file taken away.
  const dir = mkdtempSync(join(tmpdir(), "history-gap-"));
  cpSync("tests/fixtures/sections/all-sections", dir, { recursive: true });
  copyFileSync(join(dir, "requests/2021-H1.csv"), join(dir, "requests/2021-H2.csv"));
  copyFileSync(join(dir, "emergency/2021-H1.csv"), join(dir, "emergency/2021-H2.csv"));
  rmSync(join(dir, "emergency/2021-H1.csv"));
  const gapped = loadDataset({ dataDir: dir, today: new Date("2026-11-24T00:00:00Z") });
  const emergency = sectionHistories(gapped).find((h) => h.id === "emergency")!;
  const civil = sectionHistories(gapped).find((h) => h.id === "civil")!;

  it("is not reported, never 0: no totals, no share, a dashed mark and words in the table", () => {
    expect(emergency.points.map((p) => [periodId(p.period), "totals" in p && p.totals !== null])).toEqual([
      ["2020-H2", true],
      ["2021-H1", false],
      ["2021-H2", true],
    ]);
    const html = toHtml(sectionHistory(emergency));
    expect(html).toContain(`Not reported for ${periodLabel({ year: 2021, half: 1 })}, inside that span`);
    expect(rowCells(html, "emergency-share-table", "2021-h1")).toEqual([
      periodLabel({ year: 2021, half: 1 }),
      "Not reported for this period",
    ]);
    const doc = parseDocument(html);
    const plot = DomUtils.findOne((e) => e.attribs["aria-labelledby"] === "emergency-share-trend-title", doc.children);
    const mark = DomUtils.findOne((e) => e.attribs["data-period"] === "2021-h1", plot ? [plot] : []);
    expect(mark?.attribs["aria-label"]).toContain("not in this period's report");
    expect(DomUtils.findOne((e) => e.attribs["class"] === "none-mark", mark ? [mark] : [])).not.toBeNull();
    expect(html).toContain("1 of 3 periods were not reported");
  });

  it("a section with one file covers that period only, and the periods around it are not gaps", () => {
    expect(civil.points.map((p) => periodId(p.period))).toEqual(["2021-H1"]);
    const html = toHtml(sectionHistory(civil));
    expect(html).toContain(
      `All 1 period, ${periodLabel({ year: 2021, half: 1 })} to ${periodLabel({ year: 2021, half: 1 })} only`,
    );
    expect(html).not.toContain("Not reported for");
  });
});
