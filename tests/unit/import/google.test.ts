import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FILES, importGoogle } from "../../../scripts/import/google/index.ts";
import type { ImportedReport } from "../../../scripts/import/types.ts";
import { row, rows, run, sourceRows } from "./helpers.ts";

const FIXTURES = "tests/fixtures/import/google";
const GOOD = join(FIXTURES, "good");
const GLOBAL = "google-global-user-data-requests.csv";
const half = (ending: string) => `${ending.slice(0, 4)}-${ending.endsWith("06-30") ? "H1" : "H2"}`;

let report: ImportedReport;
beforeAll(async () => {
  report = await importGoogle(GOOD, () => undefined);
});

describe("Google importer on excerpts of the real files", () => {
  it("keeps every per-country request and account figure of the global file, per period and process", () => {
    const processes = new Map(
      (
        (report.description["sections"] as { id: string; processes: { id: string; label: string }[] }[]).find(
          (s) => s.id === "law-enforcement",
        )?.processes ?? []
      ).map((p) => [p.label, p.id]),
    );
    let checked = 0;
    for (const { line, cells } of sourceRows(GOOD, GLOBAL)) {
      if (cells["User Data Requests"] === "" && cells["Accounts"] === "" && cells["Percentage disclosed"] === "") {
        expect(report.log.map((e) => e.source)).toContain(`${GLOBAL}:${line}`);
        checked += 1;
        continue;
      }
      const code = cells["CLDR Territory Code"] || "united-nations";
      const process = cells["Legal Process"] === "All" ? "all" : processes.get(cells["Legal Process"]!);
      const data = row(report, `requests/${half(cells["Period Ending"]!)}.csv`, `${code}|${process}`);
      expect(data["requests"]).toBe(cells["User Data Requests"]);
      if (cells["Period Ending"]! >= "2011") expect(data["accounts"]).toBe(cells["Accounts"]);
      if (cells["Period Ending"]! >= "2010-12") expect(data["some_data_percent"]).toBe(cells["Percentage disclosed"]);
      checked += 1;
    }
    expect(checked).toBe(sourceRows(GOOD, GLOBAL).length);
  });

  it("reads the 2009-H2 and 2010-H1 zeros as not reported, logs each cell, and keeps 2010-H2's percentages", () => {
    const us2009 = row(report, "requests/2009-H2.csv", "US|all");
    expect(us2009).toMatchObject({ requests: "3580", accounts: "", some_data_percent: "" });
    expect(row(report, "requests/2010-H2.csv", "US|all")).toMatchObject({
      requests: "4601",
      accounts: "",
      some_data_percent: "94",
    });
    expect(row(report, "requests/2011-H1.csv", "US|all")).toMatchObject({ accounts: "11057", some_data_percent: "93" });
    // Later zeros are real: China's 2021-H1 percentage of 0 stays 0.
    expect(row(report, "requests/2021-H1.csv", "CN|other-legal")["some_data_percent"]).toBe("0");
    const zeros = report.log.filter((e) => e.kind === "not-reported" && e.before === "0");
    expect(zeros.map((e) => e.source)).toEqual([
      `${GLOBAL}:2:Percentage disclosed`,
      `${GLOBAL}:2:Accounts`,
      `${GLOBAL}:3:Percentage disclosed`,
      `${GLOBAL}:3:Accounts`,
      `${GLOBAL}:4:Percentage disclosed`,
      `${GLOBAL}:4:Accounts`,
      `${GLOBAL}:5:Accounts`,
      `${GLOBAL}:6:Accounts`,
    ]);
    expect(zeros.every((e) => e.after === "")).toBe(true);
  });

  it("never adds All rows to process rows, and keeps preservation requests out of totals with a blank percentage", () => {
    const de = rows(report, "requests/2012-H2.csv");
    expect([...de.keys()].filter((k) => k.startsWith("DE|"))).toEqual(["DE|all"]);
    expect([...de.keys()].filter((k) => k.startsWith("US|"))).toEqual([
      "US|subpoenas",
      "US|search-warrants",
      "US|other-legal",
    ]);
    const us = row(report, "requests/2014-H2.csv", "US|preservation");
    expect(us).toMatchObject({ requests: "4290", accounts: "17028", some_data_percent: "" });
    const sections = report.description["sections"] as {
      id: string;
      processes?: { id: string; inTotals?: boolean }[];
    }[];
    const preservation = sections[0]?.processes?.find((p) => p.id === "preservation");
    expect(preservation?.inTotals).toBe(false);
    // The worldwide in-totals figure the site computes equals the source's rows without preservation.
    const source = sourceRows(GOOD, GLOBAL).filter(
      (r) => r.cells["Period Ending"] === "2014-12-31" && r.cells["Legal Process"] !== "Preservation Requests",
    );
    const data = [...rows(report, "requests/2014-H2.csv").values()].filter((r) => r["process"] !== "preservation");
    const sum = (xs: string[]) => xs.reduce((n, x) => n + Number(x), 0);
    expect(sum(data.map((r) => r["requests"]!))).toBe(sum(source.map((r) => r.cells["User Data Requests"]!)));
    expect(sum(data.map((r) => r["accounts"]!))).toBe(sum(source.map((r) => r.cells["Accounts"]!)));
  });

  it("keeps a row that is not a country as a declared place, and leaves out a row without figures", () => {
    expect(row(report, "requests/2015-H1.csv", "united-nations|other-legal")).toMatchObject({
      requests: "1",
      accounts: "1",
    });
    expect(report.description["places"]).toEqual([expect.objectContaining({ id: "united-nations" })]);
    expect(report.log).toContainEqual(
      expect.objectContaining({ kind: "not-a-country", source: `${GLOBAL}:22:Country/Region` }),
    );
    // China's local-subsidiary row of 2021-H1 has no figure at all: left out (so not reported), and logged.
    expect([...rows(report, "requests/2021-H1.csv").keys()]).toEqual(["CN|other-legal"]);
    expect(report.log).toContainEqual(
      expect.objectContaining({ kind: "not-reported", source: `${GLOBAL}:24`, after: "" }),
    );
  });

  it("imports diplomatic requests by assisting country and Enterprise Cloud requests per product", () => {
    expect(row(report, "diplomatic/2019-H1.csv", "BE|via-ireland")["requests"]).toBe("2");
    expect(row(report, "diplomatic/2019-H1.csv", "BE|via-united-states")["requests"]).toBe("2");
    expect(row(report, "enterprise-workspace/2019-H2.csv", "BR|other-legal")).toMatchObject({
      requests: "13",
      accounts: "16",
      some_data_percent: "23",
    });
    expect(row(report, "enterprise-cloud-platform/2019-H2.csv", "BR|preservation")["some_data_percent"]).toBe("");
    // Names only: mapped by exact English name and logged; a period with none is the stated total 0.
    expect(row(report, "enterprise-diplomatic/2020-H2.csv", "CO|via-united-states")["requests"]).toBe("1");
    expect(row(report, "enterprise-diplomatic/2019-H2.csv", "total|all")["requests"]).toBe("0");
    expect(report.log).toContainEqual({
      kind: "name-mapped",
      source: "google-enterprise-data-dlr-requests.csv:3:Country/Region of Origin",
      before: "Colombia",
      after: "CO",
      note: "The file gives names only; mapped by its exact English name.",
    });
  });

  it("imports the national-security bands with Google's known minimums such as 2–499", () => {
    expect(row(report, "national-security/2021-H2.csv", "US|nsl")).toMatchObject({
      band_width: "500",
      demands_low: "2",
      demands_high: "499",
      accounts_low: "1500",
      accounts_high: "1999",
    });
    expect(row(report, "national-security/2018-H2.csv", "US|fisa-content")).toMatchObject({
      demands_low: "500",
      demands_high: "999",
      accounts_low: "63000",
      accounts_high: "63499",
    });
    expect(row(report, "national-security/2009-H1.csv", "US|nsl")).toMatchObject({
      demands_low: "0",
      demands_high: "499",
    });
    expect(report.description["periods"]).toEqual({ first: "2009-H1", yearsBesideHalves: "refuse" });
    const minimums = report.log.filter((e) => e.kind === "band").map((e) => e.before);
    expect(minimums).toEqual(["2-499", "1-499"]);
  });
});

describe("Google's import log", () => {
  it("lists adjustments in source order: by file, then by line", () => {
    const files = Object.values(FILES) as string[];
    const places = report.log.map((e) => {
      const [file = "", line = "0"] = e.source.split(":");
      return [files.indexOf(file), Number(line) || 0] as const;
    });
    const sorted = [...places].sort((x, y) => x[0] - y[0] || x[1] - y[1]);
    expect(places).toEqual(sorted);
    // The United Nations row (line 22) is found while parsing, before the zeros of lines 2–6 are judged.
    expect(report.log.findIndex((e) => e.kind === "not-a-country")).toBeGreaterThan(
      report.log.findIndex((e) => e.source === `${GLOBAL}:6:Accounts`),
    );
  });
});

describe("npm run import google", () => {
  const dir = mkdtempSync(join(tmpdir(), "import-google-"));
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it.each([
    "missing-file",
    "renamed-column",
    "unknown-code",
    "unknown-name",
    "malformed-number",
    "malformed-band",
    "unknown-process",
  ])("%s: one line naming the source, exit 1, nothing written", (name) => {
    const out = join(dir, name);
    const { status, stderr } = run("main.ts", ["google", join(FIXTURES, name), "--out", out]);
    expect(status).toBe(1);
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(out)).toBe(false);
    expect(stderr).toMatchSnapshot();
  });
});
