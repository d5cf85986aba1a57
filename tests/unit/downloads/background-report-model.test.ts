import { describe, expect, it } from "vitest";
import { checkReportDir } from "../../../src/data/report/load-report.ts";
import { backgroundPlan, fromBackground, startInBackground } from "../../../src/downloads/background/background.ts";
import { buildReportPdf } from "../../../src/downloads/report-model/pdf.ts";
import { buildReportWorkbook } from "../../../src/downloads/report-model/workbook.ts";
import { reportUrls } from "../../../src/lib/urls.ts";
import { reportPeriods } from "../../../src/payloads/report-model.ts";
import { reportCards, reportCardTree } from "../../../src/previews/report-model.ts";
import { renderTreePng } from "../../../src/previews/render.ts";

const dataDir = "tests/fixtures/report/valid";
const report = checkReportDir({ dataDir }).report!;
const periods = reportPeriods(report);
const cards = reportCards(report);
const site = `${report.site.organisation} · ${report.site.title}`;
const same = (a: Uint8Array, b: Uint8Array) => Buffer.compare(Buffer.from(a), Buffer.from(b)) === 0;

// A described report (report.json) has its own heavy files: the worker reads the report model for them.
describe("the build's worker on a described report", { timeout: 60_000 }, () => {
  const stopped = startInBackground({ dataDir });

  it("plans every period's PDF and workbook, newest first, then every preview from the last", async () => {
    expect(await backgroundPlan()).toEqual([
      ...periods.toReversed().flatMap((p) => [reportUrls.periodPdf(p), reportUrls.periodXlsx(p)]),
      ...cards.map((card) => reportUrls.preview(card.name)).reverse(),
    ]);
  });

  it("makes each file with the same bytes as its endpoint's function", async () => {
    await stopped;
    const pdfs: Uint8Array[] = [];
    for (const period of periods) {
      const pdf = (await fromBackground(reportUrls.periodPdf(period)))!;
      pdfs.push(pdf);
      expect(same(pdf, await buildReportPdf(report, period))).toBe(true);
      expect(
        same((await fromBackground(reportUrls.periodXlsx(period)))!, await buildReportWorkbook(report, period)),
      ).toBe(true);
    }
    for (const card of cards)
      expect(
        same((await fromBackground(reportUrls.preview(card.name)))!, renderTreePng(reportCardTree(site, card))),
      ).toBe(true);
    // Each address gets its own file.
    expect(same(pdfs[0]!, pdfs[1]!)).toBe(false);
    // Each file is answered once, to the endpoint that writes it; the build does not keep it after.
    expect(fromBackground(reportUrls.periodPdf(periods[0]!))).toBeUndefined();
  });
});
