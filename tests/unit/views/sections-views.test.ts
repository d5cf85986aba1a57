/**
 * Every section the sample data has, on every view, with its real figures (computed here through the data
 * layer, never written down), and the words for what is missing.
 */
import { describe, expect, it } from "vitest";
import { periodTotals, totalsOf } from "../../../src/data/aggregate.ts";
import type { CountsSectionData } from "../../../src/data/dataset.ts";
import { formatAccounts, formatCount } from "../../../src/data/format.ts";
import { loadDataset } from "../../../src/data/load.ts";
import { type Period, periodIndex, periodLongLabel } from "../../../src/data/period.ts";
import {
  countriesInAnySection,
  findSection,
  sectionCountrySeries,
  sectionCountryTotals,
  sectionPeriod,
} from "../../../src/data/sections-aggregate.ts";
import { countryPayload, periodPayload } from "../../../src/payloads/payloads.ts";
import { countryPeriodView, countryView, periodView, type View } from "../../../src/views/views.ts";
import { figuresOf, hasPart, htmlOf, partOf, textOf } from "./helpers.ts";

const dataset = loadDataset({ dataDir: "data" });
const names = countriesInAnySection(dataset);
const counts = dataset.sections.filter((s): s is CountsSectionData => s.kind === "counts");
const H2_2020: Period = { year: 2020, half: 2 };
const periodData = (p: Period) => dataset.periods.find((d) => periodIndex(d.period) === periodIndex(p))!;
const country = (code: string) => countryPayload(dataset, code, names.get(code)!);

it("the sample data has every section, so these tests see all four", () => {
  expect(dataset.sections.map((s) => s.id)).toEqual(["law-enforcement", "emergency", "civil", "national-security"]);
});

/** The section's requests and accounts figures, as shown. */
function shown(view: View, id: string): { requests: string; accounts: string } {
  const html = figuresOf(view, id);
  return { requests: textOf(html, 'data-figure="requests"'), accounts: textOf(html, 'data-figure="accounts"') };
}

describe("every view has every section, in registry order, with a contents list", () => {
  const views: [string, View][] = [
    ["overview", periodView(periodPayload(dataset, dataset.periods.at(-1)!), true)],
    ["period", periodView(periodPayload(dataset, periodData(H2_2020)), false)],
    ["country", countryView(country("US"))],
    ["country × period", countryPeriodView(country("US"), H2_2020)],
  ];
  for (const [name, view] of views) {
    it(name, () => {
      const html = htmlOf(view);
      const order = [...html.matchAll(/<section id="([a-z-]+)" class="report-section"/g)].map((m) => m[1]);
      expect(order).toEqual(dataset.sections.map((s) => s.id));
      const contents =
        partOf(view, "law-enforcement-heading") && /<nav class="section-contents".*?<\/nav>/s.exec(html)?.[0];
      expect([...(contents ?? "").matchAll(/href="#([a-z-]+)"/g)].map((m) => m[1])).toEqual(order);
      for (const s of dataset.sections) expect(partOf(view, s.id)).toContain(`href="/definitions/#def-${s.id}"`);
      // Ids stay unique however many sections share the page.
      const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
      expect(ids.length).toBeGreaterThan(10);
      expect(new Set(ids).size).toBe(ids.length);
    });
  }
});

describe("counts sections show their real figures", () => {
  for (const section of counts) {
    it(`${section.id}: worldwide, on the period page and the overview`, () => {
      for (const data of [periodData(H2_2020), dataset.periods.at(-1)!]) {
        const own = sectionPeriod(section, data.period);
        if (!own) throw new Error(`the sample data should have ${section.id} for the period`);
        const t = periodTotals(own);
        const view = periodView(periodPayload(dataset, data), data === dataset.periods.at(-1));
        expect(shown(view, section.id)).toEqual({
          requests: formatCount(t.requests),
          accounts: formatAccounts(t.accounts),
        });
        // Every country of the section's file is in its own table.
        const table = partOf(
          view,
          section.id === "law-enforcement" ? "countries-table" : `${section.id}-countries-table`,
        );
        expect([...table.matchAll(/data-country="([A-Z]{2})"/g)].length).toBe(own.rows.length);
      }
    });

    it(`${section.id}: a country in a period, and its history`, () => {
      for (const code of ["DE", "US"]) {
        const entry = sectionCountrySeries(dataset, section, code).find(
          (e) => periodIndex(e.period) === periodIndex(H2_2020),
        );
        if (!entry?.row) throw new Error(`the sample data should have ${code} in ${section.id} for 2020-H2`);
        const view = countryPeriodView(country(code), H2_2020);
        expect(shown(view, section.id)).toEqual({
          requests: formatCount(entry.row.requests),
          accounts: formatAccounts(entry.row.accounts),
        });
        const all = sectionCountryTotals(section, code)!;
        const history = countryView(country(code));
        expect(shown(history, section.id).requests).toBe(formatCount(all.requests));
        const table = partOf(
          history,
          section.id === "law-enforcement" ? "history-table" : `${section.id}-history-table`,
        );
        expect(textOf(table, 'data-period="2020-h2"').length).toBeGreaterThan(0);
        // The row's first figure cell is its requests (sorting reads the number from the text).
        const row = /<tr data-period="2020-h2"[^>]*>(.*?)<\/tr>/.exec(table)?.[1] ?? "";
        expect(row).toMatch(new RegExp(`</th><td>${formatCount(entry.row.requests)}</td>`));
      }
    });
  }
});

describe("missing figures are said in words, never as zeros", () => {
  const civil = findSection(dataset, "civil")!;
  const first = dataset.periods[0]!;

  it("a section with no file for the period says it was not reported", () => {
    expect(sectionPeriod(civil, first.period)).toBeUndefined();
    const part = partOf(periodView(periodPayload(dataset, first), false), "civil");
    expect(part).toContain(`Civil demands were not reported for ${periodLongLabel(first.period)}.`);
    expect(part).not.toContain("data-figure");
    expect(part).not.toContain("data-breakdown");
  });

  it("a section whose file has no row for the country says so, unlike one not reported", () => {
    const fr = sectionCountrySeries(dataset, civil, "FR").find((e) => periodIndex(e.period) === periodIndex(H2_2020))!;
    expect(fr.reported).toBe(true);
    expect(fr.row).toBeUndefined();
    const part = partOf(countryPeriodView(country("FR"), H2_2020), "civil");
    expect(part).toContain(
      "is not in this section&#39;s report for July–December 2020, which is not the same as 0 requests.",
    );
    expect(part).not.toContain("were not reported");
    expect(part).not.toContain("data-figure");
    const old = partOf(countryPeriodView(country("FR"), first.period), "civil");
    expect(old).toContain(`Civil demands were not reported for ${periodLongLabel(first.period)}.`);
  });

  it("a country's history marks periods not reported apart from periods without a row", () => {
    const table = partOf(countryView(country("DE")), "civil-history-table");
    expect(table).toContain("Not reported for this period");
    const de = sectionCountrySeries(dataset, civil, "DE");
    const reportedRows = de.filter((e) => e.row).length;
    expect([...table.matchAll(/<tr data-period="[^"]+">/g)].length).toBe(reportedRows);
    const all = totalsOf(de.flatMap((e) => (e.row ? [e.row] : [])));
    expect(textOf(partOf(countryView(country("DE")), "civil"), 'data-figure="requests"')).toBe(
      formatCount(all.requests),
    );
  });
});

describe("a section that began after the report did", () => {
  const civil = findSection(dataset, "civil")!;
  const began = civil.periods[0]!.period;

  it("charts a country's history from the section's first period, so the years before it are no gaps", () => {
    expect(periodIndex(began)).toBeGreaterThan(periodIndex(dataset.periods[0]!.period));
    const part = partOf(countryView(country("DE")), "civil");
    const bars = [...part.matchAll(/class="trend-period"[^>]*data-period="([^"]+)"/g)].map((m) => m[1]);
    expect(bars).toHaveLength(civil.periods.length);
    const series = sectionCountrySeries(dataset, civil, "DE").filter((e) => e.reported);
    const gaps = series.filter((e) => !e.row).length;
    // Only periods the section was published for and Germany has no row in count as gaps.
    if (gaps === 0) expect(part).not.toContain("have no row for it");
    else expect(part).toContain(`${gaps} of ${civil.periods.length} periods have no row for it`);
  });

  it("says which periods the country's total covers", () => {
    const rows = sectionCountrySeries(dataset, civil, "DE").filter((e) => e.row);
    const part = partOf(countryView(country("DE")), "civil");
    const span = /<p class="section-span" data-span="">(.*?)<\/p>/.exec(part)?.[1]?.replace(/<[^>]+>/g, "");
    expect(span).toBe(
      `${rows.length} periods with figures for Germany, from ${periodLongLabel(rows[0]!.period)} to ${periodLongLabel(rows.at(-1)!.period)}.`,
    );
  });
});

describe("pages of countries outside the national-security section", () => {
  it("say in one line where it applies, with no table or chart", () => {
    const part = partOf(countryView(country("DE")), "national-security");
    expect(part).toContain("This report has no bands for <bdi>Germany</bdi>; it publishes them for");
    expect(part).toContain('href="/countries/us/#national-security"');
    expect(part).not.toContain("<table");
    expect(hasPart(countryView(country("DE")), "national-security-table")).toBe(false);
  });
});

describe("labels from site.json", () => {
  it("head the sections and the contents list", () => {
    const relabelled = {
      ...dataset,
      site: {
        ...dataset.site,
        sections: {
          "law-enforcement": { label: "Government requests", shortLabel: undefined, description: undefined },
        },
      },
    };
    const view = periodView(periodPayload(relabelled, periodData(H2_2020)), false);
    expect(partOf(view, "law-enforcement-heading")).toBe('<h2 id="law-enforcement-heading">Government requests</h2>');
    expect(htmlOf(view)).toContain('<a href="#law-enforcement">Government requests</a>');
  });
});

describe("a country only in another section", () => {
  it("gets a page whose law-enforcement section says it has no row", () => {
    const emergency = findSection(dataset, "emergency")!;
    const only = [...names.keys()].find(
      (code) => !dataset.periods.some((p) => p.rows.some((r) => r.countryCode === code)),
    );
    const code = only ?? "ZZ";
    // The sample data may not hold such a country; then one is made by moving a row into the emergency section.
    const ds = only
      ? dataset
      : {
          ...dataset,
          sections: dataset.sections.map((s) =>
            s === emergency
              ? {
                  ...emergency,
                  periods: emergency.periods.map((p, i) =>
                    i === 0 ? { ...p, rows: [...p.rows, { ...p.rows[0]!, countryCode: "ZZ", country: "Zedland" }] } : p,
                  ),
                }
              : s,
          ),
        };
    expect(countriesInAnySection(ds).has(code)).toBe(true);
    const view = countryView(countryPayload(ds, code, countriesInAnySection(ds).get(code)!));
    expect(partOf(view, "law-enforcement")).toContain("which is not the same as 0 requests");
    expect(partOf(view, "law-enforcement")).not.toContain("data-figure");
    expect(textOf(partOf(view, "emergency"), 'data-figure="requests"')).not.toBe("");
  });
});

describe("the JSON the in-place redraw reads", () => {
  const roundTrip = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

  it("draws every section exactly as the static page does", () => {
    const period = periodPayload(dataset, periodData(H2_2020));
    expect(period.sections.map((s) => s.id)).toEqual(dataset.sections.map((s) => s.id));
    expect(htmlOf(periodView(roundTrip(period), false))).toBe(htmlOf(periodView(period, false)));
    const us = country("US");
    expect(htmlOf(countryView(roundTrip(us)))).toBe(htmlOf(countryView(us)));
    expect(htmlOf(countryPeriodView(roundTrip(us), H2_2020))).toBe(htmlOf(countryPeriodView(us, H2_2020)));
    expect(htmlOf(countryPeriodView(roundTrip(us), H2_2020))).toContain('id="national-security-table"');
  });
});
