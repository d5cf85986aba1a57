import PDFDocument from "pdfkit";
import { changeBetween, periodTotals, previousPeriod } from "../../data/aggregate.ts";
import type { Dataset, PeriodData } from "../../data/dataset.ts";
import { formatAccounts, formatChange, formatCount } from "../../data/format.ts";
import { periodEnd, periodLabel, periodLongLabel } from "../../data/period.ts";
import { urls } from "../../lib/urls.ts";
import { CHART_HEIGHT, chartAltText, drawBreakdownChart } from "./chart.ts";
import { assertFontCovers } from "./coverage.ts";
import {
  artifact,
  bookmark,
  COLOURS,
  CONTENT_WIDTH,
  type Doc,
  lineRight,
  line,
  PAGE,
  registerFonts,
  useFont,
} from "./page.ts";
import { drawPublicationNotes } from "./notes.ts";
import { CountryTable, rowLine, totalsLine } from "./table.ts";
import { definitions } from "./words.ts";

type Struct = PDFKit.PDFStructureElement;

function fileName(url: string): string {
  return url.slice(url.lastIndexOf("/") + 1);
}

/**
 * pdfkit copies Title, Author, Subject and Creator into the XMP metadata without
 * escaping them, so an "&" in an organisation's name would make that XML invalid.
 * The Info dictionary has been written by then, so escaping only reaches the XMP.
 */
function escapeXmpInfo(doc: Doc): void {
  const internals = doc as unknown as { _addInfo?: () => void; info: Record<string, unknown> };
  const addInfo = internals._addInfo;
  if (typeof addInfo !== "function") return;
  internals._addInfo = () => {
    const saved = { ...internals.info };
    for (const key of ["Title", "Author", "Subject", "Creator"]) {
      const value = internals.info[key];
      if (typeof value === "string") {
        internals.info[key] = value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
      }
    }
    addInfo.call(doc);
    internals.info = saved;
  };
}

/** Writes a block-level structure element (heading, paragraph) whose text wraps to the content width. */
function block(doc: Doc, parent: Struct, tag: string, text: string, y: number, gapAfter: number): number {
  let bottom = y;
  parent.add(
    doc.struct(tag, {}, () => {
      doc.text(text, PAGE.left, y, { width: CONTENT_WIDTH });
      bottom = doc.y;
    }),
  );
  return bottom + gapAfter;
}

/**
 * The PDF report for one period: a title page with the headline figures and the
 * disclosure breakdown, the table of all countries, and definitions. Tagged
 * (PDF/UA structure), with an embedded font, and byte-for-byte reproducible: its
 * dates come from the period, so the file ID pdfkit derives from them is fixed too.
 * Throws a {@link FontCoverageError} at once, before any drawing, when the font lacks a glyph.
 */
export function buildPeriodPdf(dataset: Dataset, data: PeriodData): Promise<Buffer> {
  const pdfName = fileName(urls.periodPdf(data.period));
  assertFontCovers(dataset, data, pdfName);
  const { site } = dataset;
  const period = periodLongLabel(data.period);
  const date = periodEnd(data.period);
  const totals = periodTotals(data);
  const title = `${site.title}, ${period}`;

  const options = {
    size: "A4",
    margins: { top: PAGE.top, bottom: PAGE.height - PAGE.bottom, left: PAGE.left, right: PAGE.width - PAGE.right },
    bufferPages: true,
    tagged: true,
    pdfVersion: "1.7",
    subset: "PDF/UA",
    lang: site.language,
    displayTitle: true,
    // No default font: pdfkit would otherwise load Helvetica, which is not embedded.
    font: null,
    info: {
      Title: title,
      Author: site.organisation,
      Subject: `Law-enforcement requests for customer data received by ${site.organisation}, by country, ${period}`,
      Keywords: "transparency report, law enforcement, requests, government data requests",
      Creator: `${site.title} (generated from the published data)`,
      Producer: "PDFKit",
      CreationDate: date,
      ModDate: date,
    },
  };
  // Two options pdfkit supports are missing from its type definitions: the PDF/UA subset and `font: null`.
  const doc: Doc = new PDFDocument(options as unknown as PDFKit.PDFDocumentOptions);
  escapeXmpInfo(doc);
  registerFonts(doc);
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => {
      resolve(Buffer.concat(chunks));
    });
    doc.on("error", reject);
  });

  const root = doc.struct("Document");
  doc.addStructure(root);
  const newPage = (): number => {
    doc.addPage();
    return PAGE.top;
  };

  // Title page.
  let y = PAGE.top + 40;
  useFont(doc, "bold", 12, COLOURS.accent);
  y = block(doc, root, "P", site.organisation, y, 8);
  useFont(doc, "bold", 26);
  y = block(doc, root, "H1", site.title, y, 6);
  useFont(doc, "regular", 16, COLOURS.muted);
  y = block(doc, root, "P", period, y, 18);
  useFont(doc, "regular", 10.5);
  y = block(
    doc,
    root,
    "P",
    `How many legal demands for customer data ${site.organisation} received from law-enforcement agencies in ` +
      `${period}, country by country, and what came of each one. Every figure is computed from the published data.`,
    y,
    28,
  );

  useFont(doc, "bold", 14);
  bookmark(doc, "Headline figures");
  y = block(doc, root, "H2", "Headline figures", y, 12);
  // Change against the half-year before, as the site shows it; none after a gap or from "not reported".
  const previous = previousPeriod(dataset, data.period);
  const before = previous ? periodTotals(previous) : undefined;
  const versus = previous ? ` vs ${periodLabel(previous.period)}` : "";
  const change = (from: number | null | undefined, to: number | null) =>
    from === null || from === undefined || to === null ? undefined : formatChange(changeBetween(from, to)) + versus;
  const figures = [
    {
      value: formatCount(totals.requests),
      label: "Requests received",
      change: change(before?.requests, totals.requests),
    },
    {
      value: formatAccounts(totals.accounts),
      label: "Accounts/users specified",
      change: change(before?.accounts, totals.accounts),
    },
    {
      value: formatCount(totals.countries),
      label: totals.countries === 1 ? "Country or region" : "Countries and regions",
      change: undefined,
    },
  ];
  const figureWidth = CONTENT_WIDTH / figures.length;
  figures.forEach((figure, i) => {
    const x = PAGE.left + i * figureWidth;
    // Label first in the reading order, so it reads "Requests received: 24,798".
    root.add(
      doc.struct("P", {}, [
        () => {
          useFont(doc, "regular", 9.5, COLOURS.muted);
          line(doc, figure.label, x, y);
        },
        () => {
          useFont(doc, "bold", figure.value === "not reported" ? 14 : 22);
          line(doc, figure.value, x, y + 16);
        },
        ...(figure.change === undefined
          ? []
          : [
              () => {
                useFont(doc, "regular", 8, COLOURS.muted);
                doc.text(figure.change ?? "", x, y + 44, { width: figureWidth - 12 });
              },
            ]),
      ]),
    );
  });
  y += before ? 64 : 50;
  if (totals.accountsNotReported > 0 && totals.accounts !== null) {
    useFont(doc, "regular", 9, COLOURS.muted);
    const n = totals.accountsNotReported;
    y = block(
      doc,
      root,
      "P",
      `${n} ${n === 1 ? "country or region" : "countries and regions"} did not report accounts/users; ` +
        "the figure adds up those that did.",
      y,
      0,
    );
  }
  y += 24;

  useFont(doc, "bold", 14);
  bookmark(doc, "What happened to the requests");
  y = block(doc, root, "H2", "What happened to the requests", y, 12);
  const chartTop = y;
  root.add(
    doc.struct(
      "Figure",
      {
        alt: chartAltText(totals, period),
        bbox: [PAGE.left, chartTop, PAGE.right, chartTop + CHART_HEIGHT],
        placement: "Block",
      } as PDFKit.Mixins.StructureElementOptions,
      () => {
        drawBreakdownChart(doc, totals, chartTop);
      },
    ),
  );
  y += CHART_HEIGHT + 14;
  useFont(doc, "regular", 9, COLOURS.muted);
  block(
    doc,
    root,
    "P",
    totals.requests === 0
      ? "No requests were received in this period, so there are no shares to show."
      : `Shares are of all ${formatCount(totals.requests)} requests, with two decimals. ` +
          "The definitions at the end of this report explain each outcome.",
    y,
    0,
  );

  // The table of all countries, largest first.
  y = newPage();
  useFont(doc, "bold", 14);
  bookmark(doc, "Requests by country");
  y = block(doc, root, "H2", "Requests by country", y, 4);
  useFont(doc, "regular", 9, COLOURS.muted);
  y = block(
    doc,
    root,
    "P",
    "Counts, with each outcome's share of the country's requests below it. Sorted by the number of requests.",
    y,
    10,
  );
  const table = new CountryTable(doc, root, y, newPage);
  const rows = [...data.rows].sort((a, b) => b.requests - a.requests || a.country.localeCompare(b.country, "en"));
  for (const row of rows) table.addRow(rowLine(row));
  table.addRow(totalsLine(rows.length === 1 ? "Total" : "All countries and regions", totals), true);
  y = table.end() + 28;

  // Definitions, starting on a fresh page when little room is left.
  if (y > PAGE.bottom - 160) y = newPage();
  useFont(doc, "bold", 14);
  bookmark(doc, "Definitions");
  y = block(doc, root, "H2", "Definitions", y, 10);
  for (const { term, text } of definitions(site.organisation)) {
    useFont(doc, "regular", 9.5);
    const needed = 16 + doc.heightOfString(text, { width: CONTENT_WIDTH }) + 10;
    if (y + needed > PAGE.bottom) y = newPage();
    useFont(doc, "bold", 10.5);
    y = block(doc, root, "H3", term, y, 3);
    useFont(doc, "regular", 9.5);
    y = block(doc, root, "P", text, y, 10);
  }
  drawPublicationNotes(doc, root, dataset, data, y, newPage, block);
  root.end();

  // Footer on every page, once the page count is known.
  const source = `${site.siteUrl.replace(/\/$/, "")}${urls.periodCsv(data.period)}`;
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    const footerY = PAGE.bottom + 26;
    artifact(
      doc,
      () => {
        doc
          .moveTo(PAGE.left, footerY - 8)
          .lineTo(PAGE.right, footerY - 8)
          .lineWidth(0.5)
          .stroke(COLOURS.rule);
        useFont(doc, "regular", 7.5, COLOURS.muted);
        line(doc, `${site.organisation} · ${title}`, PAGE.left, footerY);
        line(doc, `Generated from the published data: ${source}`, PAGE.left, footerY + 11);
        lineRight(doc, `Page ${i - start + 1} of ${count}`, PAGE.right, footerY);
      },
      "Pagination",
    );
  }
  doc.end();
  return done;
}
