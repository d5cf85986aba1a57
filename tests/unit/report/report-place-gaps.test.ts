/**
 * A place × period without figures gets a page of its own, so a choice of the view form that the host's rule
 * sends to `/countries/<place>/<period>/` without JavaScript never lands on the 404 page.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { formatIssue } from "../../../src/data/issues.ts";
import { checkReportDir, type ReportData } from "../../../src/data/report/load-report.ts";
import { reportPeriodId } from "../../../src/data/report/report-period.ts";
import { reportSitemapLastmod } from "../../../src/integrations/report-sitemap-lastmod.ts";
import { placePeriodGaps } from "../../../src/payloads/report-place-gaps.ts";
import { placePeriods } from "../../../src/payloads/report-place-period.ts";
import { toHtml } from "../../../src/render/tree.ts";
import { placeGapTitle, placeGapView } from "../../../src/views/report-model/place-gap.ts";

const VALID = "tests/fixtures/report/valid";
const TODAY = new Date("2026-11-24T00:00:00Z");
const scratch = mkdtempSync(join(tmpdir(), "report-gaps-"));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

function load(dir: string): ReportData {
  const { report, issues } = checkReportDir({ dataDir: dir, today: TODAY });
  expect(issues.map(formatIssue)).toEqual([]);
  if (!report) throw new Error("no report");
  return report;
}

const summary = (report: ReportData) =>
  placePeriodGaps(report).map((g) =>
    [g.place.code, reportPeriodId(g.period), g.before, g.after, ...g.overlapping].map((p) =>
      p === undefined ? "-" : typeof p === "string" ? p : reportPeriodId(p),
    ),
  );

describe("place × period combinations without figures", () => {
  it("are every combination the fixture has no row for, with the nearest periods that have figures", () => {
    const report = load(VALID);
    // Rows: US, DE and cross-border in 2022; US, FR and BR in 2023-H1.
    expect(summary(report)).toEqual([
      ["BR", "2022", "-", "2023-H1"],
      ["cross-border", "2023-H1", "2022", "-"],
      ["FR", "2022", "-", "2023-H1"],
      ["DE", "2023-H1", "2022", "-"],
    ]);
    const pairs = new Set(placePeriods(report).map((p) => `${p.place.code} ${reportPeriodId(p.period)}`));
    for (const g of placePeriodGaps(report))
      expect(pairs.has(`${g.place.code} ${reportPeriodId(g.period)}`)).toBe(false);
  });

  it("name a whole year with figures that holds the half-year without", () => {
    const dir = join(scratch, "half-beside-year");
    cpSync(VALID, dir, { recursive: true });
    // Civil's first half of 2022 beside law enforcement's whole year 2022: Germany has only the year.
    writeFileSync(
      join(dir, "civil", "2022-H1.csv"),
      "country_code,country,requests,accounts,content,non_content,no_data,rejected\nBR,Brazil,4,4,1,1,1,1\n",
    );
    writeFileSync(
      join(dir, "releases.csv"),
      "period,published\n2022,2023-02-15\n2022-H1,2022-08-01\n2023-H1,2023-08-10\n",
    );
    const de = placePeriodGaps(load(dir)).find((g) => g.place.code === "DE" && reportPeriodId(g.period) === "2022-H1");
    expect(de?.overlapping.map(reportPeriodId)).toEqual(["2022"]);
    const html = toHtml(placeGapView(de!));
    expect(html).toContain(
      'for a period that includes these months: <a href="/countries/de/2022/">January–December 2022</a>',
    );
  });

  it("say which combination has no figures and link to the place, the period and the nearest period with figures", () => {
    const gap = placePeriodGaps(load(VALID)).find((g) => g.place.code === "FR");
    if (!gap) throw new Error("France has a gap in 2022");
    expect(placeGapTitle(gap)).toBe("France, January–December 2022: no figures");
    const html = toHtml(placeGapView(gap));
    expect(html).toContain(
      "No section of this report has a row for <bdi>France</bdi> in January–December 2022: the publisher gave no figures",
    );
    expect(html).toContain('<a href="/countries/fr/"><bdi>France</bdi> in every period</a>');
    expect(html).toContain('<a href="/periods/2022/">every country and place in 2022</a>');
    expect(html).toContain(
      'The nearest period with figures for <bdi>France</bdi>: <a href="/countries/fr/2023-h1/">January–June 2023</a>.',
    );
    expect(html).not.toContain("includes these months");
  });

  it("are left out of the sitemap, and the pages with figures kept", async () => {
    const serialize = reportSitemapLastmod(VALID);
    const item = (path: string) => ({ url: `https://transparency.example.com${path}` });
    expect(await serialize(item("/countries/fr/2022/"))).toBeUndefined();
    expect(await serialize(item("/countries/fr/2023-h1/"))).toEqual(item("/countries/fr/2023-h1/"));
  });
});
