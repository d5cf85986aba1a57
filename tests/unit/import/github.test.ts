import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importGithub } from "../../../scripts/import/github/index.ts";
import type { ImportedReport } from "../../../scripts/import/types.ts";
import { row, rows, run, sourceRows } from "./helpers.ts";

const FIXTURES = "tests/fixtures/import/github";
const GOOD = join(FIXTURES, "good");
const HALF_REQUESTS = "by_calendar_year_half/requests_received_and_disclosed_by_calendar_year_half.csv";
const TYPES: Record<string, string> = {
  "criminal or government agency subpoena": "criminal-subpoena",
  "criminal court order": "court-order",
  "criminal search warrant": "search-warrant",
  "cross-border request": "cross-border",
  "civil subpoena": "civil-subpoena",
  "exigent circumstances": "exigent",
};

let report: ImportedReport;
beforeAll(async () => {
  report = await importGithub(GOOD, () => undefined);
});

describe("GitHub importer on excerpts of the real files", () => {
  it("keeps every request received per type, for years and half-years, each in its own period", () => {
    let checked = 0;
    for (const [file, period] of [
      ["requests_received_and_disclosed.csv", (c: Record<string, string>) => c["year"]!],
      [HALF_REQUESTS, (c: Record<string, string>) => `${c["year"]!}-H${c["half"]!}`],
    ] as const) {
      for (const { cells } of sourceRows(GOOD, file)) {
        const data = row(report, `requests/${period(cells)}.csv`, `all-requesters|${TYPES[cells["type"]!.trim()]!}`);
        expect(data["requests"]).toBe(cells["count_requests_received"]);
        if (Number(cells["count_disclosed"]) <= Number(cells["count_requests_received"])) {
          expect(data["some_data"]).toBe(cells["count_disclosed"]);
        }
        checked += 1;
      }
    }
    expect(checked).toBe(17);
    expect(report.description["periods"]).toEqual({ first: "2014-H1", yearsBesideHalves: "stated" });
  });

  it("keeps a year beside its halves as stated, never summed, and logs it", () => {
    expect(row(report, "requests/2023.csv", "all-requesters|criminal-subpoena")["requests"]).toBe("360");
    expect(row(report, "requests/2023-H1.csv", "all-requesters|criminal-subpoena")["requests"]).toBe("166");
    expect(row(report, "requests/2023-H2.csv", "all-requesters|criminal-subpoena")["requests"]).toBe("194");
    expect(row(report, "accounts-affected/2023.csv", "all-requesters|")["accounts"]).toBe("1205");
    expect(row(report, "accounts-affected/2023-H1.csv", "all-requesters|")["accounts"]).toBe("550");
    expect(report.log.filter((e) => e.kind === "other" && e.before === "2023").map((e) => e.source)).toEqual([
      "requests_received_and_disclosed.csv:2:year",
      "cross_border_data_requests.csv:2:year",
    ]);
  });

  it("keeps 2021's disclosures above requests received as published, and logs them, the trailing space and the missing 2024-H2", () => {
    expect(row(report, "requests/2021.csv", "all-requesters|criminal-subpoena")).toMatchObject({
      requests: "183",
      some_data: "269",
      as_published: "yes",
    });
    expect(report.log).toContainEqual(
      expect.objectContaining({
        kind: "other",
        source: "requests_received_and_disclosed.csv:6:count_disclosed",
        before: "269",
        after: "269",
      }),
    );
    const sections = report.description["sections"] as { id: string; coverage?: { periods: string[] }[] }[];
    expect(sections.find((s) => s.id === "law-enforcement")?.coverage?.map((c) => c.periods)).toEqual([["2021"]]);
    expect(row(report, "requests/2021.csv", "all-requesters|exigent")).toMatchObject({
      requests: "6",
      some_data: "5",
      as_published: "",
    });
    expect(row(report, "requests/2025-H1.csv", "all-requesters|cross-border")).toMatchObject({
      requests: "40",
      some_data: "9",
    });
    expect(report.log).toContainEqual(
      expect.objectContaining({
        source: `${HALF_REQUESTS}:3:type`,
        before: "cross-border request ",
        after: "cross-border",
      }),
    );
    // 2024-H2 has accounts but no requests by type: no requests file for it, the accounts kept, the gap logged.
    expect(report.files.has("requests/2024-H2.csv")).toBe(false);
    expect(row(report, "accounts-affected/2024-H2.csv", "all-requesters|")["accounts"]).toBe("658");
    expect(report.log).toContainEqual(
      expect.objectContaining({
        kind: "not-reported",
        source: HALF_REQUESTS,
        note: expect.stringContaining("2024-H2") as unknown,
      }),
    );
  });

  it("keeps cross-border requests per country, with GitHub's own count as a stated total beside their sum", () => {
    const y2022 = rows(report, "cross-border/2022.csv");
    expect(y2022.get("IN|")?.["requests"]).toBe("22");
    expect(y2022.get("total|")?.["requests"]).toBe("18");
    const sum = [...y2022.entries()].filter(([k]) => k !== "total|").reduce((n, [, r]) => n + Number(r["requests"]), 0);
    expect(sum).toBe(37);
    expect(report.log).toContainEqual(
      expect.objectContaining({
        kind: "total-differs",
        note: expect.stringContaining("add up to 37, not 18") as unknown,
      }),
    );
    expect(row(report, "cross-border/2023-H1.csv", "FR|")["requests"]).toBe("2");
  });

  it("keeps disclosures by user notice and the combined national-security authority in bands of 250", () => {
    expect(row(report, "notifications/2023-H1.csv", "all-requesters|gag-order")["requests"]).toBe("207");
    expect(row(report, "notifications/2024-H2.csv", "all-requesters|notified")["requests"]).toBe("12");
    expect(row(report, "national-security/2024-H2.csv", "US|nsl-and-fisa")).toMatchObject({
      band_width: "250",
      demands_low: "750",
      demands_high: "999",
      accounts_low: "1500",
      accounts_high: "1749",
    });
    expect(row(report, "national-security/2014-H1.csv", "US|nsl-and-fisa")).toMatchObject({
      demands_low: "0",
      demands_high: "249",
    });
    const sections = report.description["sections"] as {
      id: string;
      authorities?: { id: string; combines?: string[] }[];
    }[];
    const combined = sections
      .find((s) => s.id === "national-security")
      ?.authorities?.find((a) => a.id === "nsl-and-fisa");
    expect(combined?.combines).toEqual(["nsl", "fisa"]);
  });
});

describe("npm run import github", () => {
  const dir = mkdtempSync(join(tmpdir(), "import-github-"));
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it.each(["missing-file", "renamed-column", "unknown-code", "malformed-number", "malformed-band"])(
    "%s: one line naming the source, exit 1, nothing written",
    (name) => {
      const out = join(dir, name);
      const { status, stderr } = run("main.ts", ["github", join(FIXTURES, name), "--out", out]);
      expect(status).toBe(1);
      expect(stderr.trim().split("\n")).toHaveLength(1);
      expect(existsSync(out)).toBe(false);
      expect(stderr).toMatchSnapshot();
    },
  );
});
