import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { formatIssue } from "../../../src/data/issues.ts";
import { checkReportDir, type ReportData } from "../../../src/data/report/load-report.ts";
import { parseReportPeriodId, type ReportPeriod } from "../../../src/data/report/report-period.ts";
import { reportFeedItems } from "../../../src/payloads/report-feed.ts";
import { reportLastModified, sectionCellCorrections } from "../../../src/payloads/report-publication.ts";
import { periodSummary, placeSummary } from "../../../src/payloads/report-summary.ts";
import { reportCards, reportCardTree } from "../../../src/previews/report-model.ts";
import { renderTreePng } from "../../../src/previews/render.ts";
import { toHtml } from "../../../src/render/tree.ts";
import { periodSections, placeHistory } from "../../../src/payloads/report-model.ts";
import { correctionsList, sectionMarks } from "../../../src/views/report-model/corrections.ts";
import { periodSectionTable, placeHistoryTable } from "../../../src/views/report-model/tables.ts";

const VALID = "tests/fixtures/report/valid";
const TODAY = new Date("2026-11-24T00:00:00Z");
const SITE = new URL("https://transparency.example.com");
const scratch = mkdtempSync(join(tmpdir(), "report-publication-"));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

function load(dir: string): ReportData {
  const { report, issues } = checkReportDir({ dataDir: dir, today: TODAY });
  expect(issues.map(formatIssue)).toEqual([]);
  if (!report) throw new Error("no report");
  return report;
}

/** The valid fixture with its releases and corrections files left out, or one given in its place. */
function variant(name: string, files: Record<string, string | null>): ReportData {
  const dir = join(scratch, name);
  cpSync(VALID, dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) {
    if (text === null) rmSync(join(dir, file));
    else writeFileSync(join(dir, file), text);
  }
  return load(dir);
}

const period = (id: string): ReportPeriod => {
  const p = parseReportPeriodId(id);
  if (!p) throw new Error(id);
  return p;
};

describe("a described report's summary figures", () => {
  const report = load(VALID);

  it("gives a period's worldwide requests per section, the sum of the rows beside a stated total that differs", () => {
    // 2022: US 300 + 120 (preservation 90 is outside totals), DE 40, cross-border 18 = 478; the file states 470.
    expect(periodSummary(report, period("2022")).map((l) => [l.section, l.value, l.text])).toEqual([
      ["law-enforcement", 478, "Law enforcement: 478 requests (sum of the rows; the publisher states 470)"],
      ["national-security", null, "National security: published only as bands"],
    ]);
    // 2023-H1: US all row 220 (not added to its process rows), FR 12; civil BR 10 + FR 2.
    expect(periodSummary(report, period("2023-H1")).map((l) => l.value)).toEqual([232, 12, null]);
  });

  it("gives a place's requests over every period it has, and says how many periods", () => {
    expect(placeSummary(report, "US").map((l) => [l.value, l.text])).toEqual([
      [640, "Law enforcement: 640 requests over 2 periods"],
      [null, "National security: published only as bands, 2 periods"],
    ]);
    expect(placeSummary(report, "DE").map((l) => l.text)).toEqual(["Law enforcement: 40 requests over 1 period"]);
  });

  it("gives no total over periods that overlap (a year beside its own half)", () => {
    const overlapping = variant("overlap", {
      "requests/2023.csv":
        "country_code,country,process,requests,accounts,notified,some_data_percent\nUS,United States,all,500,,,\n",
      "releases.csv": null,
      "corrections.csv": null,
      "report.json": JSON.stringify({
        ...(JSON.parse(JSON.stringify(report.description)) as object),
        periods: { first: "2022", yearsBesideHalves: "stated" },
      }),
    });
    expect(placeSummary(overlapping, "US")[0]).toEqual({
      section: "law-enforcement",
      value: null,
      text: "Law enforcement: 3 periods, with no total over all of them",
    });
  });
});

describe("link-preview cards", () => {
  const report = load(VALID);

  it("has one card per period and place, each with its own figures and alt text", () => {
    const cards = reportCards(report);
    expect(cards.map((c) => c.name)).toEqual([
      "overview",
      "period-2022",
      "period-2023-h1",
      "place-br",
      "place-cross-border",
      "place-fr",
      "place-de",
      "place-us",
    ]);
    const year = cards.find((c) => c.name === "period-2022");
    expect(year?.lines[0]?.value).toBe(478);
    expect(year?.alt).toContain("January–December 2022: Law enforcement: 478 requests");
    const us = cards.find((c) => c.name === "place-us");
    expect(us?.period).toBe("All periods, 2022 to Jan–Jun 2023");
    expect(us?.lines[0]?.value).toBe(640);
    expect(cards.find((c) => c.name === "overview")?.lines.map((l) => l.value)).toEqual([232, 12, null]);
  });

  it("draws the figures on the card and renders the same PNG bytes every time", () => {
    const card = reportCards(report).find((c) => c.name === "period-2022");
    if (!card) throw new Error("no card");
    const tree = reportCardTree("Example Cloud Ltd. · Report", card);
    expect(toHtml(tree)).toContain("Law enforcement: 478 requests");
    const a = renderTreePng(tree);
    const b = renderTreePng(reportCardTree("Example Cloud Ltd. · Report", card));
    expect([...a.slice(1, 4)].map((c) => String.fromCharCode(c)).join("")).toBe("PNG");
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });
});

describe("the feed", () => {
  it("dates each period only by releases.csv and adds each correction", () => {
    const items = reportFeedItems(load(VALID), SITE);
    expect(items.map((i) => [i.link, i.pubDate?.toISOString().slice(0, 10)])).toEqual([
      ["https://transparency.example.com/corrections/#correction-2023-09-04-civil-2023-h1-br", "2023-09-04"],
      ["https://transparency.example.com/periods/2023-h1/", "2023-08-10"],
      ["https://transparency.example.com/corrections/#correction-2023-03-01-law-enforcement-2022-de", "2023-03-01"],
      ["https://transparency.example.com/periods/2022/", "2023-02-15"],
    ]);
    expect(items[1]?.description).toBe(
      "Published 10 August 2023: Law enforcement: 232 requests; Civil: 12 requests; National security: published only as bands.",
    );
  });

  it("leaves a period undated when releases.csv is absent", () => {
    const items = reportFeedItems(variant("no-releases", { "releases.csv": null, "corrections.csv": null }), SITE);
    expect(items.map((i) => [i.link, i.pubDate])).toEqual([
      ["https://transparency.example.com/periods/2023-h1/", undefined],
      ["https://transparency.example.com/periods/2022/", undefined],
    ]);
    expect(items[1]?.description).toMatch(/^Publication date not stated: Law enforcement: 478 requests/);
  });
});

describe("corrections and dates on pages", () => {
  const report = load(VALID);

  it("marks only the cells a correction names, and the sum of the rows they are part of", () => {
    const h1 = period("2023-H1");
    expect(sectionCellCorrections(report, "civil")(h1, "BR", "rejected").map((c) => c.anchor)).toEqual([
      "correction-2023-09-04-civil-2023-h1-br",
    ]);
    expect(sectionCellCorrections(report, "civil")(h1, "BR", "no_data")).toHaveLength(1);
    expect(sectionCellCorrections(report, "civil")(h1, "BR", "requests")).toEqual([]);
    expect(sectionCellCorrections(report, "civil")(h1, "FR", "rejected")).toEqual([]);
    expect(sectionCellCorrections(report, "civil")(h1, "sum", "rejected")).toHaveLength(1);
    expect(sectionCellCorrections(report, "law-enforcement")(h1, "BR", "rejected")).toEqual([]);
  });

  it("dates each page in the sitemap by its release or a later correction, and states no day the files do not", () => {
    const days = reportLastModified(report);
    expect(days.get("/periods/2022/")).toBe("2023-03-01");
    expect(days.get("/periods/2023-h1/")).toBe("2023-09-04");
    // A process page shows its period's rows, so it has its period's day; only processes with rows have one.
    expect(days.get("/periods/2022/law-enforcement/subpoena/")).toBe("2023-03-01");
    expect(days.get("/periods/2023-h1/law-enforcement/all/")).toBe("2023-09-04");
    expect(days.has("/periods/2022/civil/all/")).toBe(false);
    expect(days.get("/countries/de/")).toBe("2023-03-01");
    expect(days.get("/countries/cross-border/")).toBe("2023-02-15");
    expect(days.get("/countries/us/")).toBe("2023-08-10");
    expect(days.has("/definitions/")).toBe(false);
    expect(reportLastModified(variant("undated", { "releases.csv": null, "corrections.csv": null })).size).toBe(0);
  });

  it("says there is no corrections file apart from a file that lists none", () => {
    const absent = toHtml(correctionsList(variant("no-corrections-file", { "corrections.csv": null })));
    expect(absent).toContain('data-corrections="not-stated"');
    expect(absent).toContain("has no corrections file");
    const empty = toHtml(
      correctionsList(variant("no-corrections", { "corrections.csv": "date,section,period,place,figures,note\n" })),
    );
    expect(empty).toContain("No published figures have been corrected.");
  });
});

describe("a correction to one process row", () => {
  // US has three process rows in 2022 (subpoenas, search warrants, preservation requests outside totals).
  const header = "date,section,period,place,process,figures,note\n";
  const report = variant("process-corrections", {
    "corrections.csv": `${header}2023-03-01,law-enforcement,2022,US,subpoena,requests,Subpoenas were first published as 290.
2023-03-02,law-enforcement,2022,US,preservation,requests,Preservation requests were first published as 80.
2023-03-03,law-enforcement,2022,DE,,accounts,Accounts for Germany were first published as 50.
`,
  });
  const year = period("2022");

  /** `row | process | column: anchors` for every cell of a rendered table that holds a correction mark. */
  function markedCells(html: string): string[] {
    const columns = [...(/<thead>(.*?)<\/thead>/s.exec(html)?.[1] ?? "").matchAll(/<th[^>]*>(.*?)<\/th>/gs)].map((m) =>
      (m[1] ?? "").replace(/<[^>]+>/g, ""),
    );
    const text = (cell: string) =>
      cell
        .replace(/<a [^>]*data-correction-mark[^>]*>.*?<\/a>/gs, "")
        .replace(/<[^>]+>/g, "")
        .trim();
    return [...html.matchAll(/<tr>(.*?)<\/tr>/gs)].flatMap((row) => {
      const cells = [...(row[1] ?? "").matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/gs)].map((m) => m[1] ?? "");
      return cells.flatMap((cell, i) => {
        const anchors = [...cell.matchAll(/data-correction-mark="([^"]+)"/g)].map((m) => m[1]);
        return anchors.length > 0
          ? [`${text(cells[0] ?? "")} | ${text(cells[1] ?? "")} | ${columns[i] ?? ""}: ${anchors.join(" ")}`]
          : [];
      });
    });
  }

  it("marks that row's cell on the period page, and the sum only when the process counts in totals", () => {
    const entry = periodSections(report, year).find((e) => e.section.id === "law-enforcement");
    if (entry?.kind !== "counts") throw new Error("counts expected");
    const html = toHtml(periodSectionTable(entry, year, sectionMarks(report, "law-enforcement")));
    expect(markedCells(html)).toEqual([
      "Germany | All processes | Accounts: correction-2023-03-03-law-enforcement-2022-de",
      "United States | Subpoenas | Requests: correction-2023-03-01-law-enforcement-2022-us-subpoena",
      "United States | Preservation requests (not in totals) | Requests: correction-2023-03-02-law-enforcement-2022-us-preservation",
      // The worldwide accounts are not given (cross-border left them blank), so there is no figure to mark.
      "Sum of the rows |  | Requests: correction-2023-03-01-law-enforcement-2022-us-subpoena",
    ]);
  });

  it("marks the same row on the place's own page, in its process's table", () => {
    const history = placeHistory(report, "US").find((h) => h.section.id === "law-enforcement");
    if (!history) throw new Error("no law enforcement history for US");
    const html = toHtml(placeHistoryTable(history, "United States", "US", sectionMarks(report, "law-enforcement")));
    // A table per process, a row per period: `period | requests | column: anchors`, under the table's caption.
    const marked = [...html.matchAll(/<table>.*?<\/table>/gs)].flatMap((table) =>
      markedCells(table[0]).map((cell) => `${/<caption>(.*?)<\/caption>/.exec(table[0])?.[1] ?? ""}: ${cell}`),
    );
    expect(marked).toEqual([
      "Law enforcement requests, United States, Subpoenas, every period: 2022 | 300 | Requests: correction-2023-03-01-law-enforcement-2022-us-subpoena",
      "Law enforcement requests, United States, Preservation requests (not in totals), every period: 2022 | 90 | Requests: correction-2023-03-02-law-enforcement-2022-us-preservation",
    ]);
  });

  it("marks every row of the place when the process is left blank, as before the column", () => {
    const blank = variant("process-blank", {
      "corrections.csv": `${header}2023-03-01,law-enforcement,2022,US,,requests,Requests were first published wrongly.\n`,
    });
    const entry = periodSections(blank, year).find((e) => e.section.id === "law-enforcement");
    if (entry?.kind !== "counts") throw new Error("counts expected");
    const html = toHtml(periodSectionTable(entry, year, sectionMarks(blank, "law-enforcement")));
    const anchor = "correction-2023-03-01-law-enforcement-2022-us";
    expect(markedCells(html)).toEqual([
      `United States | Subpoenas | Requests: ${anchor}`,
      `United States | Search warrants | Requests: ${anchor}`,
      `United States | Preservation requests (not in totals) | Requests: ${anchor}`,
      `Sum of the rows |  | Requests: ${anchor}`,
    ]);
  });

  it("names the process on the corrections page and in the feed", () => {
    const list = toHtml(correctionsList(report));
    expect(list).toContain("Law enforcement requests, January–December 2022, United States, Subpoenas</h2>");
    expect(list).toContain("Law enforcement requests, January–December 2022, Germany</h2>");
    const titles = reportFeedItems(report, SITE).map((i) => i.title);
    expect(titles).toContain(
      "Correction: Law enforcement requests, January–December 2022, United States, Preservation requests (not in totals)",
    );
  });
});
