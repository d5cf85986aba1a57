import type { Dataset, PeriodData } from "../../data/dataset.ts";
import { periodInText } from "../../data/period.ts";
import { isFirstSection } from "../../data/first-section.ts";
import { effectiveSection, labelInText } from "../../data/sections.ts";
import { correctionCountryName, correctionsFor, formatDay, releaseOf } from "../../publication/dates.ts";
import { bookmark, CONTENT_WIDTH, type Doc, PAGE, useFont } from "./page.ts";

type Struct = PDFKit.PDFStructureElement;
type Block = (doc: Doc, parent: Struct, tag: string, text: string, y: number, gapAfter: number) => number;

/**
 * The period report's publication notes: the day it was published and every
 * correction made to its figures since, newest first, as on the corrections page.
 * Nothing when the data records neither. Returns where the next block starts.
 */
export function drawPublicationNotes(
  doc: Doc,
  root: Struct,
  dataset: Dataset,
  data: PeriodData,
  top: number,
  newPage: () => number,
  block: Block,
): number {
  const published = releaseOf(dataset, data.period);
  const corrections = correctionsFor(dataset, null, data.period);
  if (published === undefined && corrections.length === 0) return top;
  let y = top + 14;
  if (y > PAGE.bottom - 120) y = newPage();
  useFont(doc, "bold", 14);
  bookmark(doc, "Publication notes");
  y = block(doc, root, "H2", "Publication notes", y, 10);
  useFont(doc, "regular", 9.5);
  if (published) y = block(doc, root, "P", `Published ${formatDay(published)}.`, y, 8);
  if (corrections.length === 0) return block(doc, root, "P", "No figures have been corrected since.", y, 10);
  for (const c of corrections) {
    // A correction to another section names it; the country's name is the one the corrections page gives it.
    const other = c.section && !isFirstSection(c.section) ? c.section : undefined;
    const country = c.countryCode
      ? correctionCountryName(dataset, c)(c.countryCode)
      : `All countries, ${periodInText(data.period)}`;
    const subject = other ? `${country}, ${labelInText(effectiveSection(dataset.site, other).label)}` : country;
    const text = `Corrected ${formatDay(c.date)}, ${subject}: ${c.note}`;
    useFont(doc, "regular", 9.5);
    if (y + doc.heightOfString(text, { width: CONTENT_WIDTH }) + 8 > PAGE.bottom) y = newPage();
    y = block(doc, root, "P", text, y, 8);
  }
  return y;
}
