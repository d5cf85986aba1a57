import { OUTCOMES, sharesOf, type Totals, totalsOf } from "../data/aggregate.ts";
import { formatAccounts, formatCount, formatShare } from "../data/format.ts";
import { type Period, periodIndex, periodLabel, periodSlug } from "../data/period.ts";
import type { CorrectedFigure } from "../data/publication-types.ts";
import type { SectionId } from "../data/sections.ts";
import { urls } from "../lib/urls.ts";
import { type Child, type El, h } from "../render/tree.ts";
import type { PublicRow } from "../payloads/payloads.ts";
import type { CorrectionRef } from "../publication/note.ts";
import { OUTCOME_LABELS, OUTCOME_SHORT_LABELS } from "../registry/outcomes.ts";
import { correctionMarks, DEFAULT_SECTION, forCountry, namingFigure, wholeSubject } from "./correction-marks.ts";

/** A sortable column heading; `align` follows the cells below (a period sorts as a number but reads as text). */
function headerCell(
  label: Child,
  key: string,
  type: "text" | "number",
  title?: string,
  align: "text" | "number" = type,
  share = false,
): El {
  return h(
    "th",
    {
      scope: "col",
      class: align === "number" ? "num" : null,
      "data-sort-key": key,
      "data-sort-type": type,
      "data-sort-share": share ? "" : null,
      title,
    },
    label,
  );
}

/**
 * A row's figures. The markup is what a 200-row table repeats, so each cell carries only what its text cannot:
 * `.figures-table` right-aligns every figure cell and styles the share in its `<span>` (no class per cell), and
 * `<sortable-table>` sorts by the number a cell shows, so `data-sort-value` is only there when the cell shows
 * words ("not reported" sorts as −1). A country's name sorts by its link's text the same way.
 */
function figureCells(
  t: Totals | PublicRow,
  refs: readonly CorrectionRef[] = [],
  section: SectionId = DEFAULT_SECTION,
): Child[] {
  const requests = t.requests;
  const shares = sharesOf({ ...t, accountsNotReported: 0, countries: 1 });
  // A correction that names its figures marks those cells only (after the figure, so sorting still reads it).
  const marks = (figure: CorrectedFigure) =>
    refs.length === 0 ? null : correctionMarks(namingFigure(refs, figure), section);
  return [
    h("td", {}, formatCount(requests), marks("requests")),
    h("td", { "data-sort-value": t.accounts === null ? -1 : null }, formatAccounts(t.accounts), marks("accounts")),
    OUTCOMES.map((o) => h("td", {}, formatCount(t[o]), h("span", {}, ` ${formatShare(shares[o])}`), marks(o))),
  ];
}

function figureHeaders(): El[] {
  return [
    headerCell("Requests", "requests", "number"),
    // A phone may wrap it after the slash (global.css narrows the columns there).
    headerCell(["Accounts/", h("wbr"), "users"], "accounts", "number"),
    ...OUTCOMES.map((o) => headerCell(OUTCOME_SHORT_LABELS[o], o, "number", OUTCOME_LABELS[o], "number", true)),
  ];
}

/**
 * Every country in one period, largest first; sortable by any column with JavaScript. Sections other than law
 * enforcement pass their own table id and caption, and the `#anchor` their country links go to. `corrections` are
 * the period's (worldwide view): a country's own mark its row, and every one the worldwide total row.
 */
export function countryTable(
  rows: readonly PublicRow[],
  period: Period,
  totals: Totals,
  options: { id: string; caption: string; hash: string } = {
    id: "countries-table",
    caption: `Requests by country or region, ${periodLabel(period)}`,
    hash: "",
  },
  corrections: readonly CorrectionRef[] = [],
  section: SectionId = DEFAULT_SECTION,
): El {
  const sorted = [...rows].sort((a, b) => b.requests - a.requests || a.country.localeCompare(b.country, "en"));
  return h(
    "sortable-table",
    // A box that scrolls (on a phone, both ways) is reached by the keyboard and named for screen readers.
    { class: "table-scroll", tabindex: 0, role: "region", "aria-label": `${options.caption} (scrolls)` },
    h(
      "table",
      { class: "data-table figures-table", id: options.id },
      h("caption", {}, options.caption),
      h("thead", {}, h("tr", {}, headerCell("Country or region", "country", "text"), figureHeaders())),
      h(
        "tbody",
        {},
        sorted.map((r) =>
          h(
            "tr",
            { "data-country": r.countryCode },
            h(
              "th",
              { scope: "row" },
              h("a", { href: urls.countryPeriod(r.countryCode, period) + options.hash }, h("bdi", {}, r.country)),
              correctionMarks(wholeSubject(forCountry(corrections, r.countryCode)), section),
            ),
            figureCells(r, forCountry(corrections, r.countryCode), section),
          ),
        ),
      ),
      h(
        "tfoot",
        {},
        h(
          "tr",
          {},
          h(
            "th",
            { scope: "row" },
            `All ${rows.length} countries`,
            correctionMarks(wholeSubject(corrections), section),
          ),
          figureCells(totals, corrections, section),
        ),
      ),
    ),
  );
}

/** The words for a period whose report has no row for the subject; never zeros (see definitions #absent-countries). */
export const NOT_IN_REPORT_ROW = "Not in this period's report";

export interface HistoryEntry {
  period: Period;
  /** null: the period's report has no row for the subject. */
  row: Totals | PublicRow | null;
  href: string;
  /** The corrections to this row's figures (already narrowed to its subject). */
  corrections?: readonly CorrectionRef[];
  /** The words for a period without a row, when they are not NOT_IN_REPORT_ROW (a section not reported then). */
  note?: string | undefined;
}

/**
 * Figures per period, newest first: one country's history, or the worldwide totals per period (the history
 * chart's "Show data"). Periods whose report has no row say so instead of showing zeros.
 */
export function periodHistoryTable(
  entries: readonly HistoryEntry[],
  options: { caption: string; id: string; totalLabel: (withRows: number) => string; section?: SectionId },
): El {
  const section = options.section ?? DEFAULT_SECTION;
  // The total over periods changed with any row that did; a period with no row has no figures to correct.
  const allCorrections = entries.flatMap((e) => (e.row ? (e.corrections ?? []) : []));
  const present = entries.flatMap((s) => (s.row ? [s.row] : []));
  const all = totalsOf(present);
  const newestFirst = [...entries].sort((a, b) => periodIndex(b.period) - periodIndex(a.period));
  return h(
    "sortable-table",
    { class: "table-scroll", tabindex: 0, role: "region", "aria-label": `${options.caption} (scrolls sideways)` },
    h(
      "table",
      { class: "data-table figures-table", id: options.id },
      h("caption", {}, options.caption),
      h("thead", {}, h("tr", {}, headerCell("Period", "period", "number", undefined, "text"), figureHeaders())),
      h(
        "tbody",
        {},
        newestFirst.map(({ period, row, href, corrections, note }) =>
          h(
            "tr",
            { "data-period": periodSlug(period), class: row ? null : "no-requests" },
            h(
              "th",
              { scope: "row", "data-sort-value": periodIndex(period) },
              h("a", { href }, periodLabel(period)),
              row ? correctionMarks(wholeSubject(corrections ?? []), section) : null,
            ),
            row
              ? figureCells(row, corrections, section)
              : h("td", { colspan: 6, class: "muted absent" }, note ?? NOT_IN_REPORT_ROW),
          ),
        ),
      ),
      h(
        "tfoot",
        {},
        h(
          "tr",
          {},
          h(
            "th",
            { scope: "row" },
            options.totalLabel(present.length),
            correctionMarks(wholeSubject(allCorrections), section),
          ),
          figureCells(all, allCorrections, section),
        ),
      ),
    ),
  );
}

/** One country's history, newest first; each period's row marked with the corrections to the country's figures. */
export function historyTable(
  code: string,
  series: readonly { period: Period; row: PublicRow | null; publication?: { corrections: CorrectionRef[] } }[],
): El {
  return periodHistoryTable(
    series.map((s) => ({
      period: s.period,
      row: s.row,
      href: urls.countryPeriod(code, s.period),
      corrections: forCountry(s.publication?.corrections ?? [], code),
    })),
    {
      caption: "Requests by period",
      id: "history-table",
      totalLabel: (n) => `All periods (${n} in the report)`,
    },
  );
}
