import { describe, expect, it } from "vitest";
import { filterBarHtml } from "../../../src/components/filter-bar.ts";
import { loadDataset } from "../../../src/data/load.ts";
import { periodLabel, periodSlug } from "../../../src/data/period.ts";

const dataset = loadDataset({ dataDir: "data", today: new Date("2026-11-24T00:00:00Z") });
const list = [
  { code: "CI", name: "Côte d'Ivoire" },
  { code: "DE", name: "Germany" },
  { code: "XX", name: 'A <b>"bold"</b> & odd name' },
];
const selected = (html: string, select: string) =>
  [
    ...(new RegExp(`<select id="${select}"[^>]*>(.*?)</select>`).exec(html)?.[1] ?? "").matchAll(
      /<option value="([^"]*)" selected/g,
    ),
  ].map((m) => m[1]);

describe("the filter", () => {
  it("selects exactly the page's country and period", () => {
    const period = dataset.periods[3]!.period;
    const html = filterBarHtml(dataset, list, "DE", period);
    expect(selected(html, "filter-country")).toEqual(["de"]);
    expect(selected(html, "filter-period")).toEqual([periodSlug(period)]);
    expect(html).toContain(`>${periodLabel(period)}</option>`);
  });

  it("selects Global and all periods where the page has neither", () => {
    const html = filterBarHtml(dataset, list, null, null);
    expect(selected(html, "filter-country")).toEqual(["global"]);
    expect(selected(html, "filter-period")).toEqual(["all"]);
  });

  it("marks the periods the page's country has no row in, and none for worldwide", () => {
    // Computed from the data: the periods without a row for Côte d'Ivoire.
    const missing = dataset.periods.filter((p) => !p.rows.some((r) => r.countryCode === "CI")).map((p) => p.period);
    expect(missing.length).toBeGreaterThan(0);
    const marked = (html: string) =>
      [...html.matchAll(/<option value="([^"]*)"[^>]*data-no-row=""[^>]*>([^<]*)</g)].map((m) => [m[1], m[2]]);
    const ci = filterBarHtml(dataset, list, "CI", missing[0]!);
    expect(marked(ci).sort()).toEqual(
      missing.map((p) => [periodSlug(p), `${periodLabel(p)} (not in the report)`]).sort(),
    );
    expect(selected(ci, "filter-period")).toEqual([periodSlug(missing[0]!)]);
    expect(marked(filterBarHtml(dataset, list, null, null))).toEqual([]);
  });

  it("follows the selection from one page to the next although the options are made once", () => {
    const first = filterBarHtml(dataset, list, "CI", null);
    const second = filterBarHtml(dataset, list, "XX", null);
    expect(selected(first, "filter-country")).toEqual(["ci"]);
    expect(selected(second, "filter-country")).toEqual(["xx"]);
  });

  it("lists every country in order and every period under its year, newest first", () => {
    const html = filterBarHtml(dataset, list, null, null);
    const countries = /<select id="filter-country"[^>]*>(.*?)<\/select>/.exec(html)![1]!;
    expect([...countries.matchAll(/<option value="([a-z]+)"/g)].map((m) => m[1])).toEqual(["global", "ci", "de", "xx"]);
    const years = [...html.matchAll(/<optgroup label="(\d+)">/g)].map((m) => Number(m[1]));
    expect(years).toEqual([...new Set(dataset.periods.map((p) => p.period.year))].sort((a, b) => b - a));
    expect(html.match(/data-index=/g)).toHaveLength(dataset.periods.length);
  });

  it("escapes country names", () => {
    const html = filterBarHtml(dataset, list, null, null);
    expect(html).toContain('<option value="ci">Côte d&#39;Ivoire</option>');
    expect(html).toContain('<option value="xx">A &#60;b&#62;&#34;bold&#34;&#60;/b&#62; &#38; odd name</option>');
    expect(html).not.toContain("<b>");
  });
});
