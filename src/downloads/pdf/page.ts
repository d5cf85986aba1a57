import type PDFDocument from "pdfkit";
import { pdfFonts } from "./fonts.ts";

type Doc = InstanceType<typeof PDFDocument>;
export type { Doc };

/** A4 in points, with room at the foot of each page for the footer. */
export const PAGE = { width: 595.28, height: 841.89, left: 56, right: 539.28, top: 56, bottom: 770 } as const;
export const CONTENT_WIDTH = PAGE.right - PAGE.left;

export const COLOURS = {
  text: "#1a1a1a",
  muted: "#555555",
  accent: "#1f5fa8",
  rule: "#8a8f98",
  stripe: "#f1f3f6",
  track: "#e4e7ec",
} as const;

/** Registers the two embedded weights under short names. */
export function registerFonts(doc: Doc): void {
  const fonts = pdfFonts();
  // pdfkit takes a parsed fontkit font as a source, though its type definitions only list files and buffers.
  doc.registerFont("regular", fonts.regular as unknown as Buffer);
  doc.registerFont("bold", fonts.bold as unknown as Buffer);
}

export function useFont(doc: Doc, weight: "regular" | "bold", size: number, colour: string = COLOURS.text): void {
  doc.font(weight).fontSize(size).fillColor(colour);
}

/**
 * Draws one line without wrapping (pdfkit's fast path). pdfkit adds a page when
 * text reaches the bottom margin, so callers keep text inside the content box.
 */
export function line(doc: Doc, text: string, x: number, y: number): void {
  doc.text(text, x, y, { lineBreak: false });
}

/** One line, its right edge at `right`. */
export function lineRight(doc: Doc, text: string, right: number, y: number): void {
  doc.text(text, right - doc.widthOfString(text), y, { lineBreak: false });
}

/**
 * Content that is not part of the document's logical structure (rules, stripes,
 * page furniture) is marked as an artifact, so screen readers skip it.
 */
export function artifact(doc: Doc, draw: () => void, type: "Pagination" | "Layout" = "Layout"): void {
  doc.markContent("Artifact", { type });
  draw();
  doc.endMarkedContent();
}

/**
 * A bookmark to the current page. `fit` shows the whole page: pdfkit's default
 * destination puts the page's right edge at the window's left. The option is
 * missing from pdfkit's type definitions.
 */
export function bookmark(
  doc: Doc,
  title: string,
  parent: PDFKit.PDFOutline = doc.outline,
  expanded = false,
): PDFKit.PDFOutline {
  type WithFit = { addItem(title: string, options: { fit: boolean; expanded?: boolean }): PDFKit.PDFOutline };
  // A section's bookmark is shown open, with its parts beneath it.
  return (parent as unknown as WithFit).addItem(title, expanded ? { fit: true, expanded: true } : { fit: true });
}
