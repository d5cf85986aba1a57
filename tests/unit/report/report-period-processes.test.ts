import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { checkReportDir, type ReportData } from "../../../src/data/report/load-report.ts";
import { parseReportPeriodId, type ReportPeriod } from "../../../src/data/report/report-period.ts";
import { reportUrls } from "../../../src/lib/urls.ts";
import { periodSections, type SectionPeriod } from "../../../src/payloads/report-model.ts";
import { processPages, processRows } from "../../../src/payloads/report-period-processes.ts";
import { toHtml } from "../../../src/render/tree.ts";
import {
  periodPlaceTable,
  periodProcessTable,
  processPageTable,
} from "../../../src/views/report-model/period-processes.ts";

const DIR = "tests/fixtures/report/valid";
const report: ReportData = checkReportDir({ dataDir: DIR, today: new Date("2026-11-24T00:00:00Z") }).report!;

function period(id: string): ReportPeriod {
  return parseReportPeriodId(id)!;
}

function lawEnforcement(id: string): Extract<SectionPeriod, { kind: "counts" }> {
  const entry = periodSections(report, period(id)).find((e) => e.section.id === "law-enforcement");
  if (entry?.kind !== "counts") throw new Error("no law-enforcement section");
  return entry;
}

/** Each table row's cells as text: the row's header cell first. */
function rows(html: string): string[][] {
  return [...html.matchAll(/<tr>(.*?)<\/tr>/g)].map((m) =>
    [...(m[1] ?? "").matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/g)].map((c) => (c[1] ?? "").replace(/<[^>]+>/g, "")),
  );
}

/** The fixture's rows straight from the CSV, so the expected figures do not come from the code under test. */
const csv = parse<Record<string, string>>(readFileSync(`${DIR}/requests/2022.csv`, "utf8"), { columns: true });
const sum = (code: string, processes: string[]) =>
  csv
    .filter((r) => r["country_code"] === code && processes.includes(r["process"] ?? ""))
    .reduce((n, r) => n + Number(r["requests"]), 0);

describe("a period's legal processes, each on its own page", () => {
  it("gives each place one row on the period page: its all row, else its in-totals process rows added up", () => {
    const html = toHtml(periodPlaceTable(lawEnforcement("2022"), period("2022")));
    const body = rows(html).filter((r) => r[0] !== "Sum of the rows" && r[0] !== "Total stated by the publisher");
    // Header, then one row per place; the published percentage stays on the process pages.
    expect(body).toEqual([
      ["Country or place", "Requests", "Accounts", "Users notified"],
      ["Cross-border requests", "18", "not reported", "not reported"],
      ["Germany", "40", "55", "not reported"],
      // Subpoenas and search warrants; preservation requests are kept out of totals. Users notified: one blank.
      ["United States", String(sum("US", ["subpoena", "search-warrant"])), "620", "not reported"],
    ]);
    expect(
      rows(html)
        .find((r) => r[0] === "Sum of the rows")
        ?.slice(0, 2),
    ).toEqual(["Sum of the rows", "478"]);
    expect(
      rows(html)
        .find((r) => r[0] === "Total stated by the publisher")
        ?.slice(0, 2),
    ).toEqual(["Total stated by the publisher", "470"]);
    expect(html).toContain("Some data produced (% of requests) is published for each row, so it is on the pages");
  });

  it("gives each process's worldwide sum, a blank as no complete figure, and links each process's page", () => {
    const entry = lawEnforcement("2022");
    const html = toHtml(periodProcessTable(entry, period("2022"), processRows(entry)));
    expect(rows(html).slice(1)).toEqual([
      ["Subpoenas", "1", "300", "420", "12"],
      ["Search warrants", "1", "120", "200", "no complete figure*"],
      ["Preservation requests (not in totals)", "1", "90", "150", "no complete figure*"],
      ["All processes", "2", "–", "–", "–"],
    ]);
    expect(html).toContain(`href="${reportUrls.periodProcess(period("2022"), "law-enforcement", "subpoena")}"`);
    expect(html).toContain('href="/periods/2022/law-enforcement/all/"');
    expect(html).toContain("No complete worldwide figure for search warrants: users notified");
  });

  it("puts every row of a process on its page as published, percentages included", () => {
    const entry = lawEnforcement("2023-H1");
    const [subpoena, , all] = processRows(entry);
    expect(toHtml(processPageTable(entry, period("2023-H1"), subpoena!))).toContain(
      "Law enforcement requests, Subpoenas, January–June 2023",
    );
    expect(rows(toHtml(processPageTable(entry, period("2023-H1"), subpoena!))).slice(1)).toEqual([
      ["United States", "150", "210", "5", "80.5%"],
      ["Sum of the rows", "150", "210", "5", "–"],
    ]);
    expect(all?.id).toBe("all");
    expect(rows(toHtml(processPageTable(entry, period("2023-H1"), all!))).slice(1)).toEqual([
      ["France", "12", "14", "0", "50%"],
      ["United States", "220", "300", "6", "not reported"],
    ]);
  });

  it("has a page for every period, section with processes and process with rows, and none for other sections", () => {
    expect(
      processPages(report).map(
        (p) => p.process.label && reportUrls.periodProcess(p.period, p.entry.section.id, p.process.id),
      ),
    ).toEqual([
      "/periods/2022/law-enforcement/subpoena/",
      "/periods/2022/law-enforcement/search-warrant/",
      "/periods/2022/law-enforcement/preservation/",
      "/periods/2022/law-enforcement/all/",
      "/periods/2023-h1/law-enforcement/subpoena/",
      "/periods/2023-h1/law-enforcement/search-warrant/",
      "/periods/2023-h1/law-enforcement/all/",
    ]);
  });
});
