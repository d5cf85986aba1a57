import { describe, expect, it } from "vitest";
import { compareRows, periodTotals, previousPeriod } from "../../../src/data/aggregate.ts";
import { type Dataset, datasetOf, type PeriodData, type RequestRow } from "../../../src/data/dataset.ts";
import { formatAccounts, formatChange, formatCount } from "../../../src/data/format.ts";
import { periodLongLabel } from "../../../src/data/period.ts";
import { FontCoverageError } from "../../../src/downloads/pdf/coverage.ts";
import { buildPeriodPdf } from "../../../src/downloads/pdf/period-pdf.ts";
import { compact, FIXTURES, fixtureDataset, readPdf, sampleDataset, SITE } from "./helpers.ts";

interface StructNode {
  role?: string;
  alt?: string;
  children?: StructNode[];
}

function roles(node: unknown, out: StructNode[] = []): StructNode[] {
  const n = node as StructNode | null;
  if (!n) return out;
  if (n.role) out.push(n);
  for (const child of n.children ?? []) roles(child, out);
  return out;
}

/** Reads one period's PDF back and checks what a reader must find in it. */
async function checkPdf(dataset: Dataset, data: PeriodData): Promise<void> {
  const bytes = await buildPeriodPdf(dataset, data);
  const pdf = await readPdf(bytes);
  const totals = periodTotals(data);
  const first = compact(pdf.pages[0] ?? "");
  // Headline figures as the site formats them, on the title page.
  expect(first).toContain(compact(`Requests received${formatCount(totals.requests)}`));
  expect(first).toContain(compact(`Accounts/users specified${formatAccounts(totals.accounts)}`));
  expect(first).toContain(compact(dataset.site.organisation));
  expect(first).toContain(compact(periodLongLabel(data.period)));
  const previous = previousPeriod(dataset, data.period);
  if (previous) {
    // Like with like, as on the site: over the countries in both periods' files.
    const { change } = compareRows(previous.period, previous.rows, data.rows).requests;
    if (change) expect(first).toContain(compact(`${formatCount(totals.requests)}${formatChange(change)}`));
  }
  for (const row of data.rows) expect(pdf.compact).toContain(compact(row.country));
  expect(pdf.compact).not.toContain("NaN");
  expect(pdf.compact).not.toContain("undefined");
  pdf.pages.forEach((text, i) => {
    expect(compact(text)).toContain(compact(`Page ${i + 1} of ${pdf.pages.length}`));
  });
  // The definitions are kept together: the last page never holds only a paragraph or two of them.
  const last = pdf.pages.at(-1) ?? "";
  if (pdf.pages.length > 1 && !last.includes("Definitions")) {
    expect(compact(last).length, "the last page holds only a stray paragraph").toBeGreaterThan(600);
  }
  expect(pdf.info["Title"]).toBe(`${dataset.site.title}, ${periodLongLabel(data.period)}`);
  expect(pdf.info["Language"]).toBe(dataset.site.language);
  // Tagged: pdf.js reports the catalogue's /MarkInfo, and every page has a structure tree.
  expect(pdf.markInfo?.Marked).toBe(true);
  for (const tree of pdf.structTrees) expect(tree).not.toBeNull();
}

// Generous timeouts: a busy machine (parallel builds) can make reading many PDFs slow.
describe("PDF reports", { timeout: 60_000 }, () => {
  it("hold the headline figures and every country for every period of the sample data", async () => {
    const dataset = sampleDataset();
    for (const data of dataset.periods) await checkPdf(dataset, data);
  }, 120_000);

  it.each(FIXTURES)("hold the headline figures and every country for %s", async (dir) => {
    const dataset = fixtureDataset(dir);
    for (const data of dataset.periods) await checkPdf(dataset, data);
  });

  it("are byte-for-byte the same when built twice", async () => {
    const dataset = sampleDataset();
    const data = dataset.periods.at(-1)!;
    const a = await buildPeriodPdf(dataset, data);
    const b = await buildPeriodPdf(sampleDataset(), dataset.periods.at(-1)!);
    expect(Buffer.compare(a, b)).toBe(0);
    // The dates come from the period (the first day after it), not from the clock.
    const { info } = await readPdf(a);
    expect(info["CreationDate"]).toBe("D:20260701000000Z");
    expect(info["ModDate"]).toBe("D:20260701000000Z");
  });

  it("are tagged, with language, title, structure tree, headings, table cells and a described figure", async () => {
    const dataset = sampleDataset();
    const bytes = await buildPeriodPdf(dataset, dataset.periods.at(-1)!);
    const raw = bytes.toString("latin1");
    expect(raw).toContain("/Lang (en)");
    expect(raw).toMatch(/\/MarkInfo \d+ 0 R/);
    expect(raw).toMatch(/\/StructTreeRoot \d+ 0 R/);
    expect(raw).toMatch(/\/DisplayDocTitle true/);
    expect(raw).toContain("<pdfuaid:part>1</pdfuaid:part>");
    expect(raw).toMatch(/\/FontFile2/);
    expect(raw).toMatch(/\/Outlines \d+ 0 R/);
    expect(raw).not.toMatch(/\/BaseFont \/Helvetica/);

    const pdf = await readPdf(bytes);
    expect(pdf.markInfo?.Marked).toBe(true);
    expect(pdf.info["Title"]).toBe("Law Enforcement Requests Report, January–June 2026");
    const nodes = pdf.structTrees.flatMap((tree) => roles(tree));
    const found = new Set(nodes.map((n) => n.role));
    for (const role of ["H1", "H2", "H3", "P", "Table", "TR", "TH", "TD", "Figure"]) expect(found).toContain(role);
    const figure = nodes.find((n) => n.role === "Figure");
    const totals = periodTotals(dataset.periods.at(-1)!);
    expect(figure?.alt).toContain(formatCount(totals.content));
    expect(figure?.alt).toMatch(/Content disclosed: [\d,]+ \(\d+\.\d\d%\)/);
  });

  it("repeat the table header on every page the table continues to", async () => {
    const rows: RequestRow[] = Array.from({ length: 150 }, (_, i) => ({
      countryCode: "DE",
      country: `Country ${String(i + 1).padStart(3, "0")}`,
      requests: 1000 - i,
      accounts: i % 7 === 0 ? null : 1200,
      content: 100,
      nonContent: 500 - i,
      noData: 200,
      rejected: 200,
      line: i + 2,
    }));
    const data: PeriodData = { period: { year: 2020, half: 2 }, rows, source: "synthetic/2020-H2.csv" };
    const pdf = await readPdf(await buildPeriodPdf(datasetOf(SITE, [data]), data));
    // A table row: a name and its figures (the note on blank accounts names some of them in a list too).
    const tablePages = pdf.pages.filter((p) => /Country \d{3}\s+\d/.test(p));
    expect(tablePages.length).toBeGreaterThan(2);
    for (const page of tablePages) expect(compact(page)).toContain(compact("Country or region Requests"));
    for (const row of rows) expect(pdf.compact).toContain(compact(row.country));
    // Only the first header row is structure; the repeats are pagination artifacts.
    // pdf.js gives each page the whole subtree of every element that has content on it, so count on one page.
    const headerCounts = pdf.structTrees.map((t) => roles(t).filter((n) => n.role === "TH").length);
    expect(Math.max(...headerCounts)).toBe(7 + rows.length + 1);
  });

  it("show a dash, never NaN, for the shares of a period whose only country made no requests", async () => {
    const dataset = fixtureDataset("tests/fixtures/data/valid/single-country-zero-requests");
    const pdf = await readPdf(await buildPeriodPdf(dataset, dataset.periods[0]!));
    expect(pdf.compact).toContain(compact("Iceland 0 0 0 – 0 – 0 – 0 –"));
    expect(pdf.compact).toContain(compact("No requests were received in this period"));
  });

  it("say “not reported” for blank accounts", async () => {
    const dataset = fixtureDataset("tests/fixtures/data/valid/bom");
    const pdf = await readPdf(await buildPeriodPdf(dataset, dataset.periods[0]!));
    expect(pdf.compact).toContain(compact("France 40 not reported"));
  });

  it("fail the build, naming the country, file and line, when the font cannot draw a name", () => {
    const dataset = fixtureDataset("tests/fixtures/downloads/missing-glyph");
    const build = () => buildPeriodPdf(dataset, dataset.periods[0]!);
    expect(build).toThrow(FontCoverageError);
    expect(build).toThrow(
      /transparency-report-2021-h1\.pdf[\s\S]*"日本" \(JP\) at tests\/fixtures\/downloads\/missing-glyph\/2021-H1\.csv line 3[\s\S]*日 \(U\+65E5\)/,
    );
  });
});
