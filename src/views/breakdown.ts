import { OUTCOMES, sharesOf, type Totals } from "../data/aggregate.ts";
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
 * caller marks those that name none on the caption, as they may have changed any figure of the table.
 */
export function breakdownTable(
  totals: Totals,
  caption: Child,
  compare?: { label: string; totals: Totals },
  corrections: readonly CorrectionRef[] = [],
): El {
  const shares = sharesOf(totals);
  const other = compare ? sharesOf(compare.totals) : null;
  return h(
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
}
