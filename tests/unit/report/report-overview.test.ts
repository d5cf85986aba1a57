import { appendFileSync, cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkReportDir, type ReportData, type ReportSectionData } from "../../../src/data/report/load-report.ts";
import { parseReportPeriodId } from "../../../src/data/report/report-period.ts";
import type { MeasureTotal } from "../../../src/data/report/report-aggregate.ts";
import { periodSections, reportPlaces, sectionHistory } from "../../../src/payloads/report-model.ts";
import { incompleteSentence, PLACES_NAMED_IN_HISTORY } from "../../../src/payloads/report-words.ts";
import { toHtml } from "../../../src/render/tree.ts";
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
/** The text of the note with `id` in `html`, tags left out. */
const noteText = (html: string, id: string) =>
  (new RegExp(`<p id="${id}" class="note">(.*?)</p>`).exec(html)?.[1] ?? "").replace(/<[^>]+>/g, "");

describe("an incomplete worldwide total in a history of every period", () => {
  const total = (missing: number): MeasureTotal => ({
    value: null,
    reported: 40,
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
    // A period's own page has no limit: it names every place.
    expect(incompleteSentence("Requests", total(7), countries)).toContain(
      "7 places (Germany, France, Italy, Spain, Portugal, Netherlands, BE) did not report it",
    );
  });

  it("on the fixture, names the three places that left users notified blank in 2022, with no link", () => {
    const html = toHtml(historyTable(sectionHistory(fixture, counts(fixture)), names(fixture)));
    expect(noteText(html, "law-enforcement-2022-notified")).toBe(
      "* No complete worldwide figure for users notified in 2022: 3 places (United States, Germany, Cross-border requests) did not report it. The other places add up to 0; that is not the worldwide figure.",
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
