import { appendFileSync, cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkReportDir, type ReportData, type ReportSectionData } from "../../../src/data/report/load-report.ts";
import { parseReportPeriodId } from "../../../src/data/report/report-period.ts";
import type { MeasureTotal } from "../../../src/data/report/report-aggregate.ts";
import { periodSections, reportPlaces, sectionHistory } from "../../../src/payloads/report-model.ts";
import { sectionAxis } from "../../../src/payloads/report-series.ts";
import { incompleteSentence, PLACES_NAMED_IN_HISTORY } from "../../../src/payloads/report-words.ts";
import { toHtml } from "../../../src/render/tree.ts";
import { bandsHistoryChart, bandsHistorySummary } from "../../../src/views/report-model/bands-charts.ts";
import { bandsOverview } from "../../../src/views/report-model/bands-overview.ts";
import { periodPlaceTable } from "../../../src/views/report-model/period-processes.ts";
import { historyTable } from "../../../src/views/report-model/tables.ts";

const FIXTURE = "tests/fixtures/report/valid";
const TODAY = new Date("2026-11-24T00:00:00Z");
const scratch = mkdtempSync(join(tmpdir(), "report-overview-"));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

function load(dir: string): ReportData {
  const checked = checkReportDir({ dataDir: dir, today: TODAY });
  if (!checked.report) throw new Error(`${dir} did not load: ${JSON.stringify(checked.issues)}`);
  return checked.report;
}

/**
 * The fixture with five more countries in 2022 that gave requests but no accounts (so six places, with
 * Cross-border, leave the accounts total incomplete: more than the history names), and France with bands in
 * 2022 beside the United States.
 */
function widened(): ReportData {
  const dir = join(scratch, "widened");
  cpSync(FIXTURE, dir, { recursive: true });
  appendFileSync(
    join(dir, "requests/2022.csv"),
    ["BR,Brazil", "IN,India", "JP,Japan", "MX,Mexico", "PL,Poland"].map((p) => `${p},all,10,,,\n`).join(""),
  );
  appendFileSync(join(dir, "national-security/2022.csv"), "FR,France,nsl,500,0,499,0,499\n");
  return load(dir);
}

const fixture = load(FIXTURE);
const wide = widened();
const year2022 = parseReportPeriodId("2022")!;
const names = (report: ReportData) => new Map(reportPlaces(report).map((p) => [p.code, p.name]));
const counts = (report: ReportData) =>
  report.sections.find((s) => s.description.id === "law-enforcement") as Extract<ReportSectionData, { kind: "counts" }>;
const bands = (report: ReportData) =>
  report.sections.find((s) => s.kind === "bands") as Extract<ReportSectionData, { kind: "bands" }>;
/** The text of the note with `id` in `html`, tags left out. */
const noteText = (html: string, id: string) =>
  (new RegExp(`<p id="${id}" class="note">(.*?)</p>`).exec(html)?.[1] ?? "").replace(/<[^>]+>/g, "");

describe("an incomplete worldwide total in a history of every period", () => {
  const total = (missing: number): MeasureTotal => ({
    value: null,
    reported: 40,
    reportedBy: 2,
    missing: ["DE", "FR", "IT", "ES", "PT", "NL", "BE"].slice(0, missing),
  });
  const countries = new Map([
    ["DE", "Germany"],
    ["FR", "France"],
    ["IT", "Italy"],
    ["ES", "Spain"],
    ["PT", "Portugal"],
    ["NL", "Netherlands"],
  ]);

  it("names the places up to the limit, and past it gives their count, keeping what the others add up to", () => {
    expect(incompleteSentence("Requests", total(PLACES_NAMED_IN_HISTORY), countries, " in 2022", 5)).toBe(
      "No complete worldwide figure for requests in 2022: 5 places (Germany, France, Italy, Spain, Portugal) did not report it. The other places add up to 40; that is not the worldwide figure.",
    );
    expect(incompleteSentence("Requests", total(6), countries, " in 2022", 5)).toBe(
      "No complete worldwide figure for requests in 2022: 6 places did not report it. The other places add up to 40; that is not the worldwide figure.",
    );
    // With no other place reporting, no sum is given, not a sum of 0.
    expect(incompleteSentence("Requests", { ...total(2), reported: 0, reportedBy: 0 }, countries)).toBe(
      "No complete worldwide figure for requests: 2 places (Germany, France) did not report it. No other place gave a figure to add up.",
    );
    expect(incompleteSentence("Requests", { ...total(2), reported: 0, reportedBy: 1 }, countries)).toContain(
      "The other places add up to 0; that is not the worldwide figure.",
    );
    // A period's own page has no limit: it names every place.
    expect(incompleteSentence("Requests", total(7), countries)).toContain(
      "7 places (Germany, France, Italy, Spain, Portugal, Netherlands, BE) did not report it",
    );
  });

  it("on the fixture, names the three places that left users notified blank in 2022, with no link", () => {
    const html = toHtml(historyTable(sectionHistory(fixture, counts(fixture)), names(fixture)));
    expect(noteText(html, "law-enforcement-2022-notified")).toBe(
      "* No complete worldwide figure for users notified in 2022: 3 places (United States, Germany, Cross-border requests) did not report it. No other place gave a figure to add up.",
    );
    expect(html).not.toContain("page names them");
  });

  it("past the limit, counts the places, keeps the sum of the others, and links to the period page's note naming them", () => {
    const html = toHtml(historyTable(sectionHistory(wide, counts(wide)), names(wide)));
    // Accounts in 2022: United States 420 + 200 (preservation requests are outside totals) and Germany 55; the
    // five new countries and Cross-border gave none.
    expect(noteText(html, "law-enforcement-2022-accounts")).toBe(
      "* No complete worldwide figure for accounts in 2022: 6 places did not report it. The other places add up to 675; that is not the worldwide figure. The 2022 page names them.",
    );
    expect(html).toContain(
      '<a href="/periods/2022/#law-enforcement-notes-accounts">The 2022 page names them.</a></p><p id="law-enforcement-2022-notified"',
    );
    expect(noteText(html, "law-enforcement-2022-accounts")).not.toContain("Brazil");

    // The link's target: the period page's note, with that id, naming all six and the same sum.
    const entry = periodSections(wide, year2022).find((e) => e.section.id === "law-enforcement");
    if (entry?.kind !== "counts") throw new Error("no law-enforcement section in 2022");
    const page = toHtml(periodPlaceTable(entry, year2022));
    expect(noteText(page, "law-enforcement-notes-accounts")).toBe(
      "* No complete worldwide figure for accounts: 6 places (Cross-border requests, Brazil, India, Japan, Mexico, Poland) did not report it. The other places add up to 675; that is not the worldwide figure.",
    );
  });
});

describe("a bands section on the overview", () => {
  it("draws the chart when one place has bands, as before", () => {
    const section = bands(fixture);
    const axis = sectionAxis(fixture, section);
    const html = toHtml(bandsOverview(section.description, axis, names(fixture)));
    expect(html).toBe(toHtml(bandsHistoryChart(section.description, axis, "worldwide", names(fixture))));
    expect(html).toContain('id="national-security-chart-history-title"');
  });

  it("with several places, draws no panel but links each place's page, with the periods it has bands in", () => {
    const section = bands(wide);
    const html = toHtml(bandsOverview(section.description, sectionAxis(wide, section), names(wide)));
    expect(html).not.toContain("<figure");
    expect(html).not.toContain("bands-panel");
    expect(html).toContain("National security demands are published as bands for 2 places, by authority.");
    expect([...html.matchAll(/<li>(.*?)<\/li>/g)].map((m) => m[1])).toEqual([
      '<a href="/countries/fr/#national-security"><bdi>France</bdi></a>: 1 period, 2022',
      '<a href="/countries/us/#national-security"><bdi>United States</bdi></a>: 2 periods, 2022 to Jan–Jun 2023',
    ]);
    expect(html).toContain('href="/definitions/#def-national-security"');
  });

  it("names each row's place in the history table when several places have bands, and only then", () => {
    const rows = (report: ReportData) =>
      [...toHtml(historyTable(sectionHistory(report, bands(report)), names(report))).matchAll(/<tr>(.*?)<\/tr>/g)]
        .map((m) => (m[1] ?? "").replace(/<[^>]+>/g, "|").replace(/\|+/g, "|"))
        .slice(1);
    expect(rows(wide)).toEqual([
      "|2022|France|National Security Letters|0–499|0–499|",
      "|2022|United States|National Security Letters|2–499 (at least 2)|1,500–1,999|",
      "|2022|United States|FISA orders|0–499|not reported|",
      "|Jan–Jun 2023|United States|National security letters and orders|0–249|1,000–1,249|",
    ]);
    const several = toHtml(historyTable(sectionHistory(wide, bands(wide)), names(wide)));
    expect(several).toContain('<th scope="col">Country or place</th>');
    // No chart stands above it, and every row is on a place's page: it stays closed until opened.
    expect(several).toMatch(
      /^<details class="chart-data"><summary>Every band of every place, period by period: 4 rows<\/summary><div class="table-scroll"/,
    );
    expect(toHtml(historyTable(sectionHistory(fixture, bands(fixture)), names(fixture)))).not.toContain("<details");
    expect(rows(fixture)).toEqual([
      "|2022|National Security Letters|2–499 (at least 2)|1,500–1,999|",
      "|2022|FISA orders|0–499|not reported|",
      "|Jan–Jun 2023|National security letters and orders|0–249|1,000–1,249|",
    ]);
  });
});

describe("a bands history's summary", () => {
  const section = bands(fixture).description;
  const nsl = bands(fixture).periods[0]!.rows.find((r) => r.authority === "nsl")!;
  const at = (id: string, low: number) => ({
    period: parseReportPeriodId(id)!,
    rows: [{ ...nsl, demands: { low, high: 499, knownMinimum: true } }],
  });
  const points = [at("2021-H1", 3), at("2021-H2", 5), at("2022-H1", 7), at("2022-H2", 2)];

  it("says the latest stated minimum in full and counts the others, however many periods state one", () => {
    const summary = bandsHistorySummary(section, points);
    expect(summary.match(/is a minimum the publisher states/g)).toHaveLength(1);
    expect(summary).toContain(
      "National Security Letters, Jul–Dec 2022: at least 2 is a minimum the publisher states inside the band 0–499, and is drawn as the band's lower bound. 3 other bands start at a minimum the publisher states, drawn the same way; the table gives each.",
    );
  });

  it("still gives every period's stated minimum in the panel's words for screen readers", () => {
    const html = toHtml(bandsHistoryChart(section, points, "from United States"));
    for (const low of [3, 5, 7, 2]) expect(html).toContain(`at least ${low} and at most 499 demands`);
  });
});
