import type { Comparison, LikeForLike, Totals } from "../data/aggregate.ts";
import {
  changeArrow,
  comparisonScope,
  formatAccounts,
  formatChangeFigures,
  formatCount,
  isolate,
} from "../data/format.ts";
import { type Period, periodFromIndex, periodIndex, periodLabel } from "../data/period.ts";
import type { SectionId } from "../data/sections.ts";
import type { CorrectionRef } from "../publication/note.ts";
import { urls } from "../lib/urls.ts";
import { type El, h } from "../render/tree.ts";
import { DEFINITION_ANCHORS } from "../registry/outcomes.ts";
import { correctionLines, DEFAULT_SECTION, forFigure } from "./correction-marks.ts";

/**
 * The change against the previous half-year, like with like: over the countries that reported the figure in both
 * (never a fall to zero from a period with no row or blank accounts). When that is not every country, or none,
 * a second line says so.
 */
function changeLine(l: LikeForLike, previous: Period): El[] {
  const scope = comparisonScope(l, previous, periodFromIndex(periodIndex(previous) + 1), isolate);
  const note = scope === null ? null : h("span", { class: "change change-scope" }, scope);
  if (l.change === null) return [note].filter((e) => e !== null);
  const change = l.change;
  const arrow = changeArrow(change);
  const line = h(
    "span",
    { class: `change${change.delta > 0 ? " change-up" : change.delta < 0 ? " change-down" : ""}` },
    arrow ? h("span", { class: "change-arrow", "aria-hidden": "true" }, `${arrow} `) : null,
    `${formatChangeFigures(change)} since ${periodLabel(previous)}`,
  );
  return note ? [line, note] : [line];
}

/**
 * The two headline figures. `previous` gives the change against the previous
 * half-year; a blank accounts sum says how many rows did not report. `corrections` are those that
 * changed these figures (the caller picks the subject's); each one reaching `section` is marked on both.
 */
export function headlineFigures(
  totals: Totals,
  previous: Comparison | null,
  corrections: readonly CorrectionRef[] = [],
  section: SectionId = DEFAULT_SECTION,
): El {
  // Each figure carries only the corrections that changed it.
  const marks = (figure: "requests" | "accounts") => correctionLines(forFigure(corrections, figure), section);
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
        previous ? changeLine(previous.requests, previous.period) : null,
        marks("requests"),
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
        previous ? changeLine(previous.accounts, previous.period) : null,
        marks("accounts"),
      ),
    ),
  );
}
