/**
 * The parts of a period's PDF for report sections other than law enforcement: one
 * per section that reported the period, each under an H2 and a bookmark of its own.
 * Emergency and civil requests get what law enforcement gets; national security a
 * table of bands, never a point figure and never a total.
 */
import { formatCount } from "../../data/format.ts";
import { authorityDef, type Band } from "../../data/national-security.ts";
import { rangeRowsByCountry } from "../../data/sections-aggregate.ts";
import { FIRST_SECTION_ID } from "../../data/first-section.ts";
import { effectiveSection, type SectionId } from "../../data/sections.ts";
import { block, type PdfContext, type SectionPart } from "./document.ts";
import { artifact, bookmark, COLOURS, CONTENT_WIDTH, PAGE, useFont } from "./page.ts";
import type { CountsFigures } from "../../payloads/payloads.ts";
import type { PublicBandRow } from "../../payloads/sections.ts";
import { drawBreakdown, drawCountryTable, drawHeadlineFigures } from "./sections.ts";
import { printableName } from "./table.ts";

/** Why national-security figures are ranges, in one sentence. */
export function bandsSentence(organisation: string): string {
  return (
    `The law allows ${organisation} to publish national-security demands only in bands, such as 0–499, so each ` +
    "figure below is a range that the true number lies within; it is never given as a single figure and never " +
    "added to any other total."
  );
}

/** The section's H2 and bookmark, on a new page when less than `room` is left; returns the bookmark and y. */
function sectionHeading(ctx: PdfContext, id: SectionId, top: number, room: number) {
  const { doc, root, dataset, newPage } = ctx;
  const section = effectiveSection(dataset.site, id);
  let y = top > PAGE.bottom - room ? newPage() : top;
  const outline = bookmark(doc, section.label, doc.outline, true);
  useFont(doc, "bold", 14);
  y = block(doc, root, "H2", section.label, y, 6);
  return { label: section.label, description: section.description, outline, y };
}

/** The first section's own part (law enforcement), when the report holds other sections too: the same content under its H2. */
export function drawLawEnforcementPart(ctx: PdfContext, figures: CountsFigures, top: number): number {
  const { label, description, outline, y: headingBottom } = sectionHeading(ctx, FIRST_SECTION_ID, top, 0);
  useFont(ctx.doc, "regular", 9.5, COLOURS.muted);
  const y = block(ctx.doc, ctx.root, "P", description, headingBottom, 6);
  const part: SectionPart = { label, outline };
  const partCtx = { ...ctx, part };
  const below = drawHeadlineFigures(partCtx, figures, y + 8);
  drawBreakdown(partCtx, figures.totals, below);
  return drawCountryTable(partCtx, figures);
}

/** An emergency or civil part: headline figures, breakdown and the table of countries, as for law enforcement. */
export function drawCountsPart(ctx: PdfContext, id: SectionId, figures: CountsFigures, top: number): number {
  const heading = sectionHeading(ctx, id, top, 330);
  useFont(ctx.doc, "regular", 9.5, COLOURS.muted);
  const y = block(ctx.doc, ctx.root, "P", heading.description, heading.y, 14);
  const partCtx = { ...ctx, part: { label: heading.label, outline: heading.outline } };
  const below = drawBreakdown(partCtx, figures.totals, drawHeadlineFigures(partCtx, figures, y));
  return drawCountryTable(partCtx, figures, below + 24);
}

const bandText = (band: Band | null) =>
  band === null ? "not reported" : `${formatCount(band.low)}–${formatCount(band.high)}`;

/** Column lefts and widths of the bands table: country, authority, demands, accounts. */
const BAND_COLUMNS = [
  { header: "Country or region", width: 140 },
  { header: "Authority", width: 150 },
  { header: "Demands (range)", width: 95 },
  { header: "Accounts (range)", width: CONTENT_WIDTH - 385 },
] as const;
const left = (i: number) => PAGE.left + BAND_COLUMNS.slice(0, i).reduce((x, c) => x + c.width, 0);

/** A ranges part (national security): why the figures are ranges, then one row per country and authority. */
export function drawBandsPart(ctx: PdfContext, id: SectionId, rows: readonly PublicBandRow[], top: number): number {
  const { doc, root, dataset, newPage } = ctx;
  const heading = sectionHeading(ctx, id, top, 200);
  useFont(doc, "regular", 9.5, COLOURS.muted);
  let y = block(doc, root, "P", bandsSentence(dataset.site.organisation), heading.y, 12);
  const table = doc.struct("Table");
  root.add(table);
  const cell = (tag: "TH" | "TD", text: string, i: number, rowTop: number, weight: "regular" | "bold") =>
    doc.struct(
      tag,
      tag === "TH" ? ({ scope: i === 0 ? "Row" : "Column" } as PDFKit.Mixins.StructureElementOptions) : {},
      () => {
        useFont(doc, weight, 8.5);
        doc.text(text, left(i) + 4, rowTop + 4, { width: (BAND_COLUMNS[i]?.width ?? 0) - 8 });
      },
    );
  const headerRow = doc.struct("TR");
  table.add(headerRow);
  BAND_COLUMNS.forEach((c, i) => headerRow.add(cell("TH", c.header, i, y, "bold")));
  headerRow.end();
  useFont(doc, "bold", 8.5);
  y += Math.max(...BAND_COLUMNS.map((c) => doc.heightOfString(c.header, { width: c.width - 8 }))) + 8;
  artifact(doc, () => doc.moveTo(PAGE.left, y).lineTo(PAGE.right, y).lineWidth(0.8).stroke(COLOURS.text));
  const groups = [...rangeRowsByCountry({ rows }).values()].sort((a, b) =>
    (a[0]?.country ?? "").localeCompare(b[0]?.country ?? "", "en"),
  );
  for (const row of groups.flat()) {
    const name = printableName(row.country);
    useFont(doc, "regular", 8.5);
    const height = Math.max(doc.heightOfString(name, { width: BAND_COLUMNS[0].width - 8 }), 11) + 8;
    if (y + height > PAGE.bottom) y = newPage();
    const tr = doc.struct("TR");
    table.add(tr);
    tr.add(cell("TH", name, 0, y, "regular"));
    tr.add(cell("TD", authorityDef(row.authority).label, 1, y, "regular"));
    tr.add(cell("TD", bandText(row.demands), 2, y, "regular"));
    tr.add(cell("TD", bandText(row.accounts), 3, y, "regular"));
    tr.end();
    y += height;
  }
  table.end();
  doc.fillColor(COLOURS.text);
  return y + 28;
}
