/**
 * A described report's workbook, PDF and datapackage.json, read back and checked against the fixture's own CSV
 * files (read here with csv-parse, not through the model), so a wrong figure, a blank turned into 0 or a
 * missing note fails.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { validate } from "datapackage";
import ExcelJS from "exceljs";
import { describe, expect, it, vi } from "vitest";
import { checkReportDir, type ReportData } from "../../../src/data/report/load-report.ts";
import { parseReportPeriodId, type ReportPeriod } from "../../../src/data/report/report-period.ts";
import { reportDataPackage } from "../../../src/downloads/report-model/datapackage.ts";
import { periodFigures } from "../../../src/downloads/report-model/figures.ts";
import { reportPeriodFileLinks } from "../../../src/downloads/report-model/period-files.ts";
import { buildReportPdf } from "../../../src/downloads/report-model/pdf.ts";
import { buildReportWorkbook } from "../../../src/downloads/report-model/workbook.ts";
import { type ReportDownload, reportDownloads } from "../../../src/downloads/report-model.ts";
import { compact, readPdf } from "../downloads/helpers.ts";

const DATA = "tests/fixtures/report/valid";
const TODAY = new Date("2026-11-24T00:00:00Z");

function report(): ReportData {
  const checked = checkReportDir({ dataDir: DATA, today: TODAY });
  if (!checked.report) throw new Error("the fixture did not load");
  return checked.report;
}

function period(id: string): ReportPeriod {
  const p = parseReportPeriodId(id);
  if (!p) throw new Error(id);
  return p;
}

/** A download's text, its byte-order mark kept. */
function textOf(file: ReportDownload): string {
  return [...file.pieces()].join("");
}

/** A fixture file's rows, as written. */
function csvRows(path: string): Record<string, string>[] {
  return parse<Record<string, string>>(readFileSync(`${DATA}/${path}`, "utf8"), { columns: true });
}

async function workbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(new Uint8Array(bytes).buffer);
  return book;
}

/** A sheet's rows as objects keyed by the header row; rows after the first blank row are left out. */
function sheetRows(sheet: ExcelJS.Worksheet): { values: Record<string, ExcelJS.CellValue>; row: ExcelJS.Row }[] {
  const headers = (sheet.getRow(1).values as ExcelJS.CellValue[]).slice(1).map(String);
  const out: { values: Record<string, ExcelJS.CellValue>; row: ExcelJS.Row }[] = [];
  for (let n = 2; n <= sheet.rowCount; n++) {
    const row = sheet.getRow(n);
    if (row.cellCount === 0) break;
    out.push({ values: Object.fromEntries(headers.map((h, i) => [h, row.getCell(i + 1).value])), row });
  }
  return out;
}

/** The row whose first cell is `label` (the sum, the stated total), as values by header. */
function labelled(sheet: ExcelJS.Worksheet, label: string): Record<string, ExcelJS.CellValue> | undefined {
  const headers = (sheet.getRow(1).values as ExcelJS.CellValue[]).slice(1).map(String);
  for (let n = 2; n <= sheet.rowCount; n++) {
    const row = sheet.getRow(n);
    if (row.getCell(1).value === label) return Object.fromEntries(headers.map((h, i) => [h, row.getCell(i + 1).value]));
  }
  return undefined;
}

/** Every text in column A of a sheet: where the notes are. */
function columnA(sheet: ExcelJS.Worksheet): string[] {
  const out: string[] = [];
  sheet.eachRow((row) => {
    const value = row.getCell(1).value;
    out.push(typeof value === "string" ? value : "");
  });
  return out;
}

const PROCESS_LABELS: Record<string, string> = {
  subpoena: "Subpoenas",
  "search-warrant": "Search warrants",
  preservation: "Preservation requests (not in totals)",
  all: "All processes",
};

/** A CSV cell as the workbook must hold it: empty stays empty (null), never 0. */
const figure = (cell: string | undefined) => (cell === undefined || cell === "" ? null : Number(cell));

describe("a described report's workbook", { timeout: 60_000 }, () => {
  it("has a sheet per section the period has, then About", async () => {
    const year = await workbook(await buildReportWorkbook(report(), period("2022")));
    expect(year.worksheets.map((s) => s.name)).toEqual(["Law enforcement", "National security", "About"]);
    const half = await workbook(await buildReportWorkbook(report(), period("2023-H1")));
    expect(half.worksheets.map((s) => s.name)).toEqual(["Law enforcement", "Civil", "National security", "About"]);
  });

  it("holds every row of the file as published, per process, with blanks left empty and percentages as written", async () => {
    for (const id of ["2022", "2023-H1"]) {
      const book = await workbook(await buildReportWorkbook(report(), period(id)));
      const sheet = book.getWorksheet("Law enforcement")!;
      const rows = sheetRows(sheet);
      const published = csvRows(`requests/${id}.csv`).filter((r) => r["country_code"] !== "total");
      expect(rows).toHaveLength(published.length);
      for (const csv of published) {
        const found = rows.find(
          (r) =>
            r.values["Code"] === csv["country_code"] && r.values["Legal process"] === PROCESS_LABELS[csv["process"]!],
        );
        expect(found, `${id} ${csv["country_code"]} ${csv["process"]}`).toBeDefined();
        const v = found!.values;
        expect(v["Requests"]).toBe(figure(csv["requests"]));
        expect(v["Accounts"]).toBe(figure(csv["accounts"]));
        expect(v["Users notified"]).toBe(figure(csv["notified"]));
        const percent = csv["some_data_percent"] ?? "";
        const cell = found!.row.getCell(7);
        if (percent === "") expect(cell.value).toBeNull();
        else {
          expect(cell.value).toBe(Number(percent));
          // Shown with exactly the publisher's decimals: "80.5" as 80.5, "83" as 83.
          const decimals = percent.split(".")[1]?.length ?? 0;
          expect(cell.numFmt).toBe(decimals === 0 ? "0" : `0.${"0".repeat(decimals)}`);
        }
      }
    }
  });

  it("puts the publisher's stated total beside the sum of the rows, with a note naming the difference", async () => {
    const sheet = (await workbook(await buildReportWorkbook(report(), period("2022")))).getWorksheet(
      "Law enforcement",
    )!;
    const rows = csvRows("requests/2022.csv");
    // The sum leaves out the stated total and preservation requests (not in totals).
    const sum = rows
      .filter((r) => r["country_code"] !== "total" && r["process"] !== "preservation")
      .reduce((a, r) => a + Number(r["requests"]), 0);
    const stated = Number(rows.find((r) => r["country_code"] === "total")!["requests"]);
    expect([sum, stated]).toEqual([478, 470]);
    expect(labelled(sheet, "Sum of the rows")?.["Requests"]).toBe(sum);
    expect(labelled(sheet, "Total stated by the publisher")?.["Requests"]).toBe(stated);
    // A total that a blank leaves incomplete is an empty cell, not the sum of the others.
    expect(labelled(sheet, "Sum of the rows")?.["Accounts"]).toBeNull();
    expect(columnA(sheet)).toContain(
      "The publisher states a total of 470 for requests, but its rows add up to 478 (a difference of 8). Both are shown as published; neither has been corrected.",
    );
  });

  it("never adds an all row to its process rows", async () => {
    const sheet = (await workbook(await buildReportWorkbook(report(), period("2023-H1")))).getWorksheet(
      "Law enforcement",
    )!;
    // US gives an all row (220) and process rows (150 + 70): the US counts once, as 220; France adds 12.
    expect(labelled(sheet, "Sum of the rows")?.["Requests"]).toBe(220 + 12);
  });

  it("labels outcomes counted per account as such, and keeps an unreported outcome blank", async () => {
    const sheet = (await workbook(await buildReportWorkbook(report(), period("2023-H1")))).getWorksheet("Civil")!;
    const headers = (sheet.getRow(1).values as ExcelJS.CellValue[]).slice(1);
    expect(headers).toEqual([
      "Country or place",
      "Code",
      "Requests",
      "Accounts",
      "Content disclosed (accounts)",
      "Only non-content data disclosed (accounts)",
      "No data found (accounts)",
      "Rejected (accounts)",
    ]);
    const csv = csvRows("civil/2023-H1.csv");
    const rows = sheetRows(sheet);
    for (const r of csv) {
      const v = rows.find((x) => x.values["Code"] === r["country_code"])!.values;
      expect(v["Content disclosed (accounts)"]).toBe(figure(r["content"]));
      expect(v["Rejected (accounts)"]).toBe(figure(r["rejected"]));
    }
    expect(rows.find((x) => x.values["Code"] === "FR")!.values["Content disclosed (accounts)"]).toBeNull();
    expect(labelled(sheet, "Sum of the rows")?.["Content disclosed (accounts)"]).toBeNull();
    expect(labelled(sheet, "Sum of the rows")?.["Requests"]).toBe(12);
  });

  it("gives a band's bounds as numbers, the stated minimum as the low bound", async () => {
    const sheet = (await workbook(await buildReportWorkbook(report(), period("2022")))).getWorksheet(
      "National security",
    )!;
    const nsl = sheetRows(sheet).find((r) => r.values["Authority"] === "National Security Letters")!.values;
    expect([nsl["Demands, low"], nsl["Demands, high"], nsl["Accounts, low"], nsl["Accounts, high"]]).toEqual([
      2, 499, 1500, 1999,
    ]);
    const fisa = sheetRows(sheet).find((r) => r.values["Authority"] === "FISA orders")!.values;
    expect(fisa["Accounts, low"]).toBeNull();
  });

  it("writes a name that looks like a formula as text, never as a formula", async () => {
    const base = report();
    const file = base.sections[0]!.periods[1]!;
    const evil = '=HYPERLINK("https://evil.example","x")';
    const changed = {
      ...base,
      sections: [
        {
          ...base.sections[0]!,
          periods: [base.sections[0]!.periods[0]!, { ...file, rows: file.rows.map((r) => ({ ...r, name: evil })) }],
        },
        ...base.sections.slice(1),
      ],
    } as ReportData;
    const book = await workbook(await buildReportWorkbook(changed, period("2023-H1")));
    const cell = book.getWorksheet("Law enforcement")!.getRow(2).getCell(1);
    expect(cell.value).toBe(evil);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.formula).toBeUndefined();
  });

  it("is the same byte for byte whatever the clock says", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      vi.setSystemTime(new Date("2030-01-01T12:34:56Z"));
      const first = await buildReportWorkbook(report(), period("2023-H1"));
      vi.setSystemTime(new Date("2031-07-09T01:02:03Z"));
      const second = await buildReportWorkbook(report(), period("2023-H1"));
      expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
      const pdfA = await buildReportPdf(report(), period("2022"));
      vi.setSystemTime(new Date("2032-03-03T00:00:00Z"));
      expect((await buildReportPdf(report(), period("2022"))).equals(pdfA)).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe("a described report's PDF", { timeout: 60_000 }, () => {
  it("prints each place's own figure, each process's sum, blanks as not reported, and the stated total beside the sum", async () => {
    const pdf = await readPdf(await buildReportPdf(report(), period("2022")));
    const text = pdf.compact;
    // The fixture's 2022 rows: the United States' subpoenas (300, 420, 12) and search warrants (120, 200, blank)
    // count in totals; its preservation requests (90, 150) do not. Germany and cross-border give one row each.
    const rows = csvRows("requests/2022.csv");
    const us = rows.filter((r) => r["country_code"] === "US" && r["process"] !== "preservation");
    const usRequests = us.reduce((n, r) => n + Number(r["requests"]), 0);
    const usAccounts = us.reduce((n, r) => n + Number(r["accounts"]), 0);
    expect([usRequests, usAccounts]).toEqual([420, 620]);
    expect(text).toContain(compact(`United States ${String(usRequests)} ${String(usAccounts)} not reported`));
    expect(text).toContain(compact("Germany 40 55 not reported"));
    expect(text).toContain(compact("Cross-border requests 18 not reported not reported"));
    expect(text).toContain(compact("Sum of the rows 478 no complete figure no complete figure"));
    expect(text).toContain(compact("Total stated by the publisher 470"));
    expect(text).toContain(compact("but its rows add up to 478 (a difference of 8)"));
    // Each process's worldwide figure, then the rows for every process together, which have none.
    expect(text).toContain(compact("Subpoenas 1 300 420 12"));
    expect(text).toContain(compact("Search warrants 1 120 200 no complete figure"));
    expect(text).toContain(compact("Preservation requests (not in totals) 1 90 150 no complete figure"));
    expect(text).toContain(compact("All processes 2 – – –"));
    expect(text).toContain(compact("2 places gave only such a row, so the process sums do not include them."));
    // A process row's published percentage is never combined into a place's figure: it stays in the workbook.
    expect(text).not.toContain(compact("83%"));
    expect(text).toContain(compact("every process row in the period's workbook"));
    expect(text).toContain(compact("United States National Security Letters 2–499 (at least 2) 1,500–1,999"));
    expect(text).not.toContain("NaN");
    expect(text).not.toContain("undefined");
    expect(pdf.info["Title"]).toBe("Government Requests Report, January–December 2022");
    expect(pdf.markInfo?.Marked).toBe(true);
    for (const tree of pdf.structTrees) expect(tree).not.toBeNull();
    expect(pdf.outline.map((b) => b.title)).toEqual(["Law enforcement requests", "National security demands"]);
  });

  it("labels per-account outcomes, and gives a place's figure from its in-totals process rows", async () => {
    const pdf = await readPdf(await buildReportPdf(report(), period("2023-H1")));
    expect(pdf.compact).toContain(compact("Content disclosed (accounts)"));
    expect(pdf.compact).toContain(compact("Brazil 10 25 5 10 4 6"));
    expect(pdf.compact).toContain(compact("France 2 3 not reported not reported not reported not reported"));
    // Subpoenas 150, 210, 5 and search warrants 70, 90, 1.
    expect(pdf.compact).toContain(compact("United States 220 300 6"));
    expect(pdf.compact).toContain(compact("Subpoenas 1 150 210 5"));
    expect(pdf.compact).toContain(compact("Sum of the rows 232 314 6"));
    pdf.pages.forEach((page, i) => {
      expect(compact(page)).toContain(compact(`Page ${i + 1} of ${pdf.pages.length}`));
    });
  });

  it("says a place whose only rows are outside totals has no row counted in totals, never 0", async () => {
    const dir = mkdtempSync(join(tmpdir(), "outside-totals-"));
    try {
      cpSync(DATA, dir, { recursive: true });
      const file = join(dir, "requests", "2022.csv");
      writeFileSync(file, `${readFileSync(file, "utf8").trimEnd()}\nFR,France,preservation,5,6,,\n`);
      const checked = checkReportDir({ dataDir: dir, today: TODAY });
      if (!checked.report) throw new Error("the overlay did not load");
      const pdf = await readPdf(await buildReportPdf(checked.report, period("2022")));
      expect(pdf.compact).toContain(
        compact("France no row counted in totals no row counted in totals no row counted in totals"),
      );
      expect(pdf.compact).toContain(compact("Preservation requests (not in totals) 2 95 156 no complete figure"));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("a described report's section JSON", () => {
  it("holds every row of every period, with the CSV's figures, one row per line", () => {
    for (const section of ["requests", "civil"] as const) {
      const id = section === "requests" ? "law-enforcement" : "civil";
      const files = reportDownloads(report());
      const json = textOf(files.find((f) => f.url === `/downloads/${id}.json`)!);
      const csv = textOf(files.find((f) => f.url === `/downloads/${id}.csv`)!);
      const parsed = JSON.parse(json) as { section: string; label: string; rows: Record<string, unknown>[] };
      expect(parsed.section).toBe(id);
      const csvRowsOfFile = parse<Record<string, string>>(csv, { columns: true, bom: true });
      expect(parsed.rows).toHaveLength(csvRowsOfFile.length);
      // The same figures as the CSV: a blank is null, never 0.
      parsed.rows.forEach((row, i) => {
        for (const [name, cell] of Object.entries(csvRowsOfFile[i] ?? {}))
          expect(row[name] === null ? "" : String(row[name] as string | number)).toBe(cell);
      });
      expect(json.split("\n")).toHaveLength(parsed.rows.length + 3);
    }
    // The fixture's 2022 cross-border row has no accounts: null in the JSON.
    const json = textOf(reportDownloads(report()).find((f) => f.url === "/downloads/law-enforcement.json")!);
    const rows = (JSON.parse(json) as { rows: Record<string, unknown>[] }).rows;
    expect(rows.find((r) => r["period"] === "2022" && r["country_code"] === "cross-border")?.["accounts"]).toBeNull();
    expect(csvRows("requests/2022.csv").find((r) => r["country_code"] === "cross-border")?.["accounts"]).toBe("");
  });
});

interface Field {
  name: string;
  constraints?: { required?: boolean; pattern?: string; enum?: string[]; minimum?: number };
}
interface Descriptor {
  description: string;
  licenses?: unknown[];
  resources: { name: string; path: string; profile: string; format: string; schema?: { fields: Field[] } }[];
}

describe("a described report's datapackage.json", { timeout: 60_000 }, () => {
  const descriptor = (r: ReportData) => JSON.parse(reportDataPackage(r)) as Descriptor;

  it("is a valid data package by the Frictionless profiles, checked offline", async () => {
    const result = await validate(descriptor(report()));
    expect(result.errors.map((e) => e.message)).toEqual([]);
    // The check is real: a workbook in a tabular data package is refused.
    expect((await validate({ ...descriptor(report()), profile: "tabular-data-package" })).valid).toBe(false);
  });

  it("lists every file the downloads page links, and each CSV's columns as its schema's fields", () => {
    const d = descriptor(report());
    const paths = d.resources.map((r) => `/downloads/${r.path}`);
    const listed = [
      ...reportDownloads(report()).map((f) => f.url),
      ...reportPeriodFileLinks(report()).map((f) => f.url),
    ];
    expect([...paths].sort()).toEqual([...listed].sort());
    for (const file of reportDownloads(report()).filter((f) => f.url.endsWith(".csv"))) {
      const resource = d.resources.find((r) => `/downloads/${r.path}` === file.url)!;
      expect(resource.profile).toBe("tabular-data-resource");
      // The file starts with a byte-order mark, for spreadsheet programs; it is not part of the first name.
      const [header = ""] = textOf(file)
        .replace(/^\uFEFF/, "")
        .split("\r\n");
      expect(resource.schema?.fields.map((f) => f.name)).toEqual(header.split(","));
    }
  });

  it("describes each CSV so that its every cell meets its field's constraints", () => {
    const d = descriptor(report());
    for (const file of reportDownloads(report()).filter((f) => f.url.endsWith(".csv"))) {
      const fields = d.resources.find((r) => `/downloads/${r.path}` === file.url)!.schema!.fields;
      const rows = parse<Record<string, string>>(textOf(file), { columns: true, bom: true });
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        for (const f of fields) {
          const value = row[f.name] ?? "";
          const where = `${file.url} ${f.name} "${value}"`;
          if (value === "") {
            expect(f.constraints?.required ?? false, where).toBe(false);
            continue;
          }
          if (f.constraints?.pattern) expect(value, where).toMatch(new RegExp(f.constraints.pattern));
          if (f.constraints?.enum) expect(f.constraints.enum, where).toContain(value);
          if (f.constraints?.minimum !== undefined)
            expect(Number(value), where).toBeGreaterThanOrEqual(f.constraints.minimum);
        }
      }
    }
  });

  it("carries site.json's licence when it states one, and says so when it does not", () => {
    const none = descriptor(report());
    expect(none.licenses).toBeUndefined();
    expect(none.description).toContain("Example Cloud Ltd. has not stated a licence for reusing these figures.");
    expect(none.description).toContain(
      "Suggested citation: Example Cloud Ltd., Government Requests Report, January–June 2023 (publication date not stated). https://transparency.example.com/, accessed on [date].",
    );
    const base = report();
    const licence = {
      name: "Creative Commons Attribution 4.0 International",
      url: "https://creativecommons.org/licenses/by/4.0/",
      spdx: "CC-BY-4.0",
    };
    const withLicence = descriptor({ ...base, site: { ...base.site, licence } });
    expect(withLicence.licenses).toEqual([{ name: "CC-BY-4.0", path: licence.url, title: licence.name }]);
  });
});

describe("outcomes kept as published, in the workbook and the PDF", () => {
  it("carries the row's mark as a column and says why under the table", () => {
    const dir = mkdtempSync(join(tmpdir(), "as-published-"));
    try {
      cpSync(DATA, dir, { recursive: true });
      const description = JSON.parse(readFileSync(join(dir, "report.json"), "utf8")) as {
        sections: { id: string; asPublishedRows?: boolean }[];
      };
      const civil = description.sections.find((s) => s.id === "civil");
      if (!civil) throw new Error("the fixture has a civil section");
      civil.asPublishedRows = true;
      writeFileSync(join(dir, "report.json"), JSON.stringify(description));
      writeFileSync(
        join(dir, "civil", "2023-H1.csv"),
        "country_code,country,requests,accounts,content,non_content,no_data,rejected,as_published\nBR,Brazil,10,25,5,10,4,7,yes\nFR,France,2,3,1,1,1,0,\n",
      );
      const checked = checkReportDir({ dataDir: dir, today: TODAY });
      if (!checked.report) throw new Error("the overlay did not load");
      const table = periodFigures(checked.report, period("2023-H1")).find((t) => t.id === "civil");
      const mark = table?.columns.findIndex((c) => c.label === "Outcomes as published") ?? -1;
      expect(mark).toBeGreaterThan(0);
      expect(table?.rows.map((r) => [r[1], r[mark]])).toEqual([
        [
          { kind: "text", text: "BR" },
          { kind: "text", text: "yes" },
        ],
        [
          { kind: "text", text: "FR" },
          { kind: "text", text: "" },
        ],
      ]);
      expect(table?.notes.some((n) => n.startsWith('Outcomes marked "as published" do not add up'))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
