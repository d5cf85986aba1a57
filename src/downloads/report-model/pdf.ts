/**
 * A described report's PDF for one period: a title block, then per section that reported the period an H2
 * (with a bookmark), what the section counts, a table of its rows as the period page gives them with the sum
 * of the rows and the publisher's stated total under it, and the notes that explain them; for a section with
 * legal processes, each place's own figure and then each process's worldwide figure (every process row is in
 * the workbook and on the process pages: periodPdfFigures says why). Tagged
 * (PDF/UA), set in the embedded fonts, made with the fixed layout's building blocks (src/downloads/pdf/), and
 * byte-for-byte reproducible: its dates are the period's end, never the clock.
 */
import { formatCount } from "../../data/format.ts";
import type { ReportData } from "../../data/report/load-report.ts";
import { type ReportPeriod, reportPeriodEnd, reportPeriodLongLabel } from "../../data/report/report-period.ts";
import { reportUrls } from "../../lib/urls.ts";
import { bandText } from "../../payloads/report-words.ts";
import { block, createDocument, type Struct } from "../pdf/document.ts";
import { artifact, bookmark, COLOURS, CONTENT_WIDTH, type Doc, line, PAGE, useFont } from "../pdf/page.ts";
import { drawFooters } from "../pdf/sections.ts";
import { printableName } from "../pdf/table.ts";
import { BLANK_NOTE, type FigureCell, type FigureTable, periodPdfFigures } from "./figures.ts";

const PAD_X = 3;
const PAD_Y = 3.5;
const BODY_SIZE = 7.5;
const HEADER_SIZE = 7;

/** A cell as printed: a blank reads "not reported" (or "no complete figure" in a sum), muted, never 0. */
function cellText(cell: FigureCell): { text: string; muted: boolean } {
  switch (cell.kind) {
    case "text":
      return { text: printableName(cell.text), muted: false };
    case "count":
      return cell.value === null ? { text: cell.blank, muted: true } : { text: formatCount(cell.value), muted: false };
    case "percent":
      return cell.value === null ? { text: "not reported", muted: true } : { text: `${cell.value}%`, muted: false };
    case "band":
      return { text: bandText(cell.band), muted: cell.band === null };
    case "none":
      return { text: "–", muted: true };
  }
}

/**
 * Column widths: the first column (a place's or a process's name) gets the most room, other text columns a
 * little less, and the figures share what is left. The code column is left out of the PDF (the name says it);
 * the workbook keeps it for scripts.
 */
function widths(table: FigureTable, shown: readonly number[]): number[] {
  const text = shown.filter((i) => !(table.columns[i]?.figure ?? false));
  const fixed = text.map((i) => (i === 0 ? 112 : 96));
  const rest = CONTENT_WIDTH - fixed.reduce((a, b) => a + b, 0);
  const figures = shown.length - text.length;
  return shown.map((i) => (table.columns[i]?.figure ? rest / figures : i === 0 ? 112 : 96));
}

/** Draws one section's table across pages; the header repeats on a later page as a pagination artifact. */
function drawTable(doc: Doc, parent: Struct, table: FigureTable, top: number, newPage: () => number): number {
  const shown = table.columns.map((_, i) => i).filter((i) => table.columns[i]?.code !== true);
  const width = widths(table, shown);
  const left = (k: number) => PAGE.left + width.slice(0, k).reduce((a, b) => a + b, 0);
  const headers = shown.map((i) => table.columns[i]?.label ?? "");
  const right = (k: number) => table.columns[shown[k] ?? 0]?.figure ?? false;
  const pdfTable = doc.struct("Table");
  parent.add(pdfTable);
  let y = top;

  const headerHeight = () => {
    useFont(doc, "bold", HEADER_SIZE);
    return (
      Math.max(...headers.map((h, k) => doc.heightOfString(h, { width: (width[k] ?? 0) - 2 * PAD_X }))) + 2 * PAD_Y
    );
  };
  const drawHeaderCells = (wrap: (k: number, draw: () => void) => void) => {
    const rowTop = y;
    headers.forEach((h, k) => {
      wrap(k, () => {
        useFont(doc, "bold", HEADER_SIZE);
        doc.text(h, left(k) + PAD_X, rowTop + PAD_Y, {
          width: (width[k] ?? 0) - 2 * PAD_X,
          align: right(k) ? "right" : "left",
        });
      });
    });
    y += headerHeight();
  };
  const rule = () => doc.moveTo(PAGE.left, y).lineTo(PAGE.right, y).lineWidth(0.8).stroke(COLOURS.text);

  const headerRow = doc.struct("TR");
  pdfTable.add(headerRow);
  drawHeaderCells((_, draw) =>
    headerRow.add(doc.struct("TH", { scope: "Column" } as PDFKit.Mixins.StructureElementOptions, draw)),
  );
  headerRow.end();
  artifact(doc, rule);

  let stripe = false;
  const addRow = (cells: readonly FigureCell[], total: boolean) => {
    const texts = shown.map((i) => cellText(cells[i] ?? { kind: "none" }));
    const weight = total ? "bold" : "regular";
    useFont(doc, weight, BODY_SIZE);
    const height =
      Math.max(...texts.map((t, k) => doc.heightOfString(t.text, { width: (width[k] ?? 0) - 2 * PAD_X }))) + 2 * PAD_Y;
    if (y + height > PAGE.bottom) {
      y = newPage();
      artifact(
        doc,
        () => {
          // Which table goes on: the section's heading is pages back.
          useFont(doc, "regular", 7.5, COLOURS.muted);
          line(doc, `${table.label} (continued)`, PAGE.left, y);
          y += 14;
          drawHeaderCells((_, draw) => {
            draw();
          });
          rule();
        },
        "Pagination",
      );
      stripe = false;
    }
    const rowTop = y;
    if (stripe || total) artifact(doc, () => doc.rect(PAGE.left, rowTop, CONTENT_WIDTH, height).fill(COLOURS.stripe));
    stripe = !stripe;
    const tr = doc.struct("TR");
    pdfTable.add(tr);
    texts.forEach((t, k) => {
      const draw = () => {
        useFont(doc, weight, BODY_SIZE, t.muted ? COLOURS.muted : COLOURS.text);
        doc.text(t.text, left(k) + PAD_X, rowTop + PAD_Y, {
          width: (width[k] ?? 0) - 2 * PAD_X,
          align: right(k) ? "right" : "left",
        });
      };
      tr.add(
        k === 0
          ? doc.struct("TH", { scope: "Row" } as PDFKit.Mixins.StructureElementOptions, draw)
          : doc.struct("TD", {}, draw),
      );
    });
    tr.end();
    y += height;
  };
  for (const row of table.rows) addRow(row, false);
  for (const total of table.totals) addRow(total.cells, true);
  pdfTable.end();
  doc.fillColor(COLOURS.text);
  return y;
}

/** A paragraph that starts a new page when it would not fit on this one. */
function paragraph(doc: Doc, root: Struct, text: string, y: number, newPage: () => number, gap = 6): number {
  useFont(doc, "regular", 8.5, COLOURS.text);
  const top = y + doc.heightOfString(text, { width: CONTENT_WIDTH }) > PAGE.bottom ? newPage() : y;
  return block(doc, root, "P", text, top, gap);
}

/** The PDF of one period of a described report. */
export function buildReportPdf(report: ReportData, period: ReportPeriod): Promise<Buffer> {
  const { site } = report;
  const label = reportPeriodLongLabel(period);
  const title = `${site.title}, ${label}`;
  const periodPage = new URL(reportUrls.period(period), site.siteUrl).href;
  const sections = periodPdfFigures(report, period, periodPage);
  const { doc, done } = createDocument(
    {
      title,
      author: site.organisation,
      subject: `Government demands for customer data received by ${site.organisation}, by report section and place, ${label}`,
      creator: `${site.title} (generated from the published data)`,
      language: site.language,
    },
    reportPeriodEnd(period),
  );
  const root = doc.struct("Document");
  doc.addStructure(root);
  const newPage = (): number => {
    doc.addPage();
    return PAGE.top;
  };

  let y = PAGE.top + 24;
  useFont(doc, "bold", 12, COLOURS.accent);
  y = block(doc, root, "P", site.organisation, y, 6);
  useFont(doc, "bold", 22);
  y = block(doc, root, "H1", site.title, y, 4);
  useFont(doc, "regular", 14, COLOURS.muted);
  y = block(doc, root, "P", label, y, 12);
  useFont(doc, "regular", 9.5);
  y = block(
    doc,
    root,
    "P",
    sections.some((s) => s.processes)
      ? `The figures ${site.organisation} published for ${label}, section by section and place by place, as published; for a section broken down by legal process, each place's own figure and each process's worldwide figure, with every process row in the period's workbook. ${BLANK_NOTE}`
      : `Every figure ${site.organisation} published for ${label}, section by section and place by place, as published. ${BLANK_NOTE}`,
    y,
    16,
  );

  for (const { table, processes } of sections) {
    // A section starts on a new page unless its heading, definition and a few rows fit here.
    if (y > PAGE.bottom - 160) y = newPage();
    bookmark(doc, table.label);
    useFont(doc, "bold", 13);
    y = block(doc, root, "H2", table.label, y, 4);
    useFont(doc, "regular", 8.5, COLOURS.muted);
    y = block(doc, root, "P", table.definition, y, 8);
    y = drawTable(doc, root, table, y, newPage) + 8;
    for (const note of table.notes) y = paragraph(doc, root, note, y, newPage);
    y += 14;
    if (!processes) continue;
    if (y > PAGE.bottom - 120) y = newPage();
    useFont(doc, "bold", 11);
    y = block(doc, root, "H3", processes.label, y, 6);
    y = drawTable(doc, root, processes, y, newPage) + 8;
    for (const note of processes.notes) y = paragraph(doc, root, note, y, newPage);
    y += 14;
  }
  root.end();

  drawFooters(
    { doc },
    {
      left: `${site.organisation} · ${title}`,
      source: periodPage,
    },
  );
  doc.end();
  return done;
}
