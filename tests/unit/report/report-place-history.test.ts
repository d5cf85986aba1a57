/**
 * A place's page gives a section with legal processes as a table per process, a row per period, so each process
 * reads down one column over time; a section without processes keeps one table of every period.
 */
import { describe, expect, it } from "vitest";
import { formatIssue } from "../../../src/data/issues.ts";
import { checkReportDir } from "../../../src/data/report/load-report.ts";
import { placeHistory } from "../../../src/payloads/report-model.ts";
import { toHtml } from "../../../src/render/tree.ts";
import { placeHistoryTable } from "../../../src/views/report-model/tables.ts";

const { report, issues } = checkReportDir({
  dataDir: "tests/fixtures/report/valid",
  today: new Date("2026-11-24T00:00:00Z"),
});

/** Each table as its caption, its heading row and its rows, the cells' text joined with " | ". */
function tablesOf(html: string): { caption: string; head: string; rows: string[] }[] {
  const text = (cell: string) => cell.replace(/<[^>]+>/g, "").trim();
  const cells = (row: string) => [...row.matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/gs)].map((m) => text(m[1] ?? ""));
  return [...html.matchAll(/<table>(.*?)<\/table>/gs)].map((table) => {
    const body = table[1] ?? "";
    return {
      caption: text(/<caption>(.*?)<\/caption>/s.exec(body)?.[1] ?? ""),
      head: cells(/<thead>(.*?)<\/thead>/s.exec(body)?.[1] ?? "").join(" | "),
      rows: [...(/<tbody>(.*?)<\/tbody>/s.exec(body)?.[1] ?? "").matchAll(/<tr>(.*?)<\/tr>/gs)].map((row) =>
        cells(row[1] ?? "").join(" | "),
      ),
    };
  });
}

function history(code: string, section: string) {
  if (!report) throw new Error(`the fixture did not load: ${issues.map(formatIssue).join("; ")}`);
  const found = placeHistory(report, code).find((h) => h.section.id === section);
  if (!found) throw new Error(`no ${section} history for ${code}`);
  return found;
}

describe("a place's history in a section with legal processes", () => {
  it("is a table per process in the declared order, all processes last, each with the place's figures", () => {
    const tables = tablesOf(toHtml(placeHistoryTable(history("US", "law-enforcement"), "United States", "US")));
    expect(tables.map((t) => t.caption)).toEqual([
      "Law enforcement requests, United States, Subpoenas, every period",
      "Law enforcement requests, United States, Search warrants, every period",
      "Law enforcement requests, United States, Preservation requests (not in totals), every period",
      "Law enforcement requests, United States, All processes, every period",
    ]);
    // requests/2022.csv and 2023-H1.csv: a period's row for each process the place gave, blanks left blank.
    expect(tables.map((t) => t.rows)).toEqual([
      ["2022 | 300 | 420 | 12 | 83%", "Jan–Jun 2023 | 150 | 210 | 5 | 80.5%"],
      ["2022 | 120 | 200 | not reported | 85%", "Jan–Jun 2023 | 70 | 90 | 1 | 90%"],
      ["2022 | 90 | 150 | not reported | not reported"],
      ["Jan–Jun 2023 | 220 | 300 | 6 | not reported"],
    ]);
    // The process is the table's; no column repeats it on every row.
    for (const table of tables) expect(table.head).not.toContain("Legal process");
  });

  it("is one table of all processes for a place that gave no breakdown", () => {
    const tables = tablesOf(toHtml(placeHistoryTable(history("DE", "law-enforcement"), "Germany", "DE")));
    expect(tables.map((t) => [t.caption, ...t.rows])).toEqual([
      ["Law enforcement requests, Germany, All processes, every period", "2022 | 40 | 55 | not reported | 60%"],
    ]);
  });
});

describe("a place's history in a section without processes", () => {
  it("stays one table, a row per period", () => {
    const tables = tablesOf(toHtml(placeHistoryTable(history("BR", "civil"), "Brazil", "BR")));
    // civil/2023-H1.csv: BR,Brazil,10,25,5,10,4,6
    expect(tables.map((t) => [t.caption, ...t.rows])).toEqual([
      ["Civil demands, Brazil, every period", "Jan–Jun 2023 | 10 | 25 | 5 | 10 | 4 | 6"],
    ]);
  });
});
