import ExcelJS from "exceljs";
import { describe, expect, it, vi } from "vitest";
import { basisPoints } from "../../../src/data/aggregate.ts";
import { downloads } from "../../../src/downloads/catalogue.ts";
import { buildWorkbook } from "../../../src/downloads/xlsx/workbook.ts";
import { datasetOf } from "../../../src/data/dataset.ts";
import { periodId } from "../../../src/data/period.ts";
import { findSection, sectionPeriod } from "../../../src/data/sections-aggregate.ts";
import { BAND_HEADER, fixtureDataset, requestsOnly, sampleDataset } from "./helpers.ts";

/** The sheets of a workbook whose data has every section. */
const EVERY_SECTION_SHEET = ["Law enforcement", "Emergency", "Civil", "National security", "Notes"];

async function read(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  // exceljs types its input as its own Buffer interface (an ArrayBuffer); a fresh copy is exactly that.
  await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  return workbook;
}

/** A cell value as text for messages and lookups; the workbooks hold only text, numbers and blanks. */
function text(value: ExcelJS.CellValue): string {
  return typeof value === "string" || typeof value === "number" ? String(value) : "";
}

/** Column values by header name for a data row. */
function rowByHeader(sheet: ExcelJS.Worksheet, rowNumber: number): Record<string, ExcelJS.CellValue> {
  const record: Record<string, ExcelJS.CellValue> = {};
  sheet.getRow(1).eachCell((cell, column) => {
    record[text(cell.value)] = sheet.getRow(rowNumber).getCell(column).value;
  });
  return record;
}

/** The site's order of a period's countries: most requests first, then by name. */
function siteOrder<Row extends { requests: number; country: string }>(rows: readonly Row[]): Row[] {
  return [...rows].sort((a, b) => b.requests - a.requests || a.country.localeCompare(b.country, "en"));
}

/** Rows of figures plus a blank row and `totals` rows under them. */
function rowsWithTotals(figures: number, totals: number): number {
  return 1 + figures + 1 + totals;
}

describe("XLSX downloads", { timeout: 60_000 }, () => {
  const dataset = sampleDataset();
  const latest = dataset.periods.at(-1)!;

  it("stores a period's figures as numbers, blanks as blanks, under a frozen header", async () => {
    const workbook = await read(await buildWorkbook(dataset, { kind: "period", data: latest }));
    // The sample's latest period has law enforcement, emergency and civil files, and no national-security one.
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Law enforcement", "Emergency", "Civil", "Notes"]);
    const sheet = workbook.getWorksheet("Law enforcement")!;
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.rowCount).toBe(rowsWithTotals(latest.rows.length, 1));
    const germany = latest.rows.find((r) => r.countryCode === "DE")!;
    const line = siteOrder(latest.rows).indexOf(germany) + 2;
    const cells = rowByHeader(sheet, line);
    // The sheet has other sections beside it, so it starts with a section column as they do.
    expect(sheet.getRow(1).getCell(1).value).toBe("section");
    expect(cells).toMatchObject({
      section: "law-enforcement",
      country_code: "DE",
      country: "Germany",
      requests: germany.requests,
      accounts: germany.accounts,
      content: germany.content,
      rejected: germany.rejected,
    });
    expect(typeof cells["requests"]).toBe("number");
    expect(cells["content_percent"]).toBe(basisPoints(germany.content, germany.requests)! / 100);
    expect(sheet.getRow(line).getCell(11).numFmt).toBe("0.00");
  });

  it("lists the rows in the site's order, with the totals the site shows under them", async () => {
    const sheet = (await read(await buildWorkbook(dataset, { kind: "period", data: latest }))).worksheets[0]!;
    const codes = latest.rows.map((_, i) => rowByHeader(sheet, i + 2)["country_code"]);
    expect(codes).toEqual(siteOrder(latest.rows).map((r) => r.countryCode));
    expect(codes.slice(0, 2)).toEqual(["US", "DE"]);
    // A blank row, then the totals: the sums of the rows, accounts over those that reported them.
    expect(rowByHeader(sheet, latest.rows.length + 2)["country_code"]).toBeNull();
    const totals = rowByHeader(sheet, latest.rows.length + 3);
    const sum = (f: (r: (typeof latest.rows)[number]) => number | null) =>
      latest.rows.reduce((n, r) => n + (f(r) ?? 0), 0);
    expect(totals).toMatchObject({
      section: "law-enforcement",
      country: `All ${latest.rows.length} countries`,
      requests: sum((r) => r.requests),
      accounts: sum((r) => r.accounts),
      rejected: sum((r) => r.rejected),
      rejected_percent:
        basisPoints(
          sum((r) => r.rejected),
          sum((r) => r.requests),
        )! / 100,
    });
    expect(sheet.getRow(latest.rows.length + 3).font.bold).toBe(true);
  });

  it("keeps a not-reported accounts figure blank, never 0", async () => {
    const blank = dataset.periods
      .flatMap((p) => p.rows.map((row) => ({ p, row })))
      .find(({ row }) => row.accounts === null);
    expect(blank, "the sample data has a country without an accounts figure").toBeDefined();
    const { p, row } = blank!;
    const sheet = (await read(await buildWorkbook(dataset, { kind: "period", data: p }))).worksheets[0]!;
    const cells = rowByHeader(sheet, siteOrder(p.rows).indexOf(row) + 2);
    expect(cells["country_code"]).toBe(row.countryCode);
    expect(cells["accounts"]).toBeNull();
  });

  it("holds every row of every period, with the period in front", async () => {
    const sheet = (await read(await downloads(dataset).allPeriodsXlsx.bytes())).worksheets[0]!;
    const total = dataset.periods.reduce((n, p) => n + p.rows.length, 0);
    // A totals row per period under the rows.
    expect(sheet.rowCount).toBe(rowsWithTotals(total, dataset.periods.length));
    const first = dataset.periods[0]!;
    expect(rowByHeader(sheet, 2)).toMatchObject({
      period: "2013-H1",
      country_code: siteOrder(first.rows)[0]!.countryCode,
      requests: siteOrder(first.rows)[0]!.requests,
    });
    expect(rowByHeader(sheet, total + 3)).toMatchObject({
      period: "2013-H1",
      requests: first.rows.reduce((n, r) => n + r.requests, 0),
    });
  });

  it("has a notes sheet with definitions, the release date and the corrections", async () => {
    const notes = (await read(await buildWorkbook(dataset, { kind: "period", data: latest }))).getWorksheet("Notes")!;
    const lines: string[] = [];
    notes.eachRow((row) => {
      const cells: string[] = [];
      row.eachCell((cell) => cells.push(text(cell.value)));
      lines.push(cells.join(" | "));
    });
    const all = lines.join("\n");
    expect(all).toContain("rejected | integer");
    expect(all).toContain("2026-H1 | 2026-08-07");
    expect(all).toContain("2026-09-12 | 2026-H1 | BR | Rejected requests were first published as 371");
    // Only this period's release and corrections.
    expect(all).not.toContain("2025-H2");
  });

  it("keeps formula-like names as text cells, never formulas", async () => {
    const injected = fixtureDataset("tests/fixtures/downloads/injection");
    const bytes = await buildWorkbook(injected, { kind: "period", data: injected.periods[0]! });
    const sheet = (await read(bytes)).worksheets[0]!;
    const names = injected.periods[0]!.rows.map((_, i) => sheet.getRow(i + 2).getCell(2));
    expect(names.map((c) => c.value)).toEqual(siteOrder(injected.periods[0]!.rows).map((r) => r.country));
    for (const cell of names) expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(Buffer.from(bytes).includes("<f>")).toBe(false);
  });

  it("keeps formula-like names in every section's sheet as text cells, never formulas", async () => {
    const injected = fixtureDataset("tests/fixtures/downloads/injection");
    const data = injected.periods[0]!;
    const withSections = datasetOf(injected.site, injected.periods, [
      { id: "civil", kind: "counts", periods: [data] },
      {
        id: "national-security",
        kind: "ranges",
        periods: [
          {
            period: data.period,
            source: "synthetic.csv",
            rows: data.rows.map((r, i) => ({
              countryCode: r.countryCode,
              country: r.country,
              authority: "nsl" as const,
              bandWidth: 250,
              demands: { low: 0, high: 249 },
              accounts: { low: 250, high: 499 },
              line: i + 2,
            })),
          },
        ],
      },
    ]);
    const bytes = await buildWorkbook(withSections, { kind: "period", data });
    const workbook = await read(bytes);
    for (const [name, order] of [
      ["Civil", siteOrder(data.rows)],
      // Bands by country name (one authority each here).
      ["National security", [...data.rows].sort((a, b) => a.country.localeCompare(b.country, "en"))],
    ] as const) {
      const sheet = workbook.getWorksheet(name)!;
      const names = data.rows.map((_, i) => rowByHeader(sheet, i + 2)["country"]);
      expect(names).toEqual(order.map((r) => r.country));
      sheet.getColumn(3).eachCell((cell) => {
        expect(cell.type).toBe(ExcelJS.ValueType.String);
      });
    }
    expect(Buffer.from(bytes).includes("<f>")).toBe(false);
  });

  it("is identical byte for byte when written at different times", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      vi.setSystemTime(new Date("2026-01-01T03:04:05Z"));
      const first = await buildWorkbook(dataset, { kind: "all" });
      vi.setSystemTime(new Date("2031-07-09T21:59:58Z"));
      const second = await buildWorkbook(dataset, { kind: "all" });
      expect(Buffer.compare(Buffer.from(first), Buffer.from(second))).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it("has one sheet per section of the period, with each section's real figures and bands as low/high numbers", async () => {
    const period = { year: 2020, half: 2 } as const;
    const data = dataset.periods.find((p) => periodId(p.period) === periodId(period))!;
    const workbook = await read(await buildWorkbook(dataset, { kind: "period", data }));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(EVERY_SECTION_SHEET);
    for (const [id, name] of [
      ["emergency", "Emergency"],
      ["civil", "Civil"],
    ] as const) {
      const rows = siteOrder(sectionPeriod(findSection(dataset, id)!, period)!.rows);
      const sheet = workbook.getWorksheet(name)!;
      expect(sheet.rowCount).toBe(rowsWithTotals(rows.length, 1));
      rows.forEach((row, i) => {
        expect(rowByHeader(sheet, i + 2)).toMatchObject({
          section: id,
          country_code: row.countryCode,
          requests: row.requests,
          accounts: row.accounts,
          content: row.content,
          non_content: row.nonContent,
          rejected: row.rejected,
        });
      });
    }
    // US only, in the registry's order of authorities; never a totals row.
    const bands = sectionPeriod(findSection(dataset, "national-security")!, period)!.rows;
    const sheet = workbook.getWorksheet("National security")!;
    expect(sheet.getRow(1).values).toEqual([undefined, "section", ...BAND_HEADER]);
    expect(sheet.rowCount).toBe(bands.length + 1);
    expect(bands.map((b) => b.authority)).toEqual(["fisa_content", "fisa_non_content", "nsl"]);
    bands.forEach((row, i) => {
      const cells = rowByHeader(sheet, i + 2);
      expect(cells).toMatchObject({
        section: "national-security",
        authority: row.authority,
        band_width: row.bandWidth,
        demands_low: row.demands.low,
        demands_high: row.demands.high,
        accounts_low: row.accounts?.low ?? null,
        accounts_high: row.accounts?.high ?? null,
      });
      // Never a point figure.
      expect(cells["demands_high"] as number).toBeGreaterThan(cells["demands_low"] as number);
    });
    const notes: string[] = [];
    workbook.getWorksheet("Notes")!.eachRow((row) => notes.push(text(row.getCell(1).value)));
    expect(notes).toEqual(expect.arrayContaining(["section", "authority", "demands_low", "accounts_high"]));
  });

  it("has every section over every period in the full workbook", async () => {
    const workbook = await read(await downloads(dataset).allPeriodsXlsx.bytes());
    expect(workbook.worksheets.map((s) => s.name)).toEqual(EVERY_SECTION_SHEET);
    const civil = findSection(dataset, "civil")!;
    const sheet = workbook.getWorksheet("Civil")!;
    expect(sheet.rowCount).toBe(
      rowsWithTotals(
        civil.periods.reduce((n, p) => n + p.rows.length, 0),
        civil.periods.length,
      ),
    );
    const first = civil.periods[0]!;
    expect(rowByHeader(sheet, 2)).toMatchObject({
      section: "civil",
      period: periodId(first.period),
      country_code: siteOrder(first.rows)[0]!.countryCode,
      requests: siteOrder(first.rows)[0]!.requests,
    });
  });

  it("keeps a requests-only workbook to the law-enforcement sheet and the notes", async () => {
    const only = requestsOnly(dataset);
    const data = only.periods.at(-1)!;
    const workbook = await read(await buildWorkbook(only, { kind: "period", data }));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Law enforcement", "Notes"]);
    const notes: string[] = [];
    workbook.getWorksheet("Notes")!.eachRow((row) => notes.push(text(row.getCell(1).value)));
    expect(notes).not.toContain("section");
    // Without other sections, the law-enforcement sheet has the CSV's columns alone.
    expect(workbook.getWorksheet("Law enforcement")!.getRow(1).getCell(1).value).toBe("country_code");
  });
});
