import { type Totals, totalsOf } from "../data/aggregate.ts";
import { type Period, periodIndex, periodLabel, periodLongLabel } from "../data/period.ts";
import { urls } from "../lib/urls.ts";
import { type El, h } from "../render/tree.ts";
import { breakdownTable } from "./breakdown.ts";
import { breakdownChart, compareChart, countryTrend, worldMap } from "./charts.ts";
import { headlineFigures } from "./figures.ts";
import { releaseNote } from "./release-note.ts";
import type { CountryPayload, PeriodPayload, PublicRow } from "./payloads.ts";
import { countryTable, historyTable } from "./tables.ts";

/** A rendered view: its title for `<title>` and the tree for the swappable region. */
export interface View {
  title: string;
  body: El;
}

function rowTotals(row: PublicRow | null): Totals {
  return totalsOf(row ? [{ ...row, line: 0 }] : []);
}

function pager(prev: { href: string; label: string } | null, next: { href: string; label: string } | null): El {
  return h(
    "nav",
    { class: "pager", "aria-label": "Periods" },
    prev ? h("a", { href: prev.href, rel: "prev" }, `← ${prev.label}`) : h("span", {}),
    next ? h("a", { href: next.href, rel: "next" }, `${next.label} →`) : h("span", {}),
  );
}

/** A line of download links, so every view leads to the files behind it. */
function downloads(links: readonly { href: string; label: string }[]): El {
  return h(
    "p",
    { class: "view-downloads no-print" },
    "Download: ",
    links.map((l, i) => [i > 0 ? " · " : null, h("a", { href: l.href }, l.label)]),
  );
}

/** The global view of one period; the overview is the same view of the latest period. */
export function periodView(p: PeriodPayload, overview: boolean): View {
  const label = periodLabel(p.period);
  const heading = overview ? `Law enforcement requests, ${periodLongLabel(p.period)}` : `Worldwide, ${label}`;
  return {
    title: overview ? "Overview" : `Worldwide, ${label}`,
    body: h(
      "div",
      { class: "view", "data-view": "period" },
      h("h1", {}, heading),
      releaseNote(p.publication),
      overview
        ? null
        : pager(
            p.previous ? { href: urls.period(p.previous.period), label: periodLabel(p.previous.period) } : null,
            p.next ? { href: urls.period(p.next), label: periodLabel(p.next) } : null,
          ),
      headlineFigures(p.totals, p.previous),
      overview
        ? null
        : downloads([
            { href: urls.periodPdf(p.period), label: `${label} report (PDF)` },
            { href: urls.periodCsv(p.period), label: `${label} data (CSV)` },
          ]),
      h(
        "section",
        { "aria-labelledby": "breakdown-heading", "data-chart-slot": "breakdown" },
        h("h2", { id: "breakdown-heading" }, "What happened to the requests"),
        breakdownChart(p.totals, "worldwide", p.period),
        breakdownTable(p.totals, `Disclosure breakdown, worldwide, ${label}`),
      ),
      h(
        "section",
        { "aria-labelledby": "countries-heading", "data-chart-slot": "map" },
        h("h2", { id: "countries-heading" }, "Requests by country or region"),
        worldMap(p),
        countryTable(p.rows, p.period, p.totals),
      ),
    ),
  };
}

/** One country over every period. */
export function countryView(c: CountryPayload): View {
  const present = c.series.filter((s) => s.row !== null);
  const all = totalsOf(present.map((s) => ({ ...(s.row as PublicRow), line: 0 })));
  const first = present[0]?.period;
  const last = present.at(-1)?.period;
  return {
    title: `${c.name}: all periods`,
    body: h(
      "div",
      { class: "view", "data-view": "country" },
      h("h1", {}, c.name),
      h(
        "p",
        { class: "lede" },
        first && last
          ? `Requests from ${c.name} in every reported period, from ${periodLabel(first)} to ${periodLabel(last)}. Totals over time are in the last row of the table.`
          : `No requests from ${c.name} have been reported.`,
      ),
      h(
        "section",
        { "aria-labelledby": "total-heading" },
        h("h2", { id: "total-heading" }, "All periods together"),
        headlineFigures(all, null),
        downloads([{ href: urls.countryCsv(c.code), label: `${c.name}, all periods (CSV)` }]),
      ),
      h(
        "section",
        { "aria-labelledby": "history-heading", "data-chart-slot": "trend" },
        h("h2", { id: "history-heading" }, "Requests by period"),
        countryTrend(c),
        historyTable(c.code, c.series),
      ),
    ),
  };
}

/** One country in one period, beside the global figures for that period. */
export function countryPeriodView(c: CountryPayload, period: Period): View {
  const i = c.series.findIndex((s) => periodIndex(s.period) === periodIndex(period));
  const entry = c.series[i];
  if (!entry) throw new Error(`${c.code} has no entry for ${periodLabel(period)}`);
  const before = c.series[i - 1];
  const after = c.series[i + 1];
  const label = periodLabel(period);
  const totals = rowTotals(entry.row);
  const previous =
    before && periodIndex(before.period) === periodIndex(period) - 1
      ? { period: before.period, totals: rowTotals(before.row) }
      : null;
  return {
    title: `${c.name}, ${label}`,
    body: h(
      "div",
      { class: "view", "data-view": "country-period" },
      h("h1", {}, `${c.name}, ${label}`),
      releaseNote(entry.publication),
      pager(
        before ? { href: urls.countryPeriod(c.code, before.period), label: periodLabel(before.period) } : null,
        after ? { href: urls.countryPeriod(c.code, after.period), label: periodLabel(after.period) } : null,
      ),
      h(
        "p",
        {},
        h("a", { href: urls.country(c.code) }, `All periods for ${c.name}`),
        " · ",
        h("a", { href: urls.period(period) }, `All countries in ${label}`),
      ),
      entry.row
        ? null
        : h("p", { class: "notice", role: "note" }, `No requests from ${c.name} were reported for ${label}.`),
      headlineFigures(totals, previous),
      downloads([
        { href: urls.countryCsv(c.code), label: `${c.name}, all periods (CSV)` },
        { href: urls.periodPdf(period), label: `${label} report (PDF)` },
      ]),
      h(
        "section",
        { "aria-labelledby": "breakdown-heading", "data-chart-slot": "compare" },
        h("h2", { id: "breakdown-heading" }, "What happened to the requests"),
        compareChart(c, totals, entry.global, period),
        breakdownTable(totals, `Disclosure breakdown, ${c.name}, ${label}, with worldwide shares`, {
          label: "Worldwide share",
          totals: entry.global,
        }),
      ),
    ),
  };
}
