import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { checkReportDir, type ReportSectionData } from "../../../src/data/report/load-report.ts";
import { formatCount } from "../../../src/data/format.ts";
import { placeSeries, sectionAxis } from "../../../src/payloads/report-series.ts";
import { toHtml } from "../../../src/render/tree.ts";
import {
  bandsHistoryChart,
  bandsHistorySummary,
  bandsPeriodChart,
  bandsPeriodSummary,
} from "../../../src/views/report-model/bands-charts.ts";

const DIR = "tests/fixtures/report/valid";
const report = checkReportDir({ dataDir: DIR, today: new Date("2026-11-24T00:00:00Z") }).report;
if (!report) throw new Error("the fixture did not load");
const bands = report.sections.find((s) => s.kind === "bands") as Extract<ReportSectionData, { kind: "bands" }>;
const section = bands.description;
const label = (id: string) => section.authorities.find((a) => a.id === id)?.label ?? id;

/** A row of the fixture's CSV, read here on its own: the demands band as the page writes it. */
function csvBand(file: string, authority: string): string {
  const rows = parse<Record<string, string>>(readFileSync(`${DIR}/national-security/${file}`, "utf8"), {
    columns: true,
  });
  const row = rows.find((r) => r["authority"] === authority);
  if (!row) throw new Error(`no ${authority} row in ${file}`);
  return `${formatCount(Number(row["demands_low"]))}–${formatCount(Number(row["demands_high"]))}`;
}

describe("a described bands section's history chart", () => {
  const axis = sectionAxis(report, bands);
  const summary = bandsHistorySummary(section, axis);

  it("names the latest and the first period's bands as the files give them", () => {
    expect(summary).toMatch(
      new RegExp(`^Jan–Jun 2023: ${label("nsl-and-fisa")} ${csvBand("2023-H1.csv", "nsl-and-fisa")}\\. `),
    );
    expect(summary).toContain(
      `2022: ${label("nsl")} ${csvBand("2022.csv", "nsl")} (at least 2), ${label("fisa")} ${csvBand("2022.csv", "fisa")}.`,
    );
  });

  it("says which band starts at a stated minimum, and what that means", () => {
    expect(summary).toContain(
      `${label("nsl")}, 2022: at least 2 is a minimum the publisher states inside the band 0–499, and is drawn as the band's lower bound.`,
    );
  });

  it("says what the combined authority stands for and how a period without a row is marked", () => {
    expect(summary).toContain(
      `${label("nsl-and-fisa")} is one band for ${label("nsl")} and ${label("fisa")} together, never beside them.`,
    );
    expect(summary).toContain("? marks a period without a band for the panel's authority.");
    expect(summary).toContain("A year's band counts twelve months, a half-year's six.");
  });

  it("counts the periods the section did not report, and marks them ? in every panel", () => {
    const later = { period: { kind: "half", year: 2023, half: 2 } as const, rows: null };
    expect(bandsHistorySummary(section, [...axis, later])).toContain("1 period has no demands reported.");
  });

  it("draws a panel per authority, the stated minimum's band from 2 and no band where a period has no row", () => {
    const html = toHtml(bandsHistoryChart(section, axis, "worldwide"));
    const titles = [...html.matchAll(/<p class="bands-panel-title"[^>]*>([^<]*)<\/p>/g)].map((m) => m[1]);
    expect(titles).toEqual([label("nsl"), label("fisa"), label("nsl-and-fisa")]);
    expect(html).toContain(
      `aria-label="${label("nsl")}: 2022, at least 2 and at most 499 demands; Jan–Jun 2023, no row`,
    );
    // NSL in 2023-H1 and the combined authority in 2022: the ? mark, never a band.
    expect(html.match(/rc-period rc-none/g)).toHaveLength(3);
    expect(html.match(/rc-period rc-band/g)).toHaveLength(3);
    expect(html).toContain('href="/definitions/#def-national-security"');
  });

  it("draws a place's own bands on its page, and nothing for a place without any", () => {
    const us = toHtml(
      bandsHistoryChart(section, placeSeries(report, bands, "US"), "from United States", undefined, "place"),
    );
    expect(us).toContain("national-security-chart-place-title");
    expect(bandsHistoryChart(section, placeSeries(report, bands, "FR"), "from France")).toBeNull();
  });
});

describe("a described bands section in one period", () => {
  const rows = bands.periods[0]?.rows ?? [];

  it("says each row's demands and accounts as published, and the stated minimum's meaning", () => {
    const text = bandsPeriodSummary(
      section,
      rows.map((row) => ({ label: label(row.authority), row })),
    );
    expect(text).toMatch(/^National Security Letters: 2–499 \(at least 2\) demands, 1,500–1,999 accounts; /);
    expect(text).toContain("FISA orders: 0–499 demands, accounts not reported.");
    expect(text).toContain(
      "National Security Letters, demands: at least 2 is a minimum the publisher states inside the band 0–499",
    );
  });

  it("draws the fixed layout's range chart with the summary and the section's definition", () => {
    const html = toHtml(
      bandsPeriodChart(
        section,
        rows.map((row) => ({ placeName: "United States", row })),
        "United States",
        bands.periods[0]!.period,
      ),
    );
    expect(html).toContain('data-chart="ranges"');
    expect(html).toContain('<p class="chart-summary">National Security Letters: 2–499 (at least 2) demands');
    expect(html).toContain(">2–499</text>");
    expect(html).toContain('href="/definitions/#def-national-security"');
  });
});
