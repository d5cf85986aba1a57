import { compareRows, rowTotals, sharesOf, type Totals, totalsOf } from "../data/aggregate.ts";
import { formatCount, formatShare } from "../data/format.ts";
import { type Period, periodIndex, periodLabel, periodLongLabel } from "../data/period.ts";
import { labelInText } from "../data/sections.ts";
import { urls } from "../lib/urls.ts";
import { type Child, type El, h } from "../render/tree.ts";
import { breakdownTable } from "./breakdown.ts";
import { breakdownChart, compareChart, countryTrend, worldMap } from "./charts.ts";
import { countsCountryPeriodSection, countsCountrySection, countsPeriodSection } from "./counts-sections.ts";
import { accountsGaps, headlineFigures } from "./figures.ts";
import type { CountryPayload, CountrySection, PeriodPayload, PeriodSection, PublicRow } from "../payloads/payloads.ts";
import { absentNotice, downloads, name, pager } from "./parts.ts";
import { rangesCountryPeriodSection, rangesCountrySection, rangesPeriodSection } from "./ranges.ts";
import { contentsList, hasSections, noRowEver, sectionFrame } from "./sections.ts";
import { countryTable, historyTable } from "./tables.ts";
import type { CorrectionRef } from "../publication/note.ts";
import { releaseNote } from "./release-note.ts";
import { correctionMarks, DEFAULT_SECTION, forCountry, wholeSubject } from "./correction-marks.ts";

/**
 * A rendered view: its title for `<title>`, and two swappable regions. `head` holds the heading and the
 * headline figures (with several sections: law enforcement's, then the contents list), so they come first on every screen; the page
 * may put its own parts (introduction, filter) between `head` and `body`, which holds the charts and tables.
 */
export interface View {
  /**
   * Plain text for `<title>`, `og:title` and the filter's status line. Names stay without bidi isolates here:
   * browsers, share cards and search results show U+2068/U+2069 as stray marks or boxes.
   */
  title: string;
  /** The page's own figures in one sentence, for its description and link previews. */
  description: string;
  head: El;
  body: El;
}

/** A view's law-enforcement figures in one sentence: `Germany, January–June 2026: 2,127 requests, 4,034 accounts/users; 29.24% rejected.` */
function figuresSentence(subject: string, t: Totals): string {
  const rejected = sharesOf(t).rejected;
  return (
    `${subject}: ${formatCount(t.requests)} law-enforcement ${t.requests === 1 ? "request" : "requests"}, ` +
    (t.accounts === null ? "accounts/users not reported" : `${formatCount(t.accounts)} accounts/users`) +
    (rejected === null ? "." : `; ${formatShare(rejected)} rejected.`)
  );
}

/** The one heading of a period's worldwide figures, the same on the overview and on the period's own page. */
export function periodHeading(period: Period, sections: readonly { id: string }[] = []): string {
  return sections.length > 1
    ? `Worldwide, ${periodLongLabel(period)}`
    : `Law enforcement requests worldwide, ${periodLongLabel(period)}`;
}

/**
 * With several sections, law enforcement's headline figures still open the view, so they stay on the first
 * screen (the overview's introduction and the filter come after the head); they are labelled with their section
 * and lead to it. The other sections' figures open their own sections.
 */
function lead(sections: readonly { id: string; label: string }[], figures: El): El {
  const law = sections[0];
  return h(
    "div",
    { class: "section-lead", "data-lead": law?.id },
    h("p", { class: "section-lead-title" }, h("a", { href: `#${law?.id ?? ""}` }, law?.label)),
    figures,
  );
}

/** A sub-part of the law-enforcement figures: an h2 on its own, an h3 inside its section frame. */
function lawPart(level: "h2" | "h3", id: string, slot: string, title: string, ...children: Child[]): El {
  return h("section", { "aria-labelledby": id, "data-chart-slot": slot }, h(level, { id }, title), children);
}

/** The global view of one period; the overview is the same view of the latest period. */
export function periodView(p: PeriodPayload, overview: boolean): View {
  const label = periodLabel(p.period);
  const multi = hasSections(p.sections);
  const level = multi ? "h3" : "h2";
  const corrections = p.publication?.corrections ?? [];
  const figures = headlineFigures(p.totals, p.previous, corrections, DEFAULT_SECTION, accountsGaps(p.rows));
  const law = [
    lawPart(
      level,
      "breakdown-heading",
      "breakdown",
      "What happened to the requests",
      breakdownChart(p.totals, "worldwide", p.period),
      breakdownTable(
        p.totals,
        [`Disclosure breakdown, worldwide, ${label}`, correctionMarks(wholeSubject(corrections))],
        undefined,
        corrections,
      ),
    ),
    lawPart(
      level,
      "countries-heading",
      "map",
      "Requests by country or region",
      worldMap(p),
      countryTable(p.rows, p.period, p.totals, undefined, corrections),
    ),
  ];
  return {
    title: overview ? "Overview" : `Worldwide, ${periodLongLabel(p.period)}`,
    description: figuresSentence(`Worldwide, ${periodLongLabel(p.period)}`, p.totals),
    head: h(
      "div",
      { class: "view-head" },
      h("h1", {}, periodHeading(p.period, p.sections)),
      releaseNote(p.publication),
      overview
        ? null
        : pager(
            p.previous ? { href: urls.period(p.previous.period), label: periodLabel(p.previous.period) } : null,
            p.next ? { href: urls.period(p.next), label: periodLabel(p.next) } : null,
          ),
      multi ? [lead(p.sections, figures), contentsList(p.sections)] : figures,
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
      multi ? p.sections.map((s) => periodSection(s, p.period, law, corrections)) : law,
    ),
  };
}

function periodSection(s: PeriodSection, period: Period, law: El[], corrections: readonly CorrectionRef[]): El {
  if (s.kind === "ranges") return rangesPeriodSection(s, period);
  return s.id === DEFAULT_SECTION ? sectionFrame(s, law) : countsPeriodSection(s, period, corrections);
}

/**
 * The country's law-enforcement file. With several sections it says whose figures it holds, since each other
 * section links its own file of the country under its heading.
 */
function countryCsvLink(c: CountryPayload, multi: boolean): { href: string; label: Child } {
  const law = c.sections[0];
  return {
    href: urls.countryCsv(c.code),
    label: [name(c.name), multi && law ? `, ${labelInText(law.label)}, all periods (CSV)` : ", all periods (CSV)"],
  };
}

/** One country over every period. */
export function countryView(c: CountryPayload): View {
  const present = c.series.filter((s) => s.row !== null);
  const all = totalsOf(present.map((s) => s.row as PublicRow));
  const first = present[0]?.period;
  const last = present.at(-1)?.period;
  const multi = hasSections(c.sections);
  const level = multi ? "h3" : "h2";
  const csv = present.length > 0 ? downloads([countryCsvLink(c, multi)]) : null;
  const total = h(
    "section",
    { "aria-labelledby": "total-heading" },
    h(level, { id: "total-heading" }, "All periods together"),
    headlineFigures(all, null, c.publication?.corrections ?? [], DEFAULT_SECTION, {
      periods: present.filter((s) => s.row?.accounts === null).map((s) => s.period),
    }),
    multi ? null : csv,
  );
  const history = lawPart(
    level,
    "history-heading",
    "trend",
    "Requests by period",
    countryTrend(c),
    historyTable(c.code, c.series),
  );
  const lede = h(
    "p",
    { class: "lede" },
    first && last
      ? [
          "Requests from ",
          name(c.name),
          ` in every period whose report lists it, from ${periodLongLabel(first)} to ${periodLongLabel(last)}. Totals over time are in the last row of the table.`,
        ]
      : [name(c.name), " is not in any period's report."],
  );
  return {
    title: `${c.name}: all periods`,
    description:
      first && last
        ? figuresSentence(`${c.name}, ${periodLongLabel(first)} to ${periodLongLabel(last)}`, all)
        : `${c.name} is not in any period's law-enforcement report; its other figures are on this page.`,
    head: h(
      "div",
      { class: "view-head" },
      h("h1", {}, name(c.name)),
      releaseNote(c.publication, "Latest figures published"),
      multi ? [contentsList(c.sections), csv] : [lede, total],
    ),
    body: h(
      "div",
      { class: "view", "data-view": "country" },
      multi
        ? c.sections.map((s) => countrySection(s, c, first && last ? [lede, total, history] : [noRowEver(c.name)]))
        : history,
    ),
  };
}

function countrySection(s: CountrySection, c: CountryPayload, law: El[]): El {
  if (s.kind === "ranges") return rangesCountrySection(s, c);
  return s.id === DEFAULT_SECTION ? sectionFrame(s, law) : countsCountrySection(s, c);
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
  // Like with like: a period before with no row, or with accounts blank, gives no change and says so.
  const previous =
    before && entry.row && periodIndex(before.period) === periodIndex(period) - 1
      ? compareRows(before.period, before.row ? [before.row] : [], [entry.row])
      : null;
  const long = periodLongLabel(period);
  const multi = hasSections(c.sections);
  // The country's own corrections mark its figures; the period-wide ones also mark the worldwide shares.
  const corrections = entry.publication?.corrections ?? [];
  const figures = entry.row
    ? headlineFigures(totals, previous, forCountry(corrections, c.code), DEFAULT_SECTION, { countries: [] })
    : absentNotice(c.name, long);
  const breakdown = entry.row
    ? breakdownSection(c, totals, entry.global, period, multi ? "h3" : "h2", corrections)
    : null;
  return {
    title: `${c.name}, ${long}`,
    description: entry.row
      ? figuresSentence(`${c.name}, ${long}`, totals)
      : `${c.name} is not in the law-enforcement report for ${long}.`,
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
      multi ? [lead(c.sections, figures), contentsList(c.sections)] : figures,
      downloads([
        ...(c.series.some((s) => s.row !== null) ? [countryCsvLink(c, multi)] : []),
        { href: urls.periodPdf(period), label: `${label} report (PDF)` },
      ]),
    ),
    body: h(
      "div",
      { class: "view", "data-view": "country-period" },
      multi ? c.sections.map((s) => countryPeriodSection(s, c, period, [breakdown], corrections)) : breakdown,
    ),
  };
}

function countryPeriodSection(
  s: CountrySection,
  c: CountryPayload,
  period: Period,
  law: (El | null)[],
  corrections: readonly CorrectionRef[],
): El {
  if (s.kind === "ranges") return rangesCountryPeriodSection(s, c, period);
  return s.id === DEFAULT_SECTION
    ? sectionFrame(s, law)
    : countsCountryPeriodSection(s, c, period, forCountry(corrections, c.code));
}

/** `corrections`: the country's and the period-wide ones, since the table shows worldwide shares too. */
function breakdownSection(
  c: CountryPayload,
  totals: Totals,
  global: Totals,
  period: Period,
  level: "h2" | "h3",
  corrections: readonly CorrectionRef[],
): El {
  const label = periodLabel(period);
  return lawPart(
    level,
    "breakdown-heading",
    "compare",
    "What happened to the requests",
    compareChart(c, totals, global, period),
    // The comparison is of a part with a whole that contains it; said once, beside the chart and the table.
    h(
      "p",
      { class: "compare-note", "data-compare-note": "" },
      "Worldwide shares count every country and region in the report, ",
      h("bdi", {}, c.name),
      " included.",
    ),
    breakdownTable(
      totals,
      [
        h("bdi", {}, c.name),
        `: what happened to the requests, ${label}, with worldwide shares`,
        correctionMarks(wholeSubject(corrections)),
      ],
      { label: "Worldwide share", totals: global },
      corrections,
    ),
  );
}
