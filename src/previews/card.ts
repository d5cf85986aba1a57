import { OUTCOMES, type Totals } from "../data/aggregate.ts";
import { formatCount, formatShare } from "../data/format.ts";
import { breakdownLayout, breakdownState } from "../charts/breakdown.ts";
import { BACKGROUND } from "../charts/palette.ts";
import { outcomeClass, outcomeDefs, outcomeFill, painted } from "../charts/svg.ts";
import { type Child, type El, h, toHtml } from "../render/tree.ts";
import { OUTCOME_COLOURS, OUTCOME_LABELS } from "../registry/outcomes.ts";

/** The size social sites show a large preview at (1.91:1). */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
const MARGIN = 72;
const BAR_TOP = 330;
const BAR_HEIGHT = 72;
const INK = "#1a1a1a";
const MUTED = "#555555";

/**
 * Charts paint with classes that the site's CSS colours (src/styles/charts.css). A card is rasterised on its own,
 * so it carries the same rules with the light palette's values: a shared preview is always light.
 */
const CARD_PAINT = [
  ...OUTCOMES.map((o) => `.${outcomeClass(o)}{fill:${OUTCOME_COLOURS[o]}}`),
  `.paint-bg{fill:${BACKGROUND}}`,
  `.pattern-overlay{stroke:${BACKGROUND}}`,
].join("");

/** What a preview card shows: whose figures, for when, and the totals behind the bar. */
export interface CardContent {
  /** The report's organisation and title, in small type at the top. */
  site: string;
  /** `Germany`, `Worldwide`. */
  heading: string;
  /** `January–June 2026`, `All periods, Jan–Jun 2013 to Jan–Jun 2026`. */
  period: string;
  /** Null: no law-enforcement figures to draw (a country only in other sections); the card shows no bar. */
  totals: Totals | null;
}

const text = (x: number, y: number, size: number, content: string, attrs: Record<string, string | number> = {}): El =>
  h("text", { x, y, "font-size": size, fill: INK, ...attrs }, content);

/** A link-preview card as standalone SVG (see {@link cardTree}). */
export function cardSvg(card: CardContent): string {
  return toHtml(cardTree(card));
}

/**
 * A link-preview card as an SVG tree: the heading, the period, the number of
 * requests and the disclosure breakdown bar with the site's own layout, colours and
 * patterns (src/charts), labelled in words below so colour is never the only cue.
 * Text is set in DejaVu Sans, which the PNG renderer outlines (outline.ts).
 */
export function cardTree(card: CardContent): El {
  if (card.totals === null) {
    return frame(card, [text(MARGIN, 304, 36, "Not in the law-enforcement report", { fill: MUTED })]);
  }
  const state = breakdownState(card.totals);
  const width = CARD_WIDTH - 2 * MARGIN;
  const segments = breakdownLayout(state);
  const bar =
    segments.length === 0
      ? [
          h("rect", { x: MARGIN, y: BAR_TOP, width, height: BAR_HEIGHT, fill: "#f4f6f8", stroke: "#767676" }),
          text(MARGIN + 24, BAR_TOP + 46, 30, "No requests received", { fill: MUTED }),
        ]
      : segments.map((s) =>
          h("rect", {
            x: MARGIN + (width * s.x) / 100,
            y: BAR_TOP,
            width: (width * s.width) / 100,
            height: BAR_HEIGHT,
            ...painted(null, outcomeFill("card", s.outcome)),
          }),
        );
  const legend = OUTCOMES.map((outcome, i) => {
    const part = state.parts.find((p) => p.outcome === outcome);
    // One row per outcome: the longest label with its share does not fit in half the card's width.
    const y = BAR_TOP + BAR_HEIGHT + 60 + i * 46;
    return [
      h("rect", { x: MARGIN, y: y - 24, width: 28, height: 28, ...painted(null, outcomeFill("card", outcome)) }),
      text(MARGIN + 42, y, 26, `${OUTCOME_LABELS[outcome]}: ${part ? formatShare(part.share) : "–"}`),
    ];
  });
  const requests = card.totals.requests;
  return frame(card, [
    text(MARGIN, 304, 36, `${formatCount(requests)} ${requests === 1 ? "request" : "requests"}`, {
      "font-weight": "bold",
    }),
    bar,
    legend,
  ]);
}

/** The card's frame: the site, the heading and the period, above `body` (also the described report's cards). */
export function frame(card: CardContent, body: Child[]): El {
  const width = CARD_WIDTH - 2 * MARGIN;
  return h(
    "svg",
    { xmlns: "http://www.w3.org/2000/svg", width: CARD_WIDTH, height: CARD_HEIGHT, "font-family": "DejaVu Sans" },
    h("style", {}, CARD_PAINT),
    outcomeDefs("card"),
    h("rect", { width: CARD_WIDTH, height: CARD_HEIGHT, fill: BACKGROUND }),
    h("rect", { width: CARD_WIDTH, height: 12, fill: INK }),
    text(MARGIN, 92, 26, card.site, { fill: MUTED }),
    // Long names get smaller type so they stay on the card (DejaVu Sans Bold averages about 0.65 em per character).
    text(MARGIN, 178, Math.min(64, Math.floor(width / (0.65 * Array.from(card.heading).length))), card.heading, {
      "font-weight": "bold",
    }),
    text(MARGIN, 240, 36, card.period, { fill: MUTED }),
    body,
  );
}
