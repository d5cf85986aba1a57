import { OUTCOMES, sharesOf, type Totals } from "../../data/aggregate.ts";
import { formatCount, formatShare } from "../../data/format.ts";
import { OUTCOME_COLOURS, OUTCOME_LABELS } from "../../registry/outcomes.ts";
import { COLOURS, CONTENT_WIDTH, type Doc, line, PAGE, useFont } from "./page.ts";

const LABEL_WIDTH = 178;
const VALUE_WIDTH = 112;
const BAR_HEIGHT = 16;
const ROW_GAP = 12;

/** Height the chart needs. */
export const CHART_HEIGHT = OUTCOMES.length * (BAR_HEIGHT + ROW_GAP) - ROW_GAP;

/** What the chart shows, in words: the alternative text of the Figure. */
export function chartAltText(totals: Totals, periodLabel: string): string {
  if (totals.requests === 0) return `No requests were received in ${periodLabel}, so there is no breakdown to show.`;
  const shares = sharesOf(totals);
  const parts = OUTCOMES.map((o) => `${OUTCOME_LABELS[o]}: ${formatCount(totals[o])} (${formatShare(shares[o])})`);
  return `Bar chart of what happened to the ${formatCount(totals.requests)} requests in ${periodLabel}. ${parts.join("; ")}.`;
}

/**
 * The disclosure breakdown as horizontal bars, one per outcome, each labelled
 * with its name, count and share: the colour repeats the site's legend but
 * never carries meaning on its own. Bars are scaled to 100% of requests.
 */
export function drawBreakdownChart(doc: Doc, totals: Totals, top: number): void {
  const shares = sharesOf(totals);
  const barLeft = PAGE.left + LABEL_WIDTH;
  const barWidth = CONTENT_WIDTH - LABEL_WIDTH - VALUE_WIDTH;
  OUTCOMES.forEach((outcome, i) => {
    const y = top + i * (BAR_HEIGHT + ROW_GAP);
    const textY = y + 3;
    useFont(doc, "regular", 9.5);
    line(doc, OUTCOME_LABELS[outcome], PAGE.left, textY);
    doc.rect(barLeft, y, barWidth, BAR_HEIGHT).fill(COLOURS.track);
    const share = shares[outcome];
    const length = share === null ? 0 : (barWidth * share) / 10000;
    if (length > 0) doc.rect(barLeft, y, length, BAR_HEIGHT).fill(OUTCOME_COLOURS[outcome]);
    useFont(doc, "bold", 9.5);
    const count = formatCount(totals[outcome]);
    line(doc, count, barLeft + barWidth + 8, textY);
    useFont(doc, "regular", 9.5, COLOURS.muted);
    line(doc, formatShare(share), barLeft + barWidth + 8 + doc.widthOfString("000,000") + 10, textY);
  });
  doc.fillColor(COLOURS.text);
}
