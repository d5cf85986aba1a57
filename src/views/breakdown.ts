import { basisPoints, isSmallBase, OUTCOMES, SMALL_BASE, sharesOf, type Totals } from "../data/aggregate.ts";
import { formatCount, formatShare } from "../data/format.ts";
import { urls } from "../lib/urls.ts";
import { type Child, type El, h } from "../render/tree.ts";
import { DEFINITION_ANCHORS, OUTCOME_LABELS, OUTCOME_REGISTRY } from "../registry/outcomes.ts";
import type { CorrectionRef } from "../publication/note.ts";
import { correctionMarks, namingFigure } from "./correction-marks.ts";

/**
 * The disclosure breakdown as a table: what happened to the requests, as counts
 * and as shares with two decimals. `compare` adds a column, for example the
 * global shares beside a country's. `corrections` that name their figures mark the rows of those figures; the
 * caller marks those that name none on the caption, as they may have changed any figure of the table. Shares of
 * fewer than SMALL_BASE requests get a note under the table.
 */
export function breakdownTable(
  totals: Totals,
  caption: Child,
  compare?: { label: string; totals: Totals },
  corrections: readonly CorrectionRef[] = [],
): Child {
  const shares = sharesOf(totals);
  const other = compare ? sharesOf(compare.totals) : null;
  const table = h(
    "div",
    { class: "table-scroll" },
    h(
      "table",
      { class: "breakdown", "data-breakdown": "" },
      h("caption", {}, caption),
      h(
        "thead",
        {},
        h(
          "tr",
          {},
          h("th", { scope: "col" }, "Outcome"),
          h("th", { scope: "col", class: "num" }, "Requests"),
          h("th", { scope: "col", class: "num" }, "Share"),
          compare ? h("th", { scope: "col", class: "num" }, compare.label) : null,
        ),
      ),
      h(
        "tbody",
        {},
        OUTCOMES.map((o) =>
          h(
            "tr",
            { "data-outcome": o },
            h(
              "th",
              { scope: "row" },
              h("span", { class: `swatch ${OUTCOME_REGISTRY.get(o).swatchClass}`, "aria-hidden": "true" }),
              h("a", { href: `${urls.definitions}#${DEFINITION_ANCHORS[o]}` }, OUTCOME_LABELS[o]),
              correctionMarks(namingFigure(corrections, o)),
            ),
            h("td", { class: "num", "data-count": "" }, formatCount(totals[o])),
            h("td", { class: "num", "data-share": "" }, formatShare(shares[o])),
            other ? h("td", { class: "num", "data-compare": "" }, formatShare(other[o])) : null,
          ),
        ),
      ),
      h(
        "tfoot",
        {},
        h(
          "tr",
          {},
          h("th", { scope: "row" }, "Total requests", correctionMarks(namingFigure(corrections, "requests"))),
          h("td", { class: "num" }, formatCount(totals.requests)),
          h("td", { class: "num" }, totals.requests === 0 ? "–" : "100.00%"),
          compare ? h("td", { class: "num" }, compare.totals.requests === 0 ? "–" : "100.00%") : null,
        ),
      ),
    ),
  );
  return isSmallBase(totals.requests) ? [table, smallBaseNote(totals.requests, compare !== undefined)] : table;
}

/** The caveat under shares of a few requests, where each request is a large part of the whole. */
export function smallBaseNote(requests: number, compared: boolean): El {
  return h(
    "p",
    { class: "notice small-base", role: "note", "data-small-base": "" },
    `Based on ${requests === 1 ? "a single request" : `only ${formatCount(requests)} requests`}: each one is ${formatShare(basisPoints(1, requests))} of the total, so these shares say little${compared ? ", and less still beside the worldwide shares" : ""}. `,
    h("a", { href: `${urls.definitions}#small-base` }, `Shares of fewer than ${formatCount(SMALL_BASE)} requests`),
    " are flagged this way.",
  );
}
