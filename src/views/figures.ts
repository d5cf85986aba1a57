import type { Comparison, LikeForLike, Totals } from "../data/aggregate.ts";
import {
  changeArrow,
  comparisonScope,
  formatAccounts,
  formatChangeFigures,
  formatCount,
  isolate,
} from "../data/format.ts";
import { type Period, periodFromIndex, periodIndex, periodInText } from "../data/period.ts";
import type { SectionId } from "../data/sections.ts";
import type { CorrectionRef } from "../publication/note.ts";
import { urls } from "../lib/urls.ts";
import { type El, h } from "../render/tree.ts";
import { DEFINITION_ANCHORS } from "../registry/outcomes.ts";
import { correctionLines, DEFAULT_SECTION, forFigure } from "./correction-marks.ts";
import { name } from "./parts.ts";

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
    `${formatChangeFigures(change)} since ${periodInText(previous)}`,
  );
  return note ? [line, note] : [line];
}

/**
 * Who left accounts blank in a sum: the countries of a period, or the periods of one country's history. Named,
 * so a reader knows whose figures the partial sum leaves out.
 */
export type AccountsGaps = { countries: readonly string[] } | { periods: readonly Period[] };

/** The countries of a period's rows that left accounts blank. */
export function accountsGaps(rows: readonly { country: string; accounts: number | null }[]): AccountsGaps {
  return { countries: rows.filter((r) => r.accounts === null).map((r) => r.country) };
}

const list = new Intl.ListFormat("en", { type: "conjunction" });

/** "Kenya did not report accounts", "Not reported for January–June 2014 and July–December 2015"; names from data in `<bdi>`. */
function gapsLine(gaps: AccountsGaps): El | null {
  const named = "countries" in gaps;
  const items = named ? gaps.countries : gaps.periods.map(periodInText);
  if (items.length === 0) return null;
  const parts = list
    .formatToParts(items)
    .map((part) => (part.type === "element" && named ? name(part.value) : part.value));
  return named
    ? h("span", { class: "change", "data-accounts-gaps": "" }, parts, ` did not report accounts`)
    : h("span", { class: "change", "data-accounts-gaps": "" }, "Not reported for ", parts);
}

/**
 * The two headline figures. `previous` gives the change against the previous
 * half-year; a partial accounts sum names, from `gaps`, the countries or periods it leaves out. `corrections` are those that
 * changed these figures (the caller picks the subject's); each one reaching `section` is marked on both.
 */
export function headlineFigures(
  totals: Totals,
  previous: Comparison | null,
  corrections: readonly CorrectionRef[] = [],
  section: SectionId = DEFAULT_SECTION,
  gaps: AccountsGaps = { countries: [] },
): El {
  // Each figure carries only the corrections that changed it.
  const marks = (figure: "requests" | "accounts") => correctionLines(forFigure(corrections, figure), section);
  const partial = totals.accounts !== null && totals.accountsNotReported > 0 ? gapsLine(gaps) : null;
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
