import { rowTotals, type Totals, totalsOf } from "../data/aggregate.ts";
import { isolate } from "../data/format.ts";
import { type Period, periodIndex, periodLabel, periodLongLabel } from "../data/period.ts";
import { urls } from "../lib/urls.ts";
import { type Child, type El, h } from "../render/tree.ts";
import { breakdownTable } from "./breakdown.ts";
import { breakdownChart, compareChart, countryTrend, worldMap } from "./charts.ts";
import { headlineFigures } from "./figures.ts";
import type { CountryPayload, PeriodPayload, PublicRow } from "../payloads/payloads.ts";
import type { CorrectionRef } from "../publication/note.ts";
import { releaseNote } from "./release-note.ts";
import { correctionMarks, forCountry } from "./correction-marks.ts";
import { countryTable, historyTable } from "./tables.ts";

/**
 * A rendered view: its title for `<title>`, and two swappable regions. `head` holds the heading and the
 * headline figures, so they come first on every screen; the page may put its own parts (introduction, filter)
 * between `head` and `body`, which holds the charts and tables.
 */
export interface View {
  title: string;
  head: El;
  body: El;
}

function pager(prev: { href: string; label: string } | null, next: { href: string; label: string } | null): El {
  return h(
    "nav",
    { class: "pager", "aria-label": "Periods" },
    prev ? h("a", { href: prev.href, rel: "prev" }, `← ${prev.label}`) : h("span", {}),
    next ? h("a", { href: next.href, rel: "next" }, `${next.label} →`) : h("span", {}),
  );
}

/** A line of download links, so every view leads to the files behind it; one link per line on a phone. */
function downloads(links: readonly { href: string; label: Child }[]): El {
  return h(
    "div",
    { class: "view-downloads no-print" },
    h("span", { class: "view-downloads-title" }, "Download"),
    h(
      "ul",
      {},
      links.map((l) => h("li", {}, h("a", { href: l.href }, l.label))),
    ),
  );
}

/** A country's name in HTML: isolated, so a right-to-left name cannot reorder the words around it. */
function name(text: string): El {
  return h("bdi", {}, text);
}

/** The one heading of a period's worldwide figures, the same on the overview and on the period's own page. */
export function periodHeading(period: Period): string {
  return `Law enforcement requests worldwide, ${periodLongLabel(period)}`;
}

/** The global view of one period; the overview is the same view of the latest period. */
export function periodView(p: PeriodPayload, overview: boolean): View {
  const label = periodLabel(p.period);
  const heading = periodHeading(p.period);
  return {
    title: overview ? "Overview" : `Worldwide, ${periodLongLabel(p.period)}`,
    head: h(
      "div",
      { class: "view-head" },
      h("h1", {}, heading),
      releaseNote(p.publication),
      overview
        ? null
        : pager(
            p.previous ? { href: urls.period(p.previous.period), label: periodLabel(p.previous.period) } : null,
            p.next ? { href: urls.period(p.next), label: periodLabel(p.next) } : null,
          ),
      headlineFigures(p.totals, p.previous, p.publication?.corrections),
      // The overview has its own, larger download of the current report beside the introduction.
      overview
        ? null
        : downloads([
            { href: urls.periodPdf(p.period), label: `${label} report (PDF)` },
            { href: urls.periodCsv(p.period), label: `${label} data (CSV)` },
          ]),
    ),
    body: h(
      "div",
      { class: "view", "data-view": "period" },
      h(
        "section",
        { "aria-labelledby": "breakdown-heading", "data-chart-slot": "breakdown" },
        h("h2", { id: "breakdown-heading" }, "What happened to the requests"),
        breakdownChart(p.totals, "worldwide", p.period),
        breakdownTable(p.totals, [
          `Disclosure breakdown, worldwide, ${label}`,
          correctionMarks(p.publication?.corrections ?? []),
        ]),
      ),
      h(
        "section",
        { "aria-labelledby": "countries-heading", "data-chart-slot": "map" },
        h("h2", { id: "countries-heading" }, "Requests by country or region"),
        worldMap(p),
        countryTable(p.rows, p.period, p.totals, p.publication?.corrections),
      ),
    ),
  };
}

/** One country over every period. */
export function countryView(c: CountryPayload): View {
  const present = c.series.filter((s) => s.row !== null);
  const all = totalsOf(present.map((s) => s.row as PublicRow));
  const first = present[0]?.period;
  const last = present.at(-1)?.period;
  return {
    title: `${isolate(c.name)}: all periods`,
    head: h(
      "div",
      { class: "view-head" },
      h("h1", {}, name(c.name)),
      releaseNote(c.publication),
      h(
        "p",
        { class: "lede" },
        first && last
          ? [
              "Requests from ",
              name(c.name),
              ` in every period whose report lists it, from ${periodLongLabel(first)} to ${periodLongLabel(last)}. Totals over time are in the last row of the table.`,
            ]
          : [name(c.name), " is not in any period's report."],
      ),
      h(
        "section",
        { "aria-labelledby": "total-heading" },
        h("h2", { id: "total-heading" }, "All periods together"),
        headlineFigures(all, null, c.publication?.corrections),
        downloads([{ href: urls.countryCsv(c.code), label: [name(c.name), ", all periods (CSV)"] }]),
      ),
    ),
    body: h(
      "div",
      { class: "view", "data-view": "country" },
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
  // A change only between two rows that exist: never a fall to, or a rise from, a period with no row.
  const previous =
    before?.row && periodIndex(before.period) === periodIndex(period) - 1
      ? { period: before.period, totals: rowTotals(before.row) }
      : null;
  const long = periodLongLabel(period);
  return {
    title: `${isolate(c.name)}, ${long}`,
    head: h(
      "div",
      { class: "view-head" },
      h("h1", {}, name(c.name), `, ${long}`),
      releaseNote(entry.publication),
      pager(
        before ? { href: urls.countryPeriod(c.code, before.period), label: periodLabel(before.period) } : null,
        after ? { href: urls.countryPeriod(c.code, after.period), label: periodLabel(after.period) } : null,
      ),
      h(
        "p",
        {},
        h("a", { href: urls.country(c.code) }, "All periods for ", name(c.name)),
        " · ",
        h("a", { href: urls.period(period) }, `All countries in ${label}`),
      ),
      entry.row
        ? headlineFigures(totals, previous, forCountry(entry.publication?.corrections ?? [], c.code))
        : absentNotice(c.name, long),
      downloads([
        { href: urls.countryCsv(c.code), label: [name(c.name), ", all periods (CSV)"] },
        { href: urls.periodPdf(period), label: `${label} report (PDF)` },
      ]),
    ),
    body: h(
      "div",
      { class: "view", "data-view": "country-period" },
      entry.row ? breakdownSection(c, totals, entry.global, period, entry.publication?.corrections ?? []) : null,
    ),
  };
}

/** A country × period with no row: said in words, with no figures, no change and no breakdown (never zeros). */
function absentNotice(country: string, long: string): El {
  return h(
    "div",
    { class: "notice", role: "note", "data-absent": "" },
    h("p", {}, name(country), ` is not in the report for ${long}.`),
    h(
      "p",
      {},
      "The report has no row for it in this period, which is not the same as 0 requests. ",
      h("a", { href: `${urls.definitions}#absent-countries` }, "How periods without a row are treated"),
      ".",
    ),
  );
}

/** `corrections`: the country's and the period-wide ones, since the table shows worldwide shares too. */
function breakdownSection(
  c: CountryPayload,
  totals: Totals,
  global: Totals,
  period: Period,
  corrections: readonly CorrectionRef[],
): El {
  const label = periodLabel(period);
  return h(
    "section",
    { "aria-labelledby": "breakdown-heading", "data-chart-slot": "compare" },
    h("h2", { id: "breakdown-heading" }, "What happened to the requests"),
    compareChart(c, totals, global, period),
    breakdownTable(
      totals,
      [
        h("bdi", {}, c.name),
        `: what happened to the requests, ${label}, with worldwide shares`,
        correctionMarks(corrections),
      ],
      {
        label: "Worldwide share",
        totals: global,
      },
    ),
  );
}
