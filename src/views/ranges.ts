/**
 * National-security demands on each view: only ever as bands (low–high), never as a point figure and never
 * summed into another section. A range chart, a table of the bounds and one sentence on why they are ranges.
 */
import { formatCount, isolate } from "../data/format.ts";
import { type AuthorityId, authorityDef, AUTHORITY_IDS, type Band } from "../data/national-security.ts";
import { type Period, periodIndex, periodLabel, periodLongLabel, periodSlug } from "../data/period.ts";
import { urls } from "../lib/urls.ts";
import { type El, h } from "../render/tree.ts";
import type { CountryPayload } from "../payloads/payloads.ts";
import type { PublicBandRow, RangesCountrySection, RangesPeriodSection } from "../payloads/sections.ts";
import { rangesState, renderRanges } from "../charts/ranges.ts";
import { name } from "./parts.ts";
import { noRow, notReported, sectionDownload, sectionFrame } from "./sections.ts";

/** A band as readers see it: "0–499", "16,000–16,499". */
export function formatBand(band: Band | null): string {
  return band === null ? "Not reported" : `${formatCount(band.low)}–${formatCount(band.high)}`;
}

/** The one plain sentence on why these figures are ranges. */
export function whyRanges(): El {
  return h(
    "p",
    { class: "section-why" },
    "Read each figure as a band: the true number lies somewhere between its low and high bound, because the law allows these demands to be published only in bands such as 0–499.",
  );
}

/** Bands of one period; a country column only when they span more than one country (else the caption names it). */
function bandsTable(rows: readonly PublicBandRow[], caption: string, id: string): El {
  const several = new Set(rows.map((r) => r.countryCode)).size > 1;
  return h(
    "div",
    { class: "table-scroll" },
    h(
      "table",
      { class: "data-table ranges-table", id },
      h("caption", {}, caption),
      h(
        "thead",
        {},
        h(
          "tr",
          {},
          h("th", { scope: "col" }, "Authority"),
          several ? h("th", { scope: "col" }, "Country or region") : null,
          h("th", { scope: "col", class: "num" }, "Demands"),
          h("th", { scope: "col", class: "num" }, "Accounts/users"),
        ),
      ),
      h(
        "tbody",
        {},
        rows.map((r) =>
          h(
            "tr",
            { "data-authority": r.authority },
            h("th", { scope: "row" }, authorityDef(r.authority).label),
            several ? h("td", {}, name(r.country)) : null,
            h("td", { class: "num", "data-band": "demands" }, formatBand(r.demands)),
            h("td", { class: "num", "data-band": "accounts" }, formatBand(r.accounts)),
          ),
        ),
      ),
    ),
  );
}

function chartAndTable(
  section: RangesPeriodSection | RangesCountrySection,
  rows: readonly PublicBandRow[],
  period: Period,
  subject: string,
): El[] {
  const label = periodLabel(period);
  return [
    whyRanges(),
    renderRanges(
      rangesState(
        rows.map((r) => ({ label: authorityDef(r.authority).label, demands: r.demands, accounts: r.accounts })),
      ),
      { id: `${section.id}-chart`, title: `${section.label}, ${subject}, ${label}: bands of demands and accounts` },
    ),
    bandsTable(rows, `${section.label}, ${subject}, ${label}: low and high bounds`, `${section.id}-table`),
  ];
}

/**
 * Worldwide bands of one period. A period newer than the section's latest file shows no bands of another
 * period as its own: it says they are not published yet and links to the latest.
 */
export function rangesPeriodSection(section: RangesPeriodSection, period: Period): El {
  const f = section.figures;
  if (!f && section.latest) {
    return sectionFrame(
      section,
      h(
        "p",
        { class: "notice", role: "note", "data-later": "" },
        `${section.label} for ${periodLongLabel(period)} are not in the report yet (such figures may be published only after a delay). The latest are for `,
        h("a", { href: `${urls.period(section.latest)}#${section.id}` }, periodLongLabel(section.latest)),
        ".",
      ),
    );
  }
  if (!f) return sectionFrame(section, notReported(section, periodLongLabel(period)));
  // Bands are often published for one country only (US law); then the caption names it rather than "worldwide".
  const countries = [...new Set(f.rows.map((r) => r.country))];
  const subject = countries.length === 1 && countries[0] ? isolate(countries[0]) : "worldwide";
  return sectionFrame(
    section,
    chartAndTable(section, f.rows, f.period, subject),
    sectionDownload(section, urls.sectionPeriodCsv(section.id, f.period), `${periodLabel(f.period)} bands`),
  );
}

/**
 * The head of a bands table by period: the period, then a demands and an accounts/users column under each
 * authority. One place builds it for a country's history here and for the worldwide history (views/history.ts).
 */
export function bandsTableHead(authorities: readonly AuthorityId[]): El {
  return h(
    "thead",
    {},
    h(
      "tr",
      {},
      h("th", { scope: "col", rowspan: 2 }, "Period"),
      authorities.map((a) => h("th", { scope: "colgroup", colspan: 2 }, authorityDef(a).label)),
    ),
    h(
      "tr",
      {},
      authorities.map(() => [
        h("th", { scope: "col", class: "num" }, "Demands"),
        h("th", { scope: "col", class: "num" }, "Accounts/users"),
      ]),
    ),
  );
}

/** Where the section applies when the country has no bands: one line, never an empty section. */
function elsewhere(section: RangesCountrySection, country: string): El {
  return h(
    "p",
    { class: "notice", role: "note", "data-absent": "" },
    "This report has no bands for ",
    name(country),
    section.countries.length > 0 ? "; it publishes them for " : ".",
    section.countries.map((c, i) => [
      i > 0 ? ", " : null,
      h("a", { href: `${urls.country(c.code)}#${section.id}` }, name(c.name)),
    ]),
    section.countries.length > 0 ? "." : null,
  );
}

/** A country's bands per period and authority: a table of "0–499" cells, newest first. */
export function rangesCountrySection(section: RangesCountrySection, c: CountryPayload): El {
  const cells = section.cells;
  if (!cells) return sectionFrame(section, elsewhere(section, c.name));
  const authorities = AUTHORITY_IDS.filter((a) =>
    cells.some((p) => p !== "not-reported" && p.some((r) => r.authority === a)),
  );
  const rows = c.series.map((s, i) => ({ period: s.period, cell: cells[i] ?? "not-reported" })).reverse();
  return sectionFrame(
    section,
    whyRanges(),
    h(
      "div",
      {
        class: "table-scroll",
        tabindex: 0,
        role: "region",
        "aria-label": `${section.label} by period (scrolls sideways)`,
      },
      h(
        "table",
        { class: "data-table ranges-table", id: `${section.id}-history-table` },
        h("caption", {}, [name(c.name), `: ${section.label} by period, demands and accounts/users as low–high bounds`]),
        bandsTableHead(authorities),
        h(
          "tbody",
          {},
          rows.map(({ period, cell }) =>
            h(
              "tr",
              { "data-period": periodSlug(period) },
              h(
                "th",
                { scope: "row" },
                h("a", { href: `${urls.countryPeriod(c.code, period)}#${section.id}` }, periodLabel(period)),
              ),
              cell === "not-reported"
                ? h("td", { colspan: authorities.length * 2, class: "muted absent" }, "Not reported for this period")
                : authorities.map((a) => {
                    const r = cell.find((x) => x.authority === a);
                    return r
                      ? [
                          h("td", { class: "num", "data-band": "demands" }, formatBand(r.demands)),
                          h("td", { class: "num", "data-band": "accounts" }, formatBand(r.accounts)),
                        ]
                      : h("td", { colspan: 2, class: "muted absent" }, "No row");
                  }),
            ),
          ),
        ),
      ),
    ),
    sectionDownload(section, urls.countrySectionCsv(c.code, section.id), `${isolate(c.name)}, all periods`),
  );
}

/** A country's bands in one period. */
export function rangesCountryPeriodSection(section: RangesCountrySection, c: CountryPayload, period: Period): El {
  const cells = section.cells;
  if (!cells) return sectionFrame(section, elsewhere(section, c.name));
  const cell = cells[c.series.findIndex((s) => periodIndex(s.period) === periodIndex(period))];
  const long = periodLongLabel(period);
  if (cell === "not-reported" || cell === undefined) return sectionFrame(section, notReported(section, long));
  if (cell.length === 0) return sectionFrame(section, noRow(c.name, long));
  return sectionFrame(section, chartAndTable(section, cell, period, isolate(c.name)));
}
