import { OUTCOMES, sharesOf, type Totals, totalsOf } from "../data/aggregate.ts";
import { formatAccounts, formatCount, formatShare } from "../data/format.ts";
import { type Period, periodIndex, periodLabel } from "../data/period.ts";
import { urls } from "../lib/urls.ts";
import { type Child, type El, h } from "../render/tree.ts";
import type { PublicRow } from "../payloads/payloads.ts";
import { OUTCOME_LABELS, OUTCOME_SHORT_LABELS } from "../registry/outcomes.ts";

function headerCell(label: string, key: string, type: "text" | "number", title?: string): El {
  return h(
    "th",
    { scope: "col", class: type === "number" ? "num" : null, "data-sort-key": key, "data-sort-type": type, title },
    label,
  );
}

function figureCells(t: Totals | PublicRow): Child[] {
  const requests = t.requests;
  const shares = sharesOf({ ...t, accountsNotReported: 0, countries: 1 });
  return [
    h("td", { class: "num", "data-sort-value": requests }, formatCount(requests)),
    h("td", { class: "num", "data-sort-value": t.accounts ?? -1 }, formatAccounts(t.accounts)),
    OUTCOMES.map((o) =>
      h(
        "td",
        { class: "num", "data-sort-value": t[o] },
        formatCount(t[o]),
        h("span", { class: "share" }, ` ${formatShare(shares[o])}`),
      ),
    ),
  ];
}

function figureHeaders(): El[] {
  return [
    headerCell("Requests", "requests", "number"),
    headerCell("Accounts/users", "accounts", "number"),
    ...OUTCOMES.map((o) => headerCell(OUTCOME_SHORT_LABELS[o], o, "number", OUTCOME_LABELS[o])),
  ];
}

/** Every country in one period, largest first; sortable by any column with JavaScript. */
export function countryTable(rows: readonly PublicRow[], period: Period, totals: Totals): El {
  const sorted = [...rows].sort((a, b) => b.requests - a.requests || a.country.localeCompare(b.country, "en"));
  return h(
    "sortable-table",
    { class: "table-scroll" },
    h(
      "table",
      { class: "data-table", id: "countries-table" },
      h("caption", {}, `Requests by country or region, ${periodLabel(period)}`),
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
              { scope: "row", "data-sort-value": r.country },
              h("a", { href: urls.countryPeriod(r.countryCode, period) }, r.country),
            ),
            figureCells(r),
          ),
        ),
      ),
      h("tfoot", {}, h("tr", {}, h("th", { scope: "row" }, `All ${rows.length} countries`), figureCells(totals))),
    ),
  );
}

/** One country's history, newest first. Periods without requests say so instead of showing zeros. */
export function historyTable(code: string, series: readonly { period: Period; row: PublicRow | null }[]): El {
  const present = series.flatMap((s) => (s.row ? [s.row] : []));
  const all = totalsOf(present);
  const newestFirst = [...series].sort((a, b) => periodIndex(b.period) - periodIndex(a.period));
  return h(
    "sortable-table",
    { class: "table-scroll" },
    h(
      "table",
      { class: "data-table", id: "history-table" },
      h("caption", {}, "Requests by period"),
      h("thead", {}, h("tr", {}, headerCell("Period", "period", "number"), figureHeaders())),
      h(
        "tbody",
        {},
        newestFirst.map(({ period, row }) =>
          h(
            "tr",
            { "data-period": `${period.year}-H${period.half}`, class: row ? null : "no-requests" },
            h(
              "th",
              { scope: "row", "data-sort-value": periodIndex(period) },
              h("a", { href: urls.countryPeriod(code, period) }, periodLabel(period)),
            ),
            row ? figureCells(row) : h("td", { colspan: 6, class: "muted" }, "No requests reported"),
          ),
        ),
      ),
      h(
        "tfoot",
        {},
        h("tr", {}, h("th", { scope: "row" }, `All periods (${present.length} with requests)`), figureCells(all)),
      ),
    ),
  );
}
