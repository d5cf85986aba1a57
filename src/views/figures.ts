import { changeBetween, type Totals } from "../data/aggregate.ts";
import { changeArrow, formatAccounts, formatChangeFigures, formatCount } from "../data/format.ts";
import { type Period, periodLabel } from "../data/period.ts";
import type { SectionId } from "../data/sections.ts";
import type { CorrectionRef } from "../publication/note.ts";
import { urls } from "../lib/urls.ts";
import { type El, h } from "../render/tree.ts";
import { DEFINITION_ANCHORS } from "../registry/outcomes.ts";
import { correctionLines, DEFAULT_SECTION } from "./correction-marks.ts";

/**
 * The change against the previous half-year. Only between two figures that were both reported: a period
 * with no row, or accounts not reported, gives no change at all (never a fall to zero).
 */
function changeLine(from: number | null, to: number | null, previous: Period | null): El | null {
  if (previous === null || from === null || to === null) return null;
  const change = changeBetween(from, to);
  const arrow = changeArrow(change);
  return h(
    "span",
    { class: `change${change.delta > 0 ? " change-up" : change.delta < 0 ? " change-down" : ""}` },
    arrow ? h("span", { class: "change-arrow", "aria-hidden": "true" }, `${arrow} `) : null,
    `${formatChangeFigures(change)} since ${periodLabel(previous)}`,
  );
}

/**
 * The two headline figures. `previous` gives the change against the previous
 * half-year; a blank accounts sum says how many rows did not report. `corrections` are those that
 * changed these figures (the caller picks the subject's); each one reaching `section` is marked on both.
 */
export function headlineFigures(
  totals: Totals,
  previous: { period: Period; totals: Totals } | null,
  corrections: readonly CorrectionRef[] = [],
  section: SectionId = DEFAULT_SECTION,
): El {
  const marks = () => correctionLines(corrections, section);
  const prev = previous?.period ?? null;
  const partial =
    totals.accounts !== null && totals.accountsNotReported > 0
      ? h(
          "span",
          { class: "change" },
          `${totals.accountsNotReported} ${totals.accountsNotReported === 1 ? "country" : "countries"} did not report accounts`,
        )
      : null;
  return h(
    "dl",
    { class: "figures", "data-figures": "" },
    h(
      "div",
      { class: "figure" },
      h("dt", {}, h("a", { href: `${urls.definitions}#${DEFINITION_ANCHORS.requests}` }, "Total number of requests")),
      h(
        "dd",
        {},
        h("span", { class: "value", "data-figure": "requests" }, formatCount(totals.requests)),
        changeLine(previous?.totals.requests ?? null, totals.requests, prev),
        marks(),
      ),
    ),
    h(
      "div",
      { class: "figure" },
      h(
        "dt",
        {},
        h("a", { href: `${urls.definitions}#${DEFINITION_ANCHORS.accounts}` }, "Accounts/users specified in requests"),
      ),
      h(
        "dd",
        {},
        h("span", { class: "value", "data-figure": "accounts" }, formatAccounts(totals.accounts)),
        partial,
        changeLine(previous?.totals.accounts ?? null, totals.accounts, prev),
        marks(),
      ),
    ),
  );
}
