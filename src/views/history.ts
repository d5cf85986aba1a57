/**
 * Each section's worldwide history: what the law-enforcement history on the periods index shows (requests by
 * period, stacked by outcome, with its table), for emergency and civil requests too, plus the headline share over
 * time, and national-security bands over time as bands, each other section on a page of its own
 * (`urls.sectionHistory`). Every chart has its table.
 */
import { disclosedShare } from "../data/aggregate.ts";
import { formatCount, formatShare } from "../data/format.ts";
import { type AuthorityId, authorityDef, AUTHORITY_IDS } from "../data/national-security.ts";
import { type Period, periodLabel, periodLongLabel, periodSlug } from "../data/period.ts";
import type { CorrectedFigure } from "../data/publication-types.ts";
import { renderBandsTrend } from "../charts/ranges-trend.ts";
import { renderShareTrend } from "../charts/share-trend.ts";
import { renderTrend } from "../charts/trend.ts";
import { urls } from "../lib/urls.ts";
import { type Child, type El, h } from "../render/tree.ts";
import type { CountsHistory, RangesHistory, SectionHistory } from "../payloads/history.ts";
import type { SectionHeader } from "../payloads/sections.ts";
import type { CorrectionRef } from "../publication/note.ts";
import { correctionMarks, wholeSubject } from "./correction-marks.ts";
import { headlineFigures } from "./figures.ts";
import { name } from "./parts.ts";
import { bandsTableHead, formatBand } from "./ranges.ts";
import { hasSections, sectionAbout, sectionDownload, sectionHeadingId } from "./sections.ts";
import { periodHistoryTable } from "./tables.ts";

const list = new Intl.ListFormat("en", { type: "conjunction" });

/** How deep a history's own parts sit: h3 inside a section of the periods index, h2 on the section's own page. */
type PartLevel = "h2" | "h3";

/** A sub-heading inside a section's history, with an id unique on the page. */
function part(history: SectionHistory, level: PartLevel, key: string, title: string, ...children: Child[]): El {
  return h("div", { class: "section-part" }, h(level, { id: `${history.id}-history-${key}-heading` }, title), children);
}

function span(history: SectionHistory): { first: Period; last: Period } | null {
  const first = history.points[0];
  const last = history.points.at(-1);
  return first && last ? { first: first.period, last: last.period } : null;
}

/** "Jan–Jun 2016 to Jan–Jun 2026 only" when the section covers part of the report, without "only" otherwise. */
export function coverageLabel(history: SectionHistory): string {
  const s = span(history);
  if (!s) return "no periods";
  const range = `${periodLabel(s.first)} to ${periodLabel(s.last)}`;
  return history.points.length < history.reportPeriods ? `${range} only` : range;
}

/**
 * Which periods the history covers, and what that leaves out: periods before the section began (or after its
 * latest file) are outside it, not gaps; a period inside it without a file was not reported.
 */
export function coverage(history: SectionHistory): El {
  const s = span(history);
  const n = history.points.length;
  const missing = history.points.filter((p) => ("totals" in p ? p.totals : p.bands) === null).map((p) => p.period);
  const later = history.kind === "ranges" ? history.later : [];
  return h(
    "p",
    { class: "section-span", "data-coverage": coverageLabel(history) },
    !s
      ? "No period has figures in this section."
      : n < history.reportPeriods
        ? `Published for ${periodLongLabel(s.first)} to ${periodLongLabel(s.last)} only: ${n} of the report's ${history.reportPeriods} half-years. ` +
          "The half-years outside that span are not gaps (the section had not begun, or its figures are not out yet), so the charts and the total leave them out."
        : `Published for every half-year of the report, ${periodLongLabel(s.first)} to ${periodLongLabel(s.last)}.`,
    missing.length > 0
      ? ` Not reported for ${list.format(missing.map(periodLabel))}, inside that span (a dashed mark on the charts).`
      : null,
    later.length > 0
      ? ` Figures for ${list.format(later.map(periodLabel))} are not published yet: the law lets them be published only after a delay.`
      : null,
  );
}

/** The corrections that can change a share of disclosed requests: requests, content and non-content, or all. */
const SHARE_FIGURES: readonly CorrectedFigure[] = ["requests", "content", "nonContent"];

function shareMarks(refs: readonly CorrectionRef[], history: CountsHistory): Child {
  return correctionMarks(
    refs.filter((c) => c.figures === undefined || c.figures.some((f) => SHARE_FIGURES.includes(f))),
    history.id,
  );
}

/** The share's own table, newest first: what each period's share is taken of. */
function shareTable(history: CountsHistory): El {
  const rows = [...history.points].reverse();
  return h(
    "details",
    { class: "chart-data" },
    h("summary", {}, "Show data"),
    h(
      "div",
      {
        class: "table-scroll",
        tabindex: 0,
        role: "region",
        "aria-label": `${history.label}: share with some data disclosed by period (scrolls sideways)`,
      },
      h(
        "table",
        { class: "data-table share-table", id: `${history.id}-share-table` },
        h("caption", {}, `${history.label} worldwide: share with some data disclosed by period`),
        h(
          "thead",
          {},
          h(
            "tr",
            {},
            h("th", { scope: "col" }, "Period"),
            h("th", { scope: "col", class: "num" }, "Requests"),
            h("th", { scope: "col", class: "num" }, "Some data disclosed"),
            h("th", { scope: "col", class: "num" }, "Share"),
          ),
        ),
        h(
          "tbody",
          {},
          rows.map(({ period, totals, corrections }) =>
            h(
              "tr",
              { "data-period": periodSlug(period) },
              h("th", { scope: "row" }, h("a", { href: `${urls.period(period)}#${history.id}` }, periodLabel(period))),
              totals
                ? [
                    h("td", { class: "num" }, formatCount(totals.requests)),
                    h("td", { class: "num" }, formatCount(totals.content + totals.nonContent)),
                    h(
                      "td",
                      { class: "num", "data-share": "" },
                      formatShare(disclosedShare(totals)),
                      shareMarks(corrections, history),
                    ),
                  ]
                : h("td", { colspan: 3, class: "muted absent" }, "Not reported for this period"),
            ),
          ),
        ),
      ),
    ),
  );
}

/** What the share counts and what it leaves out, in one place for every section. */
function shareNote(): El {
  return h(
    "p",
    { class: "section-why" },
    "The share is the requests for which content, or non-content data only, was disclosed, out of all requests " +
      "from the countries with a row in that half-year. Every row reports all four outcomes, so every such country " +
      "counts; countries without a row, and half-years that were not reported, are left out, never counted as 0.",
  );
}

/** The headline share over time: chart, table behind "Show data" and what it leaves out. */
export function shareHistory(history: CountsHistory, level: PartLevel = "h3"): El {
  return part(
    history,
    level,
    "share",
    "Share with some data disclosed",
    renderShareTrend(
      { what: history.label.toLowerCase(), points: history.points },
      {
        id: `${history.id}-share-trend`,
        title: `${history.label} worldwide: share with some data disclosed by period`,
        table: shareTable(history),
      },
    ),
    shareNote(),
  );
}

/** A counts section's worldwide history: coverage, the latest half-year, the share over time and every period. */
function countsHistory(history: CountsHistory, level: PartLevel): Child[] {
  const latest = history.latest;
  return [
    coverage(history),
    latest
      ? part(
          history,
          level,
          "latest",
          `Latest half-year: ${periodLongLabel(latest.period)}`,
          headlineFigures(latest.totals, latest.previous, latest.corrections, history.id, {
            countries: latest.accountsBlank,
          }),
        )
      : null,
    shareHistory(history, level),
    part(
      history,
      level,
      "requests",
      "Requests by period",
      renderTrend(
        { subject: "Worldwide", points: history.points.map((p) => ({ period: p.period, totals: p.totals })) },
        { id: `${history.id}-world-trend`, title: `${history.label} worldwide by period, stacked by outcome` },
      ),
      periodHistoryTable(
        history.points.map((p) => ({
          period: p.period,
          row: p.totals,
          href: `${urls.period(p.period)}#${history.id}`,
          corrections: p.corrections,
          note: "Not reported for this period",
        })),
        {
          caption: `${history.label} worldwide: requests, accounts/users and outcomes by period`,
          id: `${history.id}-world-history-table`,
          totalLabel: (n) => `All ${n} ${n === 1 ? "period" : "periods"}, ${coverageLabel(history)}`,
          section: history.id,
        },
      ),
    ),
    sectionDownload(history, urls.sectionAllPeriodsCsv(history.id), "all periods"),
  ];
}

/** Whose bands a worldwide figure adds up, and that it is never one number. */
function bandsNote(history: RangesHistory): El {
  const countries = [...new Set(history.points.flatMap((p) => p.countries))];
  const only = countries.length === 1 ? countries[0] : undefined;
  return h(
    "p",
    { class: "section-why", "data-bands-note": "" },
    "Each figure is a band, shown as its low and high bound, never as one number, a midpoint or a sum of midpoints. ",
    only !== undefined
      ? ["Only ", name(only), " has bands in this report, so the worldwide figures are its own bands."]
      : "Where several countries have bands, the worldwide band adds up their low bounds and their high bounds: the true total lies between the two.",
    " Bands carry no outcomes, so this section has no share of requests with data disclosed.",
  );
}

function bandsTable(history: RangesHistory, authorities: readonly AuthorityId[]): El {
  const rows = [...history.points].reverse();
  return h(
    "div",
    {
      class: "table-scroll",
      tabindex: 0,
      role: "region",
      "aria-label": `${history.label} worldwide by period (scrolls sideways)`,
    },
    h(
      "table",
      { class: "data-table ranges-table", id: `${history.id}-world-history-table` },
      h(
        "caption",
        {},
        `${history.label} worldwide by period, ${coverageLabel(history)}: demands and accounts/users as low–high bounds`,
      ),
      bandsTableHead(authorities),
      h(
        "tbody",
        {},
        rows.map(({ period, bands, corrections }) =>
          h(
            "tr",
            { "data-period": periodSlug(period) },
            h(
              "th",
              { scope: "row" },
              h("a", { href: `${urls.period(period)}#${history.id}` }, periodLabel(period)),
              bands ? correctionMarks(wholeSubject(corrections), history.id) : null,
            ),
            bands === null
              ? h("td", { colspan: authorities.length * 2, class: "muted absent" }, "Not reported for this period")
              : authorities.map((a) => {
                  const b = bands.find((x) => x.authority === a);
                  return b
                    ? [
                        h("td", { class: "num", "data-band": "demands" }, formatBand(b.demands)),
                        h("td", { class: "num", "data-band": "accounts" }, formatBand(b.accounts)),
                      ]
                    : h("td", { colspan: 2, class: "muted absent" }, "No row");
                }),
          ),
        ),
      ),
    ),
  );
}

/** National-security bands over time: one panel per authority on one scale, and the table of bounds. */
function rangesHistory(history: RangesHistory, level: PartLevel): Child[] {
  const present = new Set(history.points.flatMap((p) => (p.bands ?? []).map((b) => b.authority)));
  const authorities = AUTHORITY_IDS.filter((a) => present.has(a));
  const s = span(history);
  return [
    coverage(history),
    bandsNote(history),
    part(
      history,
      level,
      "bands",
      "Demands by period, as bands",
      renderBandsTrend(
        {
          measure: "demands",
          series: authorities.map((a) => ({
            label: authorityDef(a).label,
            points: history.points.map((p) => {
              const band = p.bands?.find((b) => b.authority === a);
              return { period: p.period, band: band?.demands ?? null, reported: p.bands !== null };
            }),
          })),
        },
        {
          id: `${history.id}-world-trend`,
          title: `${history.label} worldwide by period: bands of demands`,
          summary: s
            ? `One panel per authority, ${periodLabel(s.first)} to ${periodLabel(s.last)}, all on one scale; each period's band runs from its low to its high bound. Accounts/users are in the table.`
            : "No bands to show.",
        },
      ),
      bandsTable(history, authorities),
    ),
    sectionDownload(history, urls.sectionAllPeriodsCsv(history.id), "all periods"),
  ];
}

/** The page title of a section's own history page. */
export const sectionHistoryTitle = (history: SectionHeader): string => `${history.label} over time`;

/**
 * A section other than law enforcement (which the periods index draws itself) on its own page: the section, its
 * h1, what it counts and its history, whose parts are the page's h2s.
 */
export function sectionHistory(history: SectionHistory): El {
  return h(
    "section",
    {
      id: history.id,
      class: "report-section",
      "aria-labelledby": sectionHeadingId(history),
      "data-section": history.id,
    },
    h("h1", { id: sectionHeadingId(history) }, sectionHistoryTitle(history)),
    sectionAbout(history),
    history.kind === "counts" ? countsHistory(history, "h2") : rangesHistory(history, "h2"),
  );
}

/**
 * On the periods index, with more than law enforcement: where each section's history is, law enforcement's on
 * the page itself and each other's on its own page.
 */
export function historyPages(sections: readonly SectionHeader[]): El | null {
  if (!hasSections(sections)) return null;
  return h(
    "nav",
    { class: "section-contents", "aria-labelledby": "history-pages-title", "data-history-pages": "" },
    h("h2", { class: "section-contents-title", id: "history-pages-title" }, "Each section over time"),
    h(
      "ol",
      {},
      sections.map((s) => h("li", {}, h("a", { href: urls.sectionHistory(s.id) }, s.label))),
    ),
  );
}

/**
 * Links from the overview to each section's history (`urls.sectionHistory`), where readers of the latest half-year
 * go next for "how did this change": none when the report has law enforcement only (the menu's "Periods" is it).
 */
export function historyLinks(sections: readonly SectionHeader[]): El | null {
  if (!hasSections(sections)) return null;
  return h(
    "p",
    { class: "history-links", "data-history-links": "" },
    "How each section changed, worldwide, in every half-year it was published: ",
    sections.map((s, i) => [i > 0 ? ", " : null, h("a", { href: urls.sectionHistory(s.id) }, s.label)]),
    ".",
  );
}
