/**
 * A described report's workbook for one period: a sheet per section the period has, then an About sheet.
 * Each data sheet has the section's declared columns in the publisher's words, every row as published (a
 * process row each, the `all` row apart and last), then, after a blank row, the sum of the rows and the
 * publisher's stated total beside it, then the notes that explain them. A blank stays an empty cell; a
 * percentage keeps the publisher's digits.
 */
import type ExcelJS from "exceljs";
import type { ReportData } from "../../data/report/load-report.ts";
import { type ReportPeriod, reportPeriodEnd, reportPeriodLongLabel } from "../../data/report/report-period.ts";
import { reportUrls } from "../../lib/urls.ts";
import { streamingWorkbook, type Writer } from "../xlsx/writer.ts";
import { BLANK_NOTE, type FigureCell, type FigureTable, periodFigures } from "./figures.ts";

/** Excel's limits on a tab's name: 31 characters, none of `[]:*?/\`, no apostrophe at either end. */
function sheetName(wanted: string, taken: Set<string>): string {
  const base =
    wanted
      .replace(/[[\]:*?/\\]/g, " ")
      .replace(/^'+|'+$/g, "")
      .trim()
      .slice(0, 31) || "Section";
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n += 1) name = `${base.slice(0, 31 - String(n).length - 1)} ${n}`;
  taken.add(name.toLowerCase());
  return name;
}

type Value = string | number | null;

/**
 * A cell's values (two for a band: its low and high bound) and, for a percentage, the number format that shows
 * it with exactly the publisher's decimals: "12.50" stays 12.50, "83" stays 83.
 */
function values(cell: FigureCell): { value: Value; numFmt?: string }[] {
  switch (cell.kind) {
    case "text":
      return [{ value: cell.text }];
    case "count":
      return [{ value: cell.value }];
    case "percent": {
      if (cell.value === null) return [{ value: null }];
      const decimals = cell.value.split(".")[1]?.length ?? 0;
      return [{ value: Number(cell.value), numFmt: decimals > 0 ? `0.${"0".repeat(decimals)}` : "0" }];
    }
    case "band":
      return [{ value: cell.band?.low ?? null }, { value: cell.band?.high ?? null }];
    case "none":
      return [{ value: null }];
  }
}

function headers(table: FigureTable): string[] {
  return table.columns.flatMap((c) => (c.bounds ? [...c.bounds] : [c.label]));
}

function addRow(sheet: ExcelJS.Worksheet, cells: readonly FigureCell[], bold = false): void {
  const parts = cells.flatMap(values);
  const row = sheet.addRow(parts.map((p) => p.value));
  parts.forEach((p, i) => {
    if (p.numFmt) row.getCell(i + 1).numFmt = p.numFmt;
  });
  if (bold) row.font = { bold: true };
  row.commit();
}

function addSectionSheet(workbook: Writer, table: FigureTable, name: string): void {
  const names = headers(table);
  const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", xSplit: 0, ySplit: 1 }] });
  sheet.columns = names.map((header, i) => ({
    header,
    width: i === 0 ? 28 : Math.min(Math.max(header.length + 2, 10), 40),
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: names.length } };
  for (const row of table.rows) addRow(sheet, row);
  // Each block after a blank row, so the filter and a spreadsheet's own sums stop at the rows as published.
  if (table.totals.length > 0) sheet.addRow([]).commit();
  for (const total of table.totals) addRow(sheet, total.cells, true);
  if (table.notes.length > 0) sheet.addRow([]).commit();
  for (const note of table.notes) sheet.addRow([note]).commit();
  sheet.commit();
}

/** The notes' text column: long sentences wrap within it, top-aligned with their row. */
const WRAPPED: Partial<ExcelJS.Alignment> = { wrapText: true, vertical: "top" };

function addAboutSheet(
  workbook: Writer,
  report: ReportData,
  period: ReportPeriod,
  tables: readonly FigureTable[],
  name: string,
): void {
  const { site } = report;
  const about = workbook.addWorksheet(name);
  about.columns = [{ width: 30 }, { width: 90, style: { alignment: WRAPPED } }];
  about.addRow([`${site.title}: ${site.organisation}`]).font = { bold: true, size: 14 };
  about.addRow([reportPeriodLongLabel(period)]);
  about.addRow(["Source", new URL(reportUrls.period(period), site.siteUrl).href]);
  about.addRow([
    "Licence",
    site.licence ? `${site.licence.name} (${site.licence.url})` : `${site.organisation} has not stated a licence.`,
  ]);
  about.addRow(["Blanks", BLANK_NOTE]);
  for (const table of tables) {
    about.addRow([]);
    about.addRow([table.label]).font = { bold: true };
    about.addRow(["What it counts", table.definition]);
    for (const note of table.notes) about.addRow(["Note", note]);
  }
  about.commit();
}

/**
 * The workbook of one period of a described report, identical byte for byte for the same data: its document
 * date is the period's end, never the clock, and the ZIP entries' dates are fixed (src/downloads/xlsx/writer.ts).
 */
export function buildReportWorkbook(report: ReportData, period: ReportPeriod): Promise<Uint8Array> {
  const { workbook, finish } = streamingWorkbook({
    creator: report.site.organisation,
    title: `${report.site.title}: ${reportPeriodLongLabel(period)}`,
    date: reportPeriodEnd(period),
  });
  const tables = periodFigures(report, period);
  const taken = new Set<string>();
  const names = tables.map((t) => sheetName(t.shortLabel, taken));
  tables.forEach((table, i) => {
    addSectionSheet(workbook, table, names[i] ?? table.id);
  });
  addAboutSheet(workbook, report, period, tables, sheetName("About", taken));
  return finish();
}
