/**
 * Cuts the test fixtures under tests/fixtures/import/microsoft/ from Microsoft's real workbooks (the folder
 * data/raw/transparency_reports/microsoft/ of ucsdsysnet/nsl-empirical-analysis). Each cut keeps a sheet's heading
 * rows where they are and then the chosen source rows one after another, with every cell's value, or formula and
 * stored result, exactly as Microsoft saved it. The failure fixtures change one thing each, named below.
 *
 *   npx node scripts/import/microsoft/make-fixtures.ts /path/to/microsoft
 */
import { mkdir, rm } from "node:fs/promises";
import { join } from "node:path";
import ExcelJS from "exceljs";

const OUT = "tests/fixtures/import/microsoft";

interface Cut {
  readonly sheet: string;
  /** Rows copied where they are (headings and the TOTAL row). */
  readonly head: number;
  /** Source rows copied after the head, in this order. */
  readonly rows: readonly number[];
  /** A change to make after copying, for a failure fixture. */
  readonly change?: (sheet: ExcelJS.Worksheet) => void;
  /** Another name for the sheet, for a failure fixture. */
  readonly renameTo?: string;
}

interface Fixture {
  readonly folder: string;
  readonly source: string;
  readonly target?: string;
  readonly cuts: readonly Cut[];
}

const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);

const FIXTURES: readonly Fixture[] = [
  // One workbook per layout. 2013-H1: MSFT (all services with Skype) and the Skype subset; row 67 is the US row
  // whose outcomes add to one less than its requests.
  {
    folder: "layouts",
    source: "Microsoft LERR_2013_H1.xlsx",
    cuts: [
      { sheet: "MSFT", head: 5, rows: [6, 7, 67] },
      { sheet: "Skype", head: 5, rows: [6, 7, 34, 50] },
    ],
  },
  // 2013-H2: counts from column C; "Russia" in row 56.
  {
    folder: "layouts",
    source: "Microsoft LERR_2013_H2.xlsx",
    cuts: [{ sheet: "All Microsoft Services", head: 5, rows: [6, 7, 56, 71] }],
  },
  // 2014-H1: the two-line heading; "Turkey*" and the footnote under the table.
  {
    folder: "layouts",
    source: "Microsoft LERR_2014_H1.xlsx",
    cuts: [{ sheet: "Combined LERR", head: 7, rows: [8, 9, 70, 77] }],
  },
  // 2015-H2: the fractional formula results (Israel, row 35) and "Urugay".
  {
    folder: "layouts",
    source: "Microsoft LERR_2015_H2.xlsx",
    cuts: [{ sheet: "LERR", head: 7, rows: [8, 9, 35, 66] }],
  },
  // 2017-H1: the first emergency sheet, without the heading rows.
  {
    folder: "layouts",
    source: "Microsoft LERR_2017_H1.xlsx",
    cuts: [
      { sheet: "Total - Criminal", head: 7, rows: [8, 9, 66] },
      { sheet: "Total - Emergencies", head: 4, rows: [5, 6, 26] },
    ],
  },
  // 2017-H2: the first civil sheet (headed January - June 2017; outcomes that add up to neither base) and the
  // emergency sheet with stray names far below its table.
  {
    folder: "layouts",
    source: "Microsoft LERR_2017_H2.xlsx",
    cuts: [
      { sheet: "TOTAL (2)", head: 7, rows: [8, 62] },
      { sheet: "Emergencies (2)", head: 7, rows: [8, 27, 28, 29, 230, 234] },
      { sheet: "Civil Legal Requests", head: 6, rows: [7, 8, 9, 10] },
    ],
  },
  // 2018-H1: one column to the right, no "#" row; the US cross-border warrant figures in Q and R (rows 54-57).
  {
    folder: "layouts",
    source: "Microsoft LERR_2018_H1.xlsx",
    cuts: [
      { sheet: "Criminal", head: 5, rows: [6, 7, ...range(54, 57)] },
      { sheet: "Emergencies", head: 5, rows: [6, 25] },
      { sheet: "Civil Legal Requests", head: 5, rows: [6, 7, 10] },
    ],
  },
  // 2019-H1: "UK" and "USA" in the civil sheet.
  {
    folder: "layouts",
    source: "Microsoft LERR_2019_H1.xlsx",
    cuts: [
      { sheet: "Criminal", head: 5, rows: [6, ...range(55, 58)] },
      { sheet: "Emergencies", head: 5, rows: [6, 36] },
      { sheet: "Civil Legal Requests", head: 5, rows: [6, 11, 12] },
    ],
  },
  // 2022-H1: back to column A; warrants and enterprise disclosures in P and Q (rows 54-61); the NS sheet.
  {
    folder: "layouts",
    source: "Microsoft LERR_2022_H1.xlsx",
    cuts: [
      { sheet: "Criminal", head: 7, rows: [8, ...range(54, 61)] },
      { sheet: "Emergencies", head: 7, rows: [8, 33, 39] },
      { sheet: "Civil", head: 7, rows: [8, 9, 13] },
      { sheet: "NS", head: 22, rows: [] },
    ],
  },
  // The whole orders report: its periods must run on without a gap, and row 18 holds the slip "July - Dec 2019".
  {
    folder: "layouts",
    source: "Microsoft_USNSOR_2021_H2.xlsx",
    cuts: [{ sheet: "US National Security Orders", head: 46, rows: [] }],
  },

  // Failure modes, one each.
  {
    folder: "missing-sheet",
    source: "Microsoft LERR_2018_H1.xlsx",
    cuts: [
      { sheet: "Criminal", head: 5, rows: [6, 7, ...range(54, 57)] },
      { sheet: "Emergencies", head: 5, rows: [6, 25], renameTo: "Emergency" },
      { sheet: "Civil Legal Requests", head: 5, rows: [6, 7, 10] },
    ],
  },
  {
    folder: "renamed-column",
    source: "Microsoft LERR_2018_H1.xlsx",
    cuts: [
      {
        sheet: "Criminal",
        head: 5,
        rows: [6, 7],
        change: (sheet) => {
          sheet.getCell("E4").value = "Users Specified in Requests";
        },
      },
    ],
  },
  {
    folder: "unknown-year",
    source: "Microsoft LERR_2022_H1.xlsx",
    target: "Microsoft LERR_2023_H1.xlsx",
    cuts: [{ sheet: "Criminal", head: 7, rows: [8, 9] }],
  },
  {
    folder: "unknown-country",
    source: "Microsoft LERR_2019_H1.xlsx",
    cuts: [
      { sheet: "Criminal", head: 5, rows: [6, 58] },
      { sheet: "Emergencies", head: 5, rows: [6] },
      {
        sheet: "Civil Legal Requests",
        head: 5,
        rows: [6, 11],
        change: (sheet) => {
          sheet.getCell("B7").value = "Great Britian";
        },
      },
    ],
  },
  {
    folder: "malformed-cell",
    source: "Microsoft LERR_2014_H2.xlsx",
    cuts: [
      {
        sheet: "Combined LERR",
        head: 7,
        rows: [8, 9],
        change: (sheet) => {
          sheet.getCell("C9").value = "1,019";
        },
      },
    ],
  },
];

function copyCell(from: ExcelJS.Cell, to: ExcelJS.Cell): void {
  if (from.type === ExcelJS.ValueType.Formula) {
    // The formula's text as Excel shows it in that cell (a shared formula translated), and its stored result untouched.
    const result = from.result as ExcelJS.CellFormulaValue["result"];
    to.value =
      result === undefined
        ? { formula: from.formula, date1904: false }
        : { formula: from.formula, result, date1904: false };
  } else {
    to.value = from.value;
  }
  to.style = from.style;
}

async function cut(folder: string, fixture: Fixture): Promise<void> {
  const source = new ExcelJS.Workbook();
  await source.xlsx.readFile(join(folder, fixture.source));
  const target = new ExcelJS.Workbook();
  // Fixed dates, so cutting again gives the same workbooks.
  target.created = target.modified = new Date(Date.UTC(2024, 0, 1));
  for (const plan of fixture.cuts) {
    const from = source.getWorksheet(plan.sheet);
    if (!from) throw new Error(`${fixture.source} has no sheet ${plan.sheet}`);
    const to = target.addWorksheet(plan.renameTo ?? plan.sheet);
    const rowMap = new Map<number, number>();
    for (let r = 1; r <= plan.head; r++) rowMap.set(r, r);
    plan.rows.forEach((r, i) => rowMap.set(r, plan.head + 1 + i));
    for (const [src, dst] of rowMap) {
      from.getRow(src).eachCell({ includeEmpty: false }, (cell) => {
        if (cell.isMerged && cell.master.address !== cell.address) return;
        const column = cell.address.replace(/\d+$/, "");
        copyCell(cell, to.getCell(`${column}${dst}`));
      });
      to.getRow(dst).height = from.getRow(src).height;
    }
    // Merged ranges whose rows were all kept, one after another, are merged again.
    for (const merge of (from.model as { merges?: string[] }).merges ?? []) {
      const match = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(merge);
      if (!match) continue;
      const [, c1, r1, c2, r2] = match as unknown as [string, string, string, string, string];
      const rows = range(Number(r1), Number(r2));
      const mapped = rows.map((r) => rowMap.get(r));
      if (mapped.some((r) => r === undefined)) continue;
      if (mapped.some((r, i) => i > 0 && r !== (mapped[i - 1] ?? 0) + 1)) continue;
      to.mergeCells(`${c1}${mapped[0]}:${c2}${mapped.at(-1)}`);
    }
    from.columns.forEach((column, i) => {
      if (column.width) to.getColumn(i + 1).width = column.width;
    });
    plan.change?.(to);
  }
  const out = join(OUT, fixture.folder);
  await mkdir(out, { recursive: true });
  await target.xlsx.writeFile(join(out, fixture.target ?? fixture.source));
}

const folder = process.argv[2];
if (!folder) {
  console.error("usage: npx node scripts/import/microsoft/make-fixtures.ts <folder of Microsoft workbooks>");
  process.exit(2);
}
await rm(OUT, { recursive: true, force: true });
for (const fixture of FIXTURES) await cut(folder, fixture);
console.log(`${FIXTURES.length} workbooks written under ${OUT}`);
