import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { checkReportDir, type ReportData, type ReportSectionData } from "../../../src/data/report/load-report.ts";
import type { CountsSectionDescription } from "../../../src/data/report/description-schema.ts";
import { isEmptyTotal } from "../../../src/data/report/report-aggregate.ts";
import { reportPeriodId } from "../../../src/data/report/report-period.ts";
import { placeSeries, sectionAxis, sectionTotalsSeries } from "../../../src/payloads/report-series.ts";
import { toHtml } from "../../../src/render/tree.ts";
import {
  historySummary,
  placeChart,
  processChart,
  sectionCharts,
  shareEntries,
  shareSummary,
  totalFigure,
  type TotalsPoint,
} from "../../../src/views/report-model/charts.ts";

const TODAY = new Date("2026-11-24T00:00:00Z");
const DIR = "tests/fixtures/report/valid";

function report(): ReportData {
  const checked = checkReportDir({ dataDir: DIR, today: TODAY });
  if (!checked.report) throw new Error("the fixture did not load");
  return checked.report;
}

function counts(id: string): Extract<ReportSectionData, { kind: "counts" }> {
  const section = report().sections.find((s) => s.description.id === id);
  if (section?.kind !== "counts") throw new Error(`no counts section ${id}`);
  return section;
}

/** The requests of a law-enforcement file, added up here from the CSV itself: `all` rows, else in-totals processes. */
function requestsFromCsv(file: string): number {
  const rows = parse<Record<string, string>>(readFileSync(`${DIR}/requests/${file}`, "utf8"), { columns: true });
  const places = new Set(rows.filter((r) => r["country_code"] !== "total").map((r) => r["country_code"]));
  let sum = 0;
  for (const place of places) {
    const own = rows.filter((r) => r["country_code"] === place);
    const all = own.find((r) => r["process"] === "all");
    const parts = all ? [all] : own.filter((r) => r["process"] !== "preservation");
    for (const r of parts) sum += Number(r["requests"]);
  }
  return sum;
}

/** Every fixture section has the year 2022 and then half-years, so its summaries say so (escaped as in the page). */
const MIXED =
  " Whole years and half-years are drawn as published, so a year&#39;s bar counts twelve months and a half-year&#39;s six.";

const summaryOf = (html: string, id: string) =>
  new RegExp(`<p class="chart-summary" id="${id}-summary">([^<]*)</p>`).exec(html)?.[1];

describe("a described report's chart axis", () => {
  it("starts a section at its own first period, so the years before it are not gaps", () => {
    expect(sectionAxis(report(), counts("law-enforcement")).map((p) => reportPeriodId(p.period))).toEqual([
      "2022",
      "2023-H1",
    ]);
    expect(sectionAxis(report(), counts("civil")).map((p) => reportPeriodId(p.period))).toEqual(["2023-H1"]);
  });

  it("starts a place at its first row in the section", () => {
    const fr = placeSeries(report(), counts("law-enforcement"), "FR");
    expect(fr.map((p) => reportPeriodId(p.period))).toEqual(["2023-H1"]);
    const de = placeSeries(report(), counts("law-enforcement"), "DE");
    // Germany has a 2022 row and none in 2023-H1: the later period stays on the axis, with no rows.
    expect(de.map((p) => [reportPeriodId(p.period), p.rows.length])).toEqual([
      ["2022", 1],
      ["2023-H1", 0],
    ]);
  });
});

describe("the overview's charts of a section", () => {
  const section = counts("law-enforcement");
  const html = toHtml(sectionCharts(section.description, sectionTotalsSeries(report(), section)));

  it("says the worldwide requests the files add up to", () => {
    const a = requestsFromCsv("2022.csv");
    const b = requestsFromCsv("2023-H1.csv");
    expect(summaryOf(html, "law-enforcement-chart-requests")).toBe(
      `Requests worldwide: ${a} in 2022, ${b} in Jan–Jun 2023; the most, ${Math.max(a, b)}, in 2022.${MIXED} ` +
        "The chart draws the sum of the rows; in 1 period the publisher states a different total, given in the table.",
    );
  });

  it("draws the bars in proportion to those figures", () => {
    const heights = [
      ...html.matchAll(/data-period="(2022|2023-h1)"><rect class="rc-bar rc-fill"[^>]*height="([\d.]+)"/g),
    ]
      .slice(0, 2)
      .map((m) => Number(m[2]));
    expect(heights[1]! / heights[0]!).toBeCloseTo(requestsFromCsv("2023-H1.csv") / requestsFromCsv("2022.csv"), 2);
  });

  it("draws the accounts of 2022 as incomplete, since Cross-border left them blank, in the singular", () => {
    const summary = summaryOf(html, "law-enforcement-chart-accounts") ?? "";
    expect(summary).toContain("Accounts worldwide: 314 in Jan–Jun 2023.");
    expect(summary).toContain("1 period has an incomplete total");
    expect(html).toMatch(/<g class="rc-period rc-incomplete" data-period="2022">/);
  });

  it("draws no worldwide share for a percentage published per place", () => {
    // The fixture's total rows give no percentage, and percentages are never combined into one.
    expect(shareEntries(section.description, sectionTotalsSeries(report(), section)).map((e) => e.parts)).toEqual([
      null,
      null,
    ]);
    expect(html).not.toContain("chart-share");
  });

  it("draws requests by legal process for the latest period, the all-processes total apart", () => {
    const chart = toHtml(processChart(section.description, sectionTotalsSeries(report(), section)));
    const labels = [...chart.matchAll(/<text class="rc-row-label"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(labels).toEqual([
      "Subpoenas: 150",
      "Search warrants: 70",
      "Preservation requests (not in totals): no rows",
      "All processes together, the section&#39;s total: 232",
    ]);
    expect(summaryOf(chart, "law-enforcement-chart-processes")).toMatch(
      /^Jan–Jun 2023: the largest process in totals is Subpoenas, with 150; all processes together come to 232\./,
    );
    expect(summaryOf(chart, "law-enforcement-chart-processes")).toContain(
      "1 place gave only a figure for all processes together, so the process bars leave it out.",
    );
  });
});

describe("a place's chart", () => {
  it("gives a place's all row, else its processes in totals added, and says so in words", () => {
    const section = counts("law-enforcement");
    const html = toHtml(placeChart(section.description, "United States", placeSeries(report(), section, "US")));
    // 2022: subpoenas 300 + search warrants 120 (preservation is not in totals); 2023-H1: its all row, 220.
    expect(summaryOf(html, "law-enforcement-chart-place")).toBe(
      `Requests from United States: 420 in 2022, 220 in Jan–Jun 2023; the most, 420, in 2022.${MIXED}`,
    );
  });

  it("marks a period without a row, in the singular", () => {
    const section = counts("law-enforcement");
    const html = toHtml(placeChart(section.description, "Germany", placeSeries(report(), section, "DE")));
    expect(summaryOf(html, "law-enforcement-chart-place")).toBe(
      `Requests from Germany: 40 in 2022. 1 period has no row or no figure for it, marked ? on the baseline.${MIXED}`,
    );
    expect(html).toMatch(/<g class="rc-period rc-none" data-period="2023-h1">/);
  });
});

describe("headline shares", () => {
  const base = counts("law-enforcement").description;
  const period = { kind: "half", year: 2023, half: 1 } as const;
  const later = { kind: "half", year: 2023, half: 2 } as const;
  const emptyTotals = sectionTotalsSeries(report(), counts("law-enforcement"))[1]!.totals!;

  it("takes a percentage only from the publisher's total row, exactly as written", () => {
    const totalRow = {
      ...counts("law-enforcement").periods[1]!.rows[0]!,
      place: "total",
      process: "all",
      outcomes: { scheme: "some-data-percent", percent: "73.25" },
    } as const;
    const series: TotalsPoint[] = [
      { period, totals: emptyTotals, rows: [totalRow] },
      { period: later, totals: emptyTotals, rows: counts("law-enforcement").periods[1]!.rows },
    ];
    const entries = shareEntries(base, series);
    expect(entries.map((e) => (e.parts === null ? null : e.parts.map((p) => p.text)))).toEqual([["73.25%"], null]);
    expect(shareSummary(base, entries)).toBe(
      "Some data produced: 73.25% in Jan–Jun 2023 (the publisher's own figure for the whole period). 1 period has no share, marked ? on the baseline.",
    );
  });

  it("computes four-outcome shares from complete counts only", () => {
    const four: CountsSectionDescription = { ...counts("civil").description };
    const total = (value: number | null) => ({
      value,
      reported: value ?? 0,
      reportedBy: value === null ? 0 : 1,
      missing: value === null ? ["FR"] : [],
    });
    const totals = (values: (number | null)[]) => ({
      ...emptyTotals,
      outcomes: new Map(
        (["content", "nonContent", "noData", "rejected"] as const).map((o, i) => [o, total(values[i] ?? null)]),
      ),
    });
    const entries = shareEntries(four, [
      { period, totals: totals([1, 2, 0, 1]), rows: [] },
      { period: later, totals: totals([1, null, 0, 1]), rows: [] },
    ]);
    expect(entries.map((e) => (e.parts === null ? null : e.parts.map((p) => p.text)))).toEqual([
      ["25.00%", "50.00%", "0.00%", "25.00%"],
      null,
    ]);
    expect(shareSummary(four, entries)).toBe(
      "Jan–Jun 2023: content disclosed (accounts) 25.00%, only non-content data disclosed (accounts) 50.00%, no data found (accounts) 0.00%, rejected (accounts) 25.00%. 1 period has no share, marked ? on the baseline.",
    );
  });
});

describe("a worldwide total as a chart draws it", () => {
  it("is the figure when every place gave one", () => {
    expect(totalFigure({ value: 12, reported: 12, reportedBy: 3, missing: [] })).toEqual({ kind: "value", value: 12 });
  });

  it("is at least what the places that gave a figure add up to, even when each of them gave 0", () => {
    expect(totalFigure({ value: null, reported: 7, reportedBy: 2, missing: ["FR"] })).toEqual({
      kind: "incomplete",
      reported: 7,
    });
    expect(totalFigure({ value: null, reported: 0, reportedBy: 2, missing: ["FR"] })).toEqual({
      kind: "incomplete",
      reported: 0,
    });
  });

  it("is no figure, never at least 0, when no place gave one", () => {
    expect(totalFigure({ value: null, reported: 0, reportedBy: 0, missing: ["FR", "DE"] })).toEqual({ kind: "none" });
  });

  it("is empty (no rows) only when no place is counted in it, not when the places counted each gave 0", () => {
    expect(isEmptyTotal({ value: 0, reported: 0, reportedBy: 0, missing: [] })).toBe(true);
    expect(isEmptyTotal({ value: 0, reported: 0, reportedBy: 2, missing: [] })).toBe(false);
    expect(isEmptyTotal({ value: null, reported: 0, reportedBy: 0, missing: ["FR"] })).toBe(false);
  });
});

describe("history summaries", () => {
  it("puts several periods in the plural", () => {
    const p = (year: number) => ({ kind: "year", year }) as const;
    expect(
      historySummary("Requests worldwide", [
        { period: p(2020), figure: { kind: "none" } },
        { period: p(2021), figure: { kind: "none" } },
        { period: p(2022), figure: { kind: "incomplete", reported: 5 } },
        { period: p(2023), figure: { kind: "incomplete", reported: 5 } },
      ]),
    ).toBe(
      "Requests worldwide: no period has a complete figure. 2 periods have an incomplete total (some places did not report it), drawn hatched and marked ≥: at least that many. 2 periods have no figure, marked ? on the baseline.",
    );
  });
});

describe("a section with whole years stated beside their halves", () => {
  const base = counts("law-enforcement");
  const [year, half] = base.periods;
  const withYear = (periods: Extract<ReportSectionData, { kind: "counts" }>["periods"]) => ({ ...base, periods });
  const y2023 = { ...year!, period: { kind: "year", year: 2023 } as const };
  const h2 = { ...half!, period: { kind: "half", year: 2023, half: 2 } as const };

  it("draws both halves rather than their year, and says when years and halves stand side by side", () => {
    const stated = withYear([year!, y2023, half!, h2]);
    expect(sectionAxis(report(), stated).map((p) => reportPeriodId(p.period))).toEqual(["2022", "2023-H1", "2023-H2"]);
    const html = toHtml(sectionCharts(stated.description, sectionTotalsSeries(report(), stated)));
    expect(summaryOf(html, "law-enforcement-chart-requests")).toContain(MIXED);
  });

  it("draws the year when only one of its halves is there, so no half reads as missing", () => {
    const stated = withYear([year!, y2023, half!]);
    expect(sectionAxis(report(), stated).map((p) => reportPeriodId(p.period))).toEqual(["2022", "2023"]);
  });
});
