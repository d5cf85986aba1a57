import { buffer } from "node:stream/consumers";
import PDFDocument from "pdfkit";
import type { Dataset, PeriodData } from "../../data/dataset.ts";
import { CONTENT_WIDTH, type Doc, PAGE, registerFonts } from "./page.ts";

export type Struct = PDFKit.PDFStructureElement;

/** What every section of a period's PDF draws with. */
export interface PdfContext {
  doc: Doc;
  /** The Document structure element every section adds to. */
  root: Struct;
  dataset: Dataset;
  data: PeriodData;
  /** The period in words, as the title page gives it. */
  period: string;
  /** Adds a page and returns the y at which content may start. */
  newPage: () => number;
  /** Set while drawing one section's part of a report that holds several sections. */
  part?: SectionPart;
}

/**
 * One report section's part of a PDF that holds several: its headings sit one level
 * below the section's H2, and its bookmarks beneath the section's bookmark. A report
 * with law enforcement only has no parts, and its headings stay H2 as they always were.
 */
export interface SectionPart {
  /** The section's label, as site.json may set it. */
  label: string;
  /** The section's bookmark. */
  outline: PDFKit.PDFOutline;
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

/**
 * A tagged (PDF/UA) A4 document with the embedded fonts registered, and the bytes it will have once ended.
 * Its dates are the period's end, never the clock, so the file ID pdfkit derives from them is fixed too.
 */
export function createDocument(
  meta: { title: string; author: string; subject: string; creator: string; language: string },
  date: Date,
): { doc: Doc; done: Promise<Buffer> } {
  const options = {
    size: "A4",
    margins: { top: PAGE.top, bottom: PAGE.height - PAGE.bottom, left: PAGE.left, right: PAGE.width - PAGE.right },
    bufferPages: true,
    tagged: true,
    pdfVersion: "1.7",
    subset: "PDF/UA",
    lang: meta.language,
    displayTitle: true,
    // No default font: pdfkit would otherwise load Helvetica, which is not embedded.
    font: null,
    info: {
      Title: meta.title,
      Author: meta.author,
      Subject: meta.subject,
      Keywords: "transparency report, law enforcement, requests, government data requests",
      Creator: meta.creator,
      Producer: "PDFKit",
      CreationDate: date,
      ModDate: date,
    },
  };
  // Two options pdfkit supports are missing from its type definitions: the PDF/UA subset and `font: null`.
  const doc: Doc = new PDFDocument(options as unknown as PDFKit.PDFDocumentOptions);
  escapeXmpInfo(doc);
  registerFonts(doc);
  // Every byte of the document, once doc.end() has written the last of it.
  return { doc, done: buffer(doc) };
}

/** Writes a block-level structure element (heading, paragraph) whose text wraps to the content width. */
export function block(doc: Doc, parent: Struct, tag: string, text: string, y: number, gapAfter: number): number {
  let bottom = y;
  parent.add(
    doc.struct(tag, {}, () => {
      doc.text(text, PAGE.left, y, { width: CONTENT_WIDTH });
      bottom = doc.y;
    }),
  );
  return bottom + gapAfter;
}
