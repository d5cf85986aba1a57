import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { checkReportDir, type ReportData } from "../../../src/data/report/load-report.ts";
import type { CountsRow } from "../../../src/data/report/counts-file.ts";
import { type ReportPeriod, reportPeriodId } from "../../../src/data/report/report-period.ts";
import { periodSections, type PlaceRows, type SectionPeriod } from "../../../src/payloads/report-model.ts";
import { toHtml } from "../../../src/render/tree.ts";
import { sectionMap, sectionMapState, sectionMapSummary } from "../../../src/views/report-model/map.ts";

const TODAY = new Date("2026-11-24T00:00:00Z");
const DIR = "tests/fixtures/report/valid";

function report(): ReportData {
  const checked = checkReportDir({ dataDir: DIR, today: TODAY });
  if (!checked.report) throw new Error("the fixture did not load");
  return checked.report;
}

function lawEnforcement2022(): { entry: Extract<SectionPeriod, { kind: "counts" }>; period: ReportPeriod } {
  const data = report();
  const period = data.sections[0]?.periods.find((p) => reportPeriodId(p.period) === "2022")?.period;
  if (!period) throw new Error("no 2022");
  const entry = periodSections(data, period).find((e) => e.section.id === "law-enforcement");
  if (entry?.kind !== "counts") throw new Error("no law-enforcement 2022");
  return { entry, period };
}

/** A country's requests added up here from the CSV: its `all` row, else its subpoenas and search warrants. */
function requestsFromCsv(code: string): number {
  const rows = parse<Record<string, string>>(readFileSync(`${DIR}/requests/2022.csv`, "utf8"), { columns: true });
  const own = rows.filter((r) => r["country_code"] === code);
  const all = own.find((r) => r["process"] === "all");
  if (all) return Number(all["requests"]);
  return own
    .filter((r) => r["process"] === "subpoena" || r["process"] === "search-warrant")
    .reduce((n, r) => n + Number(r["requests"]), 0);
}

describe("a described period's map", () => {
  const { entry, period } = lawEnforcement2022();
  const state = sectionMapState(entry.section, period, entry.places);

  it("colours each country from its own figure, leaving processes outside totals out", () => {
    expect(state.countries.get("US")?.value).toBe(requestsFromCsv("US"));
    expect(state.countries.get("DE")?.value).toBe(requestsFromCsv("DE"));
    expect(state.countries.get("US")?.href).toBe("/countries/us/2022/");
  });

  it("keeps a declared place off the map and names it in the summary", () => {
    expect(state.countries.has("cross-border")).toBe(false);
    expect(state.offMap.map((p) => p.code)).toEqual(["cross-border"]);
    expect(sectionMapSummary(state)).toBe(
      "Law enforcement requests, 2022: 2 countries or regions with requests above 0; the most, " +
        `\u2068United States\u2069 (${requestsFromCsv("US")}) and \u2068Germany\u2069 (${requestsFromCsv("DE")}). ` +
        "Countries whose figure is 0 are hatched; " +
        "countries with no row are left blank. Not on the map: \u2068Cross-border requests\u2069. " +
        "The table below gives every row.",
    );
  });

  it("draws a blank figure blank, never as 0, and says how many", () => {
    const blankUs: PlaceRows<CountsRow>[] = entry.places.map((p) =>
      p.place.code === "US" ? { ...p, rows: p.rows.map((r) => ({ ...r, requests: null })) } : p,
    );
    const blank = sectionMapState(entry.section, period, blankUs);
    expect(blank.countries.get("US")?.value).toBeNull();
    const html = toHtml(sectionMap(blank));
    expect(html).not.toContain("United States");
    expect(html).not.toContain('href="/countries/us/2022/"');
    expect(sectionMapSummary(blank)).toContain("and so is 1 country whose row leaves the figure blank.");
  });

  it("draws each country in its bin and links it to its page for the period", () => {
    const html = toHtml(sectionMap(state));
    expect(html).toContain('<a href="/countries/us/2022/" tabindex="-1"><use class="country map-bin-2"');
    expect(html).toContain('<a href="/countries/de/2022/" tabindex="-1"><use class="country map-bin-1"');
    expect(html).toContain(`data-tip="\u2068United States\u2069, requests: ${requestsFromCsv("US")}"`);
    expect(html).toContain("0 requests (hatched)");
    expect(html).toContain("No row or no figure in this period (blank)");
  });
});
