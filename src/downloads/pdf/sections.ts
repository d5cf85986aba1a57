import type { LikeForLike, Totals } from "../../data/aggregate.ts";
import { comparisonScope, formatAccounts, formatChange, formatCount } from "../../data/format.ts";
import { periodInText } from "../../data/period.ts";
import type { CountsFigures } from "../../payloads/payloads.ts";
import { CHART_HEIGHT, chartAltText, drawBreakdownChart } from "./chart.ts";
import { block, type PdfContext } from "./document.ts";
import { artifact, bookmark, COLOURS, CONTENT_WIDTH, lineRight, line, PAGE, useFont } from "./page.ts";
import { CountryTable, rowLine, totalsLine } from "./table.ts";
import { definitions } from "./words.ts";

/** "Kenya", "Kenya and Peru", "Chile, Kenya and Peru": as the pages list the countries that left accounts blank. */
const namesInWords = new Intl.ListFormat("en", { type: "conjunction" });

/**
 * One function per section of a period's PDF, in the order they are drawn. Each starts at `y` and
 * returns the y below what it drew. Figures come from the period's payload (src/payloads), the objects its
 * page is drawn from, never summed here again, so the PDF and the page cannot disagree.
 */

/**
 * A heading with its bookmark: H2 at the top of the outline, or, within a section's
 * part, H3 beneath the section's bookmark.
 */
function heading({ doc, root, part }: PdfContext, text: string, y: number, gapAfter: number): number {
  useFont(doc, "bold", part ? 12 : 14);
  if (part) bookmark(doc, text, part.outline);
  else bookmark(doc, text);
  return block(doc, root, part ? "H3" : "H2", text, y, gapAfter);
}

/** The organisation, the report's title, the period and what the report holds. */
export function drawIntro({ doc, root, dataset, period }: PdfContext, top: number, alsoCovers = ""): number {
  const { site } = dataset;
  let y = top;
  useFont(doc, "bold", 12, COLOURS.accent);
  y = block(doc, root, "P", site.organisation, y, 8);
  useFont(doc, "bold", 26);
  y = block(doc, root, "H1", site.title, y, 6);
  useFont(doc, "regular", 16, COLOURS.muted);
  y = block(doc, root, "P", period, y, 18);
  useFont(doc, "regular", 10.5);
  return block(
    doc,
    root,
    "P",
    `How many legal demands for customer data ${site.organisation} received from law-enforcement agencies in ` +
      `${period}, country by country, and what came of each one. Every figure is computed from the published data.` +
      alsoCovers,
    y,
    28,
  );
}

/** Requests, accounts and countries, each with its change against the half-year before where there is one. */
export function drawHeadlineFigures(ctx: PdfContext, figures: CountsFigures, top: number): number {
  const { doc, root, data } = ctx;
  const { totals, previous: before, rows } = figures;
  const y = heading(ctx, "Headline figures", top, 12);
  // Change against the half-year before, as the site shows it: like with like, none after a gap.
  const versus = before ? ` vs ${periodInText(before.period)}` : "";
  const change = (l: LikeForLike | undefined) => (l?.change ? formatChange(l.change) + versus : undefined);
  const scopes = before
    ? (["requests", "accounts"] as const).flatMap((figure) => {
        const scope = comparisonScope(before[figure], before.period, data.period);
        return scope === null ? [] : [`${figure === "requests" ? "Requests" : "Accounts/users"}: ${scope}`];
      })
    : [];
  const shown = [
    {
      value: formatCount(totals.requests),
      label: "Requests received",
      change: change(before?.requests),
    },
    {
      value: formatAccounts(totals.accounts),
      label: "Accounts/users specified",
      change: change(before?.accounts),
    },
    {
      value: formatCount(totals.countries),
      label: totals.countries === 1 ? "Country or region" : "Countries and regions",
      change: undefined,
    },
  ];
  const figureWidth = CONTENT_WIDTH / shown.length;
  shown.forEach((figure, i) => {
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
  let below = y + (before ? 64 : 50);
  if (totals.accountsNotReported > 0 && totals.accounts !== null) {
    useFont(doc, "regular", 9, COLOURS.muted);
    // Named, as the pages name them, so a reader knows whose accounts the sum leaves out.
    const blank = rows.filter((r) => r.accounts === null).map((r) => r.country);
    below = block(
      doc,
      root,
      "P",
      `${namesInWords.format(blank)} did not report accounts/users; the figure adds up those of the others.`,
      below,
      0,
    );
  }
  for (const scope of scopes) {
    useFont(doc, "regular", 9, COLOURS.muted);
    below = block(doc, root, "P", scope, below + 4, 0);
  }
  return below + 24;
}

/** The disclosure breakdown as a described Figure, and a note on what the shares are of. */
export function drawBreakdown(ctx: PdfContext, totals: Totals, top: number): number {
  const { doc, root, period } = ctx;
  const chartTop = heading(ctx, "What happened to the requests", top, 12);
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
  useFont(doc, "regular", 9, COLOURS.muted);
  return block(
    doc,
    root,
    "P",
    totals.requests === 0
      ? "No requests were received in this period, so there are no shares to show."
      : `Shares are of all ${formatCount(totals.requests)} requests, with two decimals. ` +
          "The definitions at the end of this report explain each outcome.",
    chartTop + CHART_HEIGHT + 14,
    0,
  );
}

/** The table of all countries, largest first, on a page of its own and continuing across pages. */
export function drawCountryTable(ctx: PdfContext, figures: CountsFigures, top?: number): number {
  const { doc, root, newPage, part } = ctx;
  const { totals } = figures;
  // Law enforcement's table starts a page; another section's follows its chart when there is room.
  let y = top === undefined || top > PAGE.bottom - 160 ? newPage() : top;
  const title = part ? `${part.label} by country` : "Requests by country";
  y = heading(ctx, title, y, 4);
  useFont(doc, "regular", 9, COLOURS.muted);
  y = block(
    doc,
    root,
    "P",
    "Counts, with each outcome's share of the country's requests below it. Sorted by the number of requests.",
    y,
    10,
  );
  const table = new CountryTable(doc, root, y, newPage, `${title} (continued)`);
  const rows = [...figures.rows].sort((a, b) => b.requests - a.requests || a.country.localeCompare(b.country, "en"));
  for (const row of rows) table.addRow(rowLine(row));
  table.addRow(totalsLine(rows.length === 1 ? "Total" : "All countries and regions", totals), true);
  return table.end() + 28;
}

/**
 * Definitions, kept together: on a fresh page when they do not fit below the table but fit on one page,
 * so the last page never holds only a paragraph or two; and never splitting one across pages.
 * `keepWith` is the height of what must follow on the same page (the publication notes).
 */
export function drawDefinitions({ doc, root, dataset, newPage }: PdfContext, top: number, keepWith = 0): number {
  const terms = definitions(dataset.site.organisation);
  useFont(doc, "regular", 9.5);
  const definitionsHeight =
    40 + terms.reduce((sum, d) => sum + 16 + doc.heightOfString(d.text, { width: CONTENT_WIDTH }) + 10, 0);
  const fitsOnOnePage = definitionsHeight <= PAGE.bottom - PAGE.top;
  const needed = definitionsHeight + keepWith;
  let y = top > PAGE.bottom - 160 || (top + needed > PAGE.bottom && fitsOnOnePage) ? newPage() : top;
  useFont(doc, "bold", 14);
  bookmark(doc, "Definitions");
  y = block(doc, root, "H2", "Definitions", y, 10);
  for (const { term, text } of terms) {
    useFont(doc, "regular", 9.5);
    const needed = 16 + doc.heightOfString(text, { width: CONTENT_WIDTH }) + 10;
    if (y + needed > PAGE.bottom) y = newPage();
    useFont(doc, "bold", 10.5);
    y = block(doc, root, "H3", term, y, 3);
    useFont(doc, "regular", 9.5);
    y = block(doc, root, "P", text, y, 10);
  }
  return y;
}

/** The footer on every page, once the page count is known: a pagination artifact, outside the structure. */
export function drawFooters({ doc }: Pick<PdfContext, "doc">, lines: { left: string; source: string }): void {
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
        line(doc, lines.left, PAGE.left, footerY);
        line(doc, `Generated from the published data: ${lines.source}`, PAGE.left, footerY + 11);
        lineRight(doc, `Page ${i - start + 1} of ${count}`, PAGE.right, footerY);
      },
      "Pagination",
    );
  }
}
