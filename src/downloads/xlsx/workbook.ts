import ExcelJS from "exceljs";
import { findPeriod } from "../../data/aggregate.ts";
import type { Dataset, PeriodData, PeriodFile, RangeRow, RequestRow, SectionData } from "../../data/dataset.ts";
import { formatCount } from "../../data/format.ts";
import { AUTHORITY_IDS } from "../../data/national-security.ts";
import { type Period, periodEnd, periodId, periodLongLabel } from "../../data/period.ts";
import { sectionPeriod, sectionsInPeriod } from "../../data/sections-aggregate.ts";
import { isFirstSection } from "../../data/first-section.ts";
import { SECTION_IDS, sectionDef, type SectionId } from "../../data/sections.ts";
import { type CountsFigures, type PeriodPayload, periodPayload, sectionFigures } from "../../payloads/payloads.ts";
import { correctionsFor, latestDay } from "../../publication/dates.ts";
import { type DownloadColumn, PERIOD_ROW_COLUMNS, ROW_COLUMNS } from "../columns.ts";
import { type Cell, type DownloadRecord, rowRecord } from "../records.ts";
import { SECTION_COLUMN, sectionColumns, sectionPeriodRecords } from "../section-files.ts";
import { streamingWorkbook, type Writer } from "./writer.ts";

/** What a workbook covers: one period, or every period with a `period` column in front. */
export type WorkbookScope = { kind: "period"; data: PeriodData } | { kind: "all" };

/** One data sheet: a report section's rows. */
interface SectionSheet {
  section: SectionId;
  /** The tab's name (Excel allows 31 characters, no `[]:*?/\`). */
  name: string;
  columns: readonly DownloadColumn[];
  records: DownloadRecord[];
  /** Totals under the rows, after a blank row: one per period; none for bands, which are never summed. */
  totals: DownloadRecord[];
}

/** The site's order for one period's rows: most requests first, then by name; bands by country, then authority. */
function inSiteOrder<Row extends RequestRow | RangeRow>(rows: readonly Row[]): Row[] {
  return [...rows].sort((a, b) => {
    if ("bandWidth" in a && "bandWidth" in b) {
      return (
        a.country.localeCompare(b.country, "en") ||
        AUTHORITY_IDS.indexOf(a.authority) - AUTHORITY_IDS.indexOf(b.authority)
      );
    }
    const ra = "requests" in a ? a.requests : 0;
    const rb = "requests" in b ? b.requests : 0;
    return rb - ra || a.country.localeCompare(b.country, "en");
  });
}

/**
 * A period's totals as a row of the sheet: the totals the period's page shows (its payload's), accounts over
 * the countries that reported them; none for bands. `period` is written in front when the sheet has every period.
 */
function totalsRecord(id: SectionId, figures: CountsFigures | null, period: Period | null): DownloadRecord[] {
  if (!figures) return [];
  const country = `All ${formatCount(figures.rows.length)} countries`;
  const record = rowRecord({ ...figures.totals, countryCode: "", country, line: 0 });
  return [{ section: id, ...(period ? { period: periodId(period) } : {}), ...record }];
}

/**
 * The data sheets, one per report section in the scope, in registry order: a period's workbook has the sections
 * that reported that period. Each sheet holds its section's CSV columns, and, when the workbook has several
 * sections, the first section's starts with a `section` column as the others do. Rows come in the site's order,
 * with the totals under them. Tabs take the registry's short labels, not a relabelling from site.json: scripts
 * pick a sheet by its name, as they pick a column.
 */
function sectionSheets(dataset: Dataset, scope: WorkbookScope): SectionSheet[] {
  const several = (scope.kind === "all" ? dataset.sections : sectionsInPeriod(dataset, scope.data.period)).length > 1;
  const columnsOf = (section: SectionData, kind: "period" | "all") => {
    const columns = sectionColumns(section, kind);
    return several && isFirstSection(section.id) ? [SECTION_COLUMN, ...columns] : columns;
  };
  // Each period's figures as its page has them, made once per period.
  const payloads = new Map<string, PeriodPayload>();
  const figuresOf = (id: SectionId, period: Period): CountsFigures | null => {
    const data = findPeriod(dataset, period);
    if (!data) return null;
    const payload = payloads.get(periodId(period)) ?? periodPayload(dataset, data);
    payloads.set(periodId(period), payload);
    return sectionFigures(payload, id);
  };
  const recordsOf = (section: SectionData, data: PeriodFile<RequestRow | RangeRow>) =>
    sectionPeriodRecords(section, { ...data, rows: inSiteOrder(data.rows) }).map((r) =>
      several ? { section: section.id, ...r } : r,
    );
  if (scope.kind === "all") {
    return dataset.sections.map((section) => {
      const files = section.periods as readonly PeriodFile<RequestRow | RangeRow>[];
      return {
        section: section.id,
        name: sectionDef(section.id).shortLabel,
        columns: columnsOf(section, "all"),
        records: files.flatMap((p) => recordsOf(section, p).map((r) => ({ period: periodId(p.period), ...r }))),
        totals: files.flatMap((p) => totalsRecord(section.id, figuresOf(section.id, p.period), p.period)),
      };
    });
  }
  return sectionsInPeriod(dataset, scope.data.period).flatMap((section) => {
    const data = sectionPeriod(section, scope.data.period);
    if (!data) return [];
    return [
      {
        section: section.id,
        name: sectionDef(section.id).shortLabel,
        columns: columnsOf(section, "period"),
        records: recordsOf(section, data),
        totals: totalsRecord(section.id, figuresOf(section.id, data.period), null),
      },
    ];
  });
}

/**
 * A cell's value as the spreadsheet stores it. Counts and percentages are numbers
 * (a percentage as 5.34, shown with two decimals); a blank stays blank, never 0.
 * Text is always a string cell: unlike a CSV cell, an XLSX cell carries its type, and
 * exceljs writes a formula only for an explicit `{ formula }` value, so a name that
 * starts with `=` is shown as written and never run.
 */
function cellValue(cell: Cell): string | number | null {
  if (cell === null || typeof cell === "number" || typeof cell === "string") return cell;
  return cell.basisPoints / 100;
}

function addSectionSheet(workbook: Writer, sheet: SectionSheet): void {
  const worksheet = workbook.addWorksheet(sheet.name, { views: [{ state: "frozen", xSplit: 0, ySplit: 1 }] });
  worksheet.columns = sheet.columns.map((c) => ({
    header: c.name,
    key: c.name,
    width: Math.max(c.name.length + 2, c.name === "country" ? 28 : c.name === "authority" ? 18 : 10),
    ...(c.type === "number" ? { style: { numFmt: "0.00" } } : c.type === "integer" ? { style: { numFmt: "0" } } : {}),
  }));
  worksheet.getRow(1).font = { bold: true };
  worksheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
  for (const record of sheet.records) {
    worksheet.addRow(sheet.columns.map((c) => cellValue(record[c.name] ?? null))).commit();
  }
  if (sheet.totals.length > 0) {
    // A blank row first, so the filter and a spreadsheet's own sums stop at the countries' rows.
    worksheet.addRow([]).commit();
    for (const record of sheet.totals) {
      const row = worksheet.addRow(sheet.columns.map((c) => cellValue(record[c.name] ?? null)));
      row.font = { bold: true };
      row.commit();
    }
  }
  worksheet.commit();
}

function addNotesSheet(
  workbook: Writer,
  dataset: Dataset,
  scope: WorkbookScope,
  sheets: readonly SectionSheet[],
): void {
  const notes = workbook.addWorksheet("Notes");
  // Set before any row is added: a streamed row takes its column's style when it is created.
  notes.columns = [{ width: 22 }, { width: 16 }, { width: 16 }, { width: 90, style: { alignment: WRAPPED } }];
  const heading = (text: string) => {
    notes.addRow([]);
    notes.addRow([text]).font = { bold: true };
  };
  const period = scope.kind === "period" ? scope.data.period : null;
  notes.addRow([`${dataset.site.title}: ${dataset.site.organisation}`]).font = { bold: true, size: 14 };
  notes.addRow([period ? periodLongLabel(period) : "Every period"]);
  notes.addRow([`Source: ${dataset.site.siteUrl}`]);

  heading("Columns");
  notes.addRow(["column", "type", "", "definition"]).font = { italic: true };
  const columns = scope.kind === "period" ? ROW_COLUMNS : PERIOD_ROW_COLUMNS;
  for (const c of columns) notes.addRow([c.name, c.type, "", `${c.title}. ${c.description}`]);
  notes.addRow(["", "", "", "A blank accounts cell means the figure was not reported, which is not the same as 0."]);
  notes.addRow([
    "",
    "",
    "",
    "Rows are in the order of the site: most requests first. Under them, after a blank row, a bold row per period " +
      "gives the totals of its countries (accounts/users over the countries that reported them, blank if none did).",
  ]);
  // Said only when the workbook has sections after the first, so a workbook of the first alone reads as before.
  if (sheets.some((sheet) => !isFirstSection(sheet.section))) {
    const c = SECTION_COLUMN;
    notes.addRow([
      c.name,
      c.type,
      "",
      `${c.title}: the report section the row belongs to (${SECTION_IDS.join(", ")}). Each section has a sheet of its own.`,
    ]);
  }
  const bands = sheets.find((sheet) => sectionDef(sheet.section).kind === "ranges");
  if (bands) {
    for (const c of bands.columns.filter((column) => !columns.some((known) => known.name === column.name))) {
      notes.addRow([c.name, c.type, "", `${c.title}. ${c.description}`]);
    }
    notes.addRow([
      "",
      "",
      "",
      "National-security figures may by law be published only as bands, so each is a low and a high bound, " +
        "never a single figure, and they are never added to any total.",
    ]);
  }

  heading("Release dates");
  notes.addRow(["period", "published"]).font = { italic: true };
  const releases = (dataset.releases ?? []).filter((r) => !period || r.period === periodId(period));
  if (releases.length === 0) notes.addRow(["", "", "", "No release dates are recorded."]);
  for (const r of releases.toReversed()) notes.addRow([r.period, r.published]);

  heading("Corrections");
  notes.addRow(["date", "period", "country_code", "note"]).font = { italic: true };
  const corrections = correctionsFor(dataset, null, period);
  if (corrections.length === 0) notes.addRow(["", "", "", "No figures have been corrected since they were published."]);
  for (const c of corrections) notes.addRow([c.date, c.period, c.countryCode ?? "", c.note]);
  notes.commit();
}

/** The notes' definitions column: long sentences wrap within it, top-aligned with their row. */
const WRAPPED: Partial<ExcelJS.Alignment> = { wrapText: true, vertical: "top" };

/**
 * The day the workbook's figures last changed, as its document date: the same
 * input gives the same date, so the file does not depend on when it was built.
 */
function documentDate(dataset: Dataset, scope: WorkbookScope): Date {
  const period = scope.kind === "period" ? scope.data.period : null;
  const periods = period ? [period] : dataset.periods.map((p) => p.period);
  const day = latestDay([
    ...(dataset.releases ?? []).filter((r) => !period || r.period === periodId(period)).map((r) => r.published),
    ...correctionsFor(dataset, null, period).map((c) => c.date),
  ]);
  const last = periods.at(-1);
  if (day) return new Date(`${day}T00:00:00Z`);
  return last ? periodEnd(last) : new Date(Date.UTC(2013, 0, 1));
}

/**
 * An XLSX workbook of the scope's figures, identical byte for byte for the same data.
 *
 * Written with exceljs's streaming writer rather than its workbook model, which held every cell of every sheet
 * as objects until the end: on a large report the all-periods workbook alone kept the build's worker busy for
 * seconds, much of it collecting garbage.
 */
export function buildWorkbook(dataset: Dataset, scope: WorkbookScope): Promise<Uint8Array> {
  const { workbook, finish } = streamingWorkbook({
    creator: dataset.site.organisation,
    title: `${dataset.site.title}: ${scope.kind === "period" ? periodLongLabel(scope.data.period) : "every period"}`,
    date: documentDate(dataset, scope),
  });
  const sheets = sectionSheets(dataset, scope);
  for (const sheet of sheets) addSectionSheet(workbook, sheet);
  addNotesSheet(workbook, dataset, scope, sheets);
  return finish();
}
