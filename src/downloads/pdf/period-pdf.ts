import type { Dataset, PeriodData } from "../../data/dataset.ts";
import { periodEnd, periodLongLabel } from "../../data/period.ts";
import { isFirstSection } from "../../data/first-section.ts";
import { labelInText } from "../../data/sections.ts";
import { urls } from "../../lib/urls.ts";
import { periodPayload } from "../../payloads/payloads.ts";
import { assertFontCovers } from "./coverage.ts";
import { block, createDocument, type PdfContext } from "./document.ts";
import { drawPublicationNotes } from "./notes.ts";
import { drawBandsPart, drawCountsPart, drawLawEnforcementPart } from "./parts.ts";
import { PAGE } from "./page.ts";
import {
  drawBreakdown,
  drawCountryTable,
  drawDefinitions,
  drawFooters,
  drawHeadlineFigures,
  drawIntro,
} from "./sections.ts";

/** "a", "a and b", "a, b and c". */
function listInWords(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items.at(-1) ?? ""}`;
}

function fileName(url: string): string {
  return url.slice(url.lastIndexOf("/") + 1);
}

/**
 * The PDF report for one period: a title page with the headline figures and the
 * disclosure breakdown, the table of all countries, and definitions. When other
 * report sections reported the period, each gets a part of its own after law
 * enforcement's, with an H2 and a bookmark. Tagged
 * (PDF/UA structure), with an embedded font, and byte-for-byte reproducible: its
 * dates come from the period, so the file ID pdfkit derives from them is fixed too.
 * Throws a {@link FontCoverageError} at once, before any drawing, when the font lacks a glyph.
 */
export function buildPeriodPdf(dataset: Dataset, data: PeriodData): Promise<Buffer> {
  const pdfName = fileName(urls.periodPdf(data.period));
  assertFontCovers(dataset, data, pdfName);
  const { site } = dataset;
  // The figures the period's page shows (src/payloads), in the same objects; each other section that reported
  // the period has its figures there too.
  const payload = periodPayload(dataset, data);
  const others = payload.sections.filter((s) => !isFirstSection(s.id) && s.figures !== null);
  const period = periodLongLabel(data.period);
  const title = `${site.title}, ${period}`;
  const { doc, done } = createDocument(
    {
      title,
      author: site.organisation,
      subject:
        others.length === 0
          ? `Law-enforcement requests for customer data received by ${site.organisation}, by country, ${period}`
          : `Requests for customer data received by ${site.organisation}, by report section and country, ${period}`,
      creator: `${site.title} (generated from the published data)`,
      language: site.language,
    },
    periodEnd(data.period),
  );

  const root = doc.struct("Document");
  doc.addStructure(root);
  const newPage = (): number => {
    doc.addPage();
    return PAGE.top;
  };
  const ctx: PdfContext = { doc, root, dataset, data, period, newPage };

  // Room for the publication notes after the definitions, when there are any.
  const notes = payload.publication?.published !== undefined || (payload.publication?.corrections.length ?? 0) > 0;
  let y: number;
  if (others.length === 0) {
    // Law enforcement only: the report as it was before sections existed, byte for byte.
    y = drawIntro(ctx, PAGE.top + 40);
    y = drawHeadlineFigures(ctx, payload, y);
    drawBreakdown(ctx, payload.totals, y);
    y = drawCountryTable(ctx, payload);
    y = drawDefinitions(ctx, y, notes ? 120 : 0);
  } else {
    const labels = others.map((s) => labelInText(s.label));
    y = drawIntro(ctx, PAGE.top + 40, ` It also covers ${listInWords(labels)}, each in a part of its own.`);
    y = drawLawEnforcementPart(ctx, payload, y);
    for (const section of others) {
      if (section.kind === "counts") {
        if (section.figures) y = drawCountsPart(ctx, section.id, section.figures, y);
      } else if (section.figures) y = drawBandsPart(ctx, section.id, section.figures.rows, y);
    }
    // Each part opens with what its section counts, so the definitions stay those of the outcomes.
    y = drawDefinitions(ctx, y, notes ? 120 : 0);
  }
  drawPublicationNotes(doc, root, dataset, data, y, newPage, block);
  root.end();

  drawFooters(ctx, {
    left: `${site.organisation} · ${title}`,
    source: `${site.siteUrl.replace(/\/$/, "")}${urls.periodCsv(data.period)}`,
  });
  doc.end();
  return done;
}
