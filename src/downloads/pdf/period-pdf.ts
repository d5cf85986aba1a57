import { periodTotals } from "../../data/aggregate.ts";
import type { Dataset, PeriodData } from "../../data/dataset.ts";
import { periodEnd, periodLongLabel } from "../../data/period.ts";
import { urls } from "../../lib/urls.ts";
import { assertFontCovers } from "./coverage.ts";
import { block, createDocument, type PdfContext } from "./document.ts";
import { drawPublicationNotes } from "./notes.ts";
import { PAGE } from "./page.ts";
import {
  drawBreakdown,
  drawCountryTable,
  drawDefinitions,
  drawFooters,
  drawHeadlineFigures,
  drawIntro,
} from "./sections.ts";

function fileName(url: string): string {
  return url.slice(url.lastIndexOf("/") + 1);
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
  const totals = periodTotals(data);
  const title = `${site.title}, ${period}`;
  const { doc, done } = createDocument(
    {
      title,
      author: site.organisation,
      subject: `Law-enforcement requests for customer data received by ${site.organisation}, by country, ${period}`,
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

  let y = drawIntro(ctx, PAGE.top + 40);
  y = drawHeadlineFigures(ctx, totals, y);
  drawBreakdown(ctx, totals, y);
  y = drawCountryTable(ctx, totals);
  y = drawDefinitions(ctx, y);
  drawPublicationNotes(doc, root, dataset, data, y, newPage, block);
  root.end();

  drawFooters(ctx, {
    left: `${site.organisation} · ${title}`,
    source: `${site.siteUrl.replace(/\/$/, "")}${urls.periodCsv(data.period)}`,
  });
  doc.end();
  return done;
}
