import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { formatIssue } from "../../../src/data/issues.ts";
import { checkDataDir } from "../../../src/data/load.ts";
import { checkReportDir, type ReportSectionData } from "../../../src/data/report/load-report.ts";
import { leadMeasure, periodTotals, statedAgainstSum } from "../../../src/data/report/report-aggregate.ts";
import { reportJsonSchema } from "../../../src/data/report/json-schema.ts";
import { toHtml } from "../../../src/render/tree.ts";
import { incompleteNote, outcomeCell } from "../../../src/views/report-model/cells.ts";
import { reportPeriodId } from "../../../src/data/report/report-period.ts";

const FIXTURES = "tests/fixtures/report";
// Pinned so that "a period that has not ended" means the same on every day the tests run.
const TODAY = new Date("2026-11-24T00:00:00Z");
const scratch = mkdtempSync(join(tmpdir(), "report-fixtures-"));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

/** The valid report with one failure fixture's files laid over it: one fixture holds only what differs. */
function overlay(name: string): string {
  const dir = join(scratch, name);
  cpSync(join(FIXTURES, "valid"), dir, { recursive: true });
  cpSync(join(FIXTURES, "invalid", name), dir, { recursive: true });
  return dir;
}

function messages(dir: string): string[] {
  const { issues } = checkReportDir({ dataDir: dir, today: TODAY, root: dir });
  return issues.map(formatIssue);
}

function section(id: string): ReportSectionData {
  const { report, issues } = checkReportDir({ dataDir: join(FIXTURES, "valid"), today: TODAY });
  expect(issues.map(formatIssue)).toEqual([]);
  const found = report?.sections.find((s) => s.description.id === id);
  if (!found) throw new Error(`no section ${id}`);
  return found;
}

describe("a described report", () => {
  it("loads every section in the description's order, with years and half-years in time order", () => {
    const { report } = checkReportDir({ dataDir: join(FIXTURES, "valid"), today: TODAY });
    expect(report?.sections.map((s) => [s.description.id, s.periods.map((p) => reportPeriodId(p.period))])).toEqual([
      ["law-enforcement", ["2022", "2023-H1"]],
      ["civil", ["2023-H1"]],
      ["national-security", ["2022", "2023-H1"]],
    ]);
  });

  it("keeps a published percentage exactly as written and an empty one as not reported", () => {
    const le = section("law-enforcement");
    if (le.kind !== "counts") throw new Error("counts expected");
    const rows = le.periods[1]?.rows ?? [];
    expect(rows.map((r) => [r.place, r.process, r.outcomes])).toEqual([
      ["US", "subpoena", { scheme: "some-data-percent", percent: "80.5" }],
      ["US", "search-warrant", { scheme: "some-data-percent", percent: "90" }],
      ["US", "all", { scheme: "some-data-percent", percent: null }],
      ["FR", "all", { scheme: "some-data-percent", percent: "50" }],
    ]);
  });

  it("totals a year without its preservation requests, keeps the stated total beside the sum, and never completes an unreported measure", () => {
    const le = section("law-enforcement");
    if (le.kind !== "counts") throw new Error("counts expected");
    const year = le.periods[0];
    if (!year) throw new Error("no 2022");
    const { report } = checkReportDir({ dataDir: join(FIXTURES, "valid"), today: TODAY });
    const totals = periodTotals(le.description, report?.description.places ?? [], year.rows);
    // US subpoenas 300 + search warrants 120 (preservation 90 is outside totals), DE 40, cross-border 18.
    expect(totals.sum.requests).toEqual({ value: 478, reported: 478, reportedBy: 3, missing: [] });
    // Cross-border gave no accounts, so there is no worldwide figure, only the part that was reported.
    expect(totals.sum.accounts).toEqual({
      value: null,
      reported: 420 + 200 + 55,
      reportedBy: 2,
      missing: ["cross-border"],
    });
    expect(statedAgainstSum(totals, "requests")).toEqual({ stated: 470, sum: 478, difference: -8 });
    expect(totals.byProcess.get("preservation")?.requests.value).toBe(90);
    expect(totals.byProcess.get("subpoena")?.requests.value).toBe(300);
    expect(totals.notBrokenDown).toEqual(["DE", "cross-border"]);
  });

  it("takes a place's all row, not the sum of its rows as well, when it gives both", () => {
    const le = section("law-enforcement");
    if (le.kind !== "counts") throw new Error("counts expected");
    const half = le.periods[1];
    if (!half) throw new Error("no 2023-H1");
    const totals = periodTotals(le.description, [], half.rows);
    // US all 220 (equal to 150 + 70, never 440), FR 12.
    expect(totals.sum.requests.value).toBe(232);
    expect(totals.sum.notified.value).toBe(6);
  });

  it("keeps civil outcomes counted per account, and blank outcomes blank", () => {
    const civil = section("civil");
    if (civil.kind !== "counts") throw new Error("counts expected");
    expect(civil.periods[0]?.rows.map((r) => [r.place, r.accounts, r.outcomes])).toEqual([
      ["BR", 25, { scheme: "four", content: 5, nonContent: 10, noData: 4, rejected: 6 }],
      ["FR", 3, { scheme: "four", content: null, nonContent: null, noData: null, rejected: null }],
    ]);
  });

  it("keeps a known minimum inside a band and a combined authority as one figure", () => {
    const bands = section("national-security");
    if (bands.kind !== "bands") throw new Error("bands expected");
    expect(bands.periods.map((p) => p.rows.map((r) => [r.authority, r.demands, r.accounts]))).toEqual([
      [
        ["nsl", { low: 2, high: 499, knownMinimum: true }, { low: 1500, high: 1999, knownMinimum: false }],
        ["fisa", { low: 0, high: 499, knownMinimum: false }, null],
      ],
      [["nsl-and-fisa", { low: 0, high: 249, knownMinimum: false }, { low: 1000, high: 1249, knownMinimum: false }]],
    ]);
  });
});

describe("a section that counts only accounts", () => {
  // GitHub publishes accounts affected for all requests together, with no request count beside them.
  function accountsOnly(): string {
    const dir = join(scratch, "accounts-only");
    cpSync(join(FIXTURES, "valid"), dir, { recursive: true });
    const description = JSON.parse(readFileSync(join(dir, "report.json"), "utf8")) as {
      sections: { id: string; measures: unknown; outcomes: unknown }[];
    };
    const civil = description.sections.find((s) => s.id === "civil");
    if (!civil) throw new Error("the valid fixture has a civil section");
    civil.measures = { accounts: { label: "Accounts affected" } };
    civil.outcomes = { scheme: "four", per: "account" };
    writeFileSync(join(dir, "report.json"), JSON.stringify(description));
    writeFileSync(
      join(dir, "civil", "2023-H1.csv"),
      "country_code,country,accounts,content,non_content,no_data,rejected\nBR,Brazil,25,5,10,4,6\nFR,France,,,,,\n",
    );
    return dir;
  }

  it("loads without a requests column, and totals its accounts with the blank named", () => {
    const { report, issues } = checkReportDir({ dataDir: accountsOnly(), today: TODAY });
    expect(issues.map(formatIssue)).toEqual([]);
    const civil = report?.sections.find((s) => s.description.id === "civil");
    if (civil?.kind !== "counts") throw new Error("counts expected");
    expect(leadMeasure(civil.description)).toBe("accounts");
    const [period] = civil.periods;
    expect(period?.rows.map((r) => [r.place, r.requests, r.accounts])).toEqual([
      ["BR", undefined, 25],
      ["FR", undefined, null],
    ]);
    const totals = periodTotals(civil.description, report?.description.places ?? [], period?.rows ?? []);
    expect(totals.sum.accounts).toEqual({ value: null, reported: 25, reportedBy: 1, missing: ["FR"] });
    expect(totals.sum.requests).toEqual({ value: null, reported: 0, reportedBy: 0, missing: [] });
  });

  it("refuses a requests column the section does not declare", () => {
    const dir = accountsOnly();
    writeFileSync(
      join(dir, "civil", "2023-H1.csv"),
      "country_code,country,requests,accounts,content,non_content,no_data,rejected\nBR,Brazil,10,25,5,10,4,6\n",
    );
    const lines = messages(dir).map((line) => line.replace(dir, "<data>"));
    expect(lines.length).toBe(1);
    expect(lines[0]).toContain("civil/2023-H1.csv:1:");
  });
});

describe("outcomes kept as published", () => {
  // GitHub's 2021 disclosures exceed the requests received for three types; they are kept as GitHub gives them.
  function asPublished(): string {
    const dir = join(scratch, "as-published");
    cpSync(join(FIXTURES, "valid"), dir, { recursive: true });
    const description = JSON.parse(readFileSync(join(dir, "report.json"), "utf8")) as {
      sections: { id: string; asPublishedRows?: boolean }[];
    };
    const civil = description.sections.find((s) => s.id === "civil");
    if (!civil) throw new Error("the valid fixture has a civil section");
    civil.asPublishedRows = true;
    writeFileSync(join(dir, "report.json"), JSON.stringify(description));
    writeFileSync(
      join(dir, "civil", "2023-H1.csv"),
      "country_code,country,requests,accounts,content,non_content,no_data,rejected,as_published\nBR,Brazil,10,25,5,10,4,7,yes\nFR,France,2,3,1,1,1,0,\n",
    );
    return dir;
  }

  it("keeps a row whose outcomes do not add up, marked, and leaves it out of every worldwide outcome", () => {
    const { report, issues } = checkReportDir({ dataDir: asPublished(), today: TODAY });
    expect(issues.map(formatIssue)).toEqual([]);
    const civil = report?.sections.find((s) => s.description.id === "civil");
    if (civil?.kind !== "counts") throw new Error("counts expected");
    const rows = civil.periods[0]?.rows ?? [];
    expect(rows.map((r) => [r.place, r.asPublished, r.outcomes])).toEqual([
      ["BR", true, { scheme: "four", content: 5, nonContent: 10, noData: 4, rejected: 7 }],
      ["FR", false, { scheme: "four", content: 1, nonContent: 1, noData: 1, rejected: 0 }],
    ]);
    const totals = periodTotals(civil.description, [], rows);
    // Accounts are not outcomes: Brazil's 25 still count. Its outcomes do not, and the total says why.
    expect(totals.sum.accounts.value).toBe(28);
    // France's rejected 0 is a figure it gave: the others do add up to 0 here.
    expect(totals.outcomes.get("rejected")).toEqual({
      value: null,
      reported: 0,
      reportedBy: 1,
      missing: ["BR"],
      unbalanced: ["BR"],
    });
    const cell = toHtml(outcomeCell(rows[0]!, "rejected"));
    expect(cell).toContain("7 (as published)");
    const note = toHtml(incompleteNote("Rejected", totals.outcomes.get("rejected")!, new Map([["BR", "Brazil"]]), "n"));
    expect(note).toContain("1 place (Brazil) gave outcomes that do not add up");
    expect(note).not.toContain("did not report");
  });
});

describe("failure fixtures", () => {
  const cases = readdirSync(join(FIXTURES, "invalid")).sort();

  it("has one fixture per failure mode the report model adds", () => {
    expect(cases).toEqual(
      expect.arrayContaining([
        "outcome-column-not-in-scheme",
        "undeclared-process",
        "all-rows-disagree",
        "year-beside-halves",
        "percent-above-100",
        "description-unknown-scheme",
        "description-windows-1252",
        "description-too-deep",
      ]),
    );
  });

  it.each(cases)("%s is refused with a message naming the file, the place and the value", (name) => {
    const lines = messages(overlay(name));
    expect(lines.length).toBeGreaterThan(0);
    expect(lines).toMatchSnapshot();
  });
});

describe("data/report.schema.json", () => {
  it("is the JSON Schema of the description the build validates with", () => {
    const committed: unknown = JSON.parse(readFileSync("data/report.schema.json", "utf8"));
    expect(committed).toEqual(reportJsonSchema());
  });

  it("refuses in an editor what the build refuses, for the keys it can express", () => {
    const schema = reportJsonSchema() as {
      properties: Record<string, unknown>;
      additionalProperties: unknown;
      required: string[];
    };
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(expect.arrayContaining(["version", "sections"]));
    expect(Object.keys(schema.properties)).toEqual(["$schema", "version", "periods", "places", "sections"]);
  });
});

describe("the fixed layout's loader", () => {
  it("refuses a described folder with one message rather than read it without its description", () => {
    const { dataset, issues } = checkDataDir({
      dataDir: join(FIXTURES, "valid"),
      today: TODAY,
      root: join(FIXTURES, "valid"),
    });
    expect(dataset).toBeUndefined();
    expect(issues.map(formatIssue)).toEqual([
      "report.json: describes the report, so the folder is read through the report model (src/data/report/), not as the fixed layout of data/README.md",
    ]);
  });
});

describe("report.json as a file", () => {
  // Pipes, folders and links cannot be committed as fixtures, so each is made here beside a copy of the valid report.
  const cases: [string, (path: string) => void][] = [
    [
      "a folder",
      (path) => {
        mkdirSync(path);
      },
    ],
    ["a named pipe", (path) => execFileSync("mkfifo", [path])],
    [
      "a link to a file outside the data folder",
      (path) => {
        symlinkSync(join(process.cwd(), "package.json"), path);
      },
    ],
    [
      "a dangling link",
      (path) => {
        symlinkSync(join(scratch, "no-such-file.json"), path);
      },
    ],
  ];

  it.each(cases)("is refused without being read when it is %s", (what, make) => {
    const dir = join(scratch, `fs-${what.replace(/\W+/g, "-")}`);
    cpSync(join(FIXTURES, "valid"), dir, { recursive: true });
    rmSync(join(dir, "report.json"));
    make(join(dir, "report.json"));
    const lines = messages(dir);
    expect(lines).toHaveLength(1);
    expect(lines).toMatchSnapshot();
  });
});
