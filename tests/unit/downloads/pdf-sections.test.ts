import { describe, expect, it } from "vitest";
import { periodTotals } from "../../../src/data/aggregate.ts";
import { type Dataset, datasetOf, type RangePeriodData } from "../../../src/data/dataset.ts";
import { formatAccounts, formatCount } from "../../../src/data/format.ts";
import { authorityDef } from "../../../src/data/national-security.ts";
import { periodId } from "../../../src/data/period.ts";
import { findSection, sectionPeriod, sectionsInPeriod } from "../../../src/data/sections-aggregate.ts";
import { effectiveSection } from "../../../src/data/sections.ts";
import { FontCoverageError } from "../../../src/downloads/pdf/coverage.ts";
import { bandsSentence } from "../../../src/downloads/pdf/parts.ts";
import { buildPeriodPdf } from "../../../src/downloads/pdf/period-pdf.ts";
import { compact, fixtureDataset, readPdf, requestsOnly, sampleDataset } from "./helpers.ts";

interface StructNode {
  role?: string;
  children?: StructNode[];
}
const roles = (node: unknown, out: string[] = []): string[] => {
  const n = node as StructNode | null;
  if (!n) return out;
  if (n.role) out.push(n.role);
  for (const child of n.children ?? []) roles(child, out);
  return out;
};

const LAW_ENFORCEMENT_ONLY = [
  "Headline figures",
  "What happened to the requests",
  "Requests by country",
  "Definitions",
];

/** The text between one heading and the next one given, on compacted text. */
function between(text: string, from: string, to: string): string {
  const start = text.indexOf(compact(from));
  expect(start, `"${from}" is in the PDF`).toBeGreaterThanOrEqual(0);
  const end = text.indexOf(compact(to), start + compact(from).length);
  return text.slice(start, end < 0 ? undefined : end);
}

describe("PDF reports with several sections", { timeout: 120_000 }, () => {
  const dataset = sampleDataset();
  const label = (id: Parameters<typeof effectiveSection>[1]) => effectiveSection(dataset.site, id).label;

  it("have one bookmarked, H2-headed part per section of the period, with each section's real figures", async () => {
    const data = dataset.periods.find((p) => periodId(p.period) === "2020-H2")!;
    const present = sectionsInPeriod(dataset, data.period).map((s) => s.id);
    expect(present).toEqual(["law-enforcement", "emergency", "civil", "national-security"]);
    const pdf = await readPdf(await buildPeriodPdf(dataset, data));
    // The sample records a release date for the period, so publication notes close the report.
    expect(pdf.outline.map((b) => b.title)).toEqual([...present.map(label), "Definitions", "Publication notes"]);
    expect(pdf.outline[0]?.children.map((b) => b.title)).toEqual([
      "Headline figures",
      "What happened to the requests",
      "Law enforcement requests by country",
    ]);
    expect(pdf.outline[1]?.children.map((b) => b.title)).toEqual([
      "Headline figures",
      "What happened to the requests",
      "Emergency requests by country",
    ]);
    // One H2 per section, then the definitions (and any publication notes).
    // pdf.js gives each page the structure of what is on it, and a heading sits on one page, so add them up.
    const h2 = pdf.structTrees.reduce((n: number, t) => n + roles(t).filter((r) => r === "H2").length, 0);
    expect(h2).toBeGreaterThanOrEqual(present.length + 1);

    const text = pdf.compact;
    const parts = [...present.map(label), "Definitions"];
    for (const id of ["law-enforcement", "emergency", "civil"] as const) {
      const section = findSection(dataset, id)!;
      const rows = sectionPeriod(section, data.period)!;
      const totals = periodTotals(rows);
      const next = parts[parts.indexOf(label(id)) + 1]!;
      const part = between(text, label(id), next === "Definitions" ? "DefinitionsRequests" : next);
      expect(part).toContain(compact(`Requests received${formatCount(totals.requests)}`));
      expect(part).toContain(compact(`Accounts/users specified${formatAccounts(totals.accounts)}`));
      for (const row of rows.rows) expect(part).toContain(compact(`${row.country}${formatCount(row.requests)}`));
      expect(part).toContain(compact(`All countries and regions${formatCount(totals.requests)}`));
    }
    const bands = sectionPeriod(findSection(dataset, "national-security")!, data.period)!;
    const bandPart = between(text, label("national-security"), "DefinitionsRequests");
    expect(bandPart).toContain(compact(bandsSentence(dataset.site.organisation)));
    for (const row of bands.rows) {
      const accounts = row.accounts
        ? `${formatCount(row.accounts.low)}–${formatCount(row.accounts.high)}`
        : "not reported";
      expect(bandPart).toContain(
        compact(
          `${row.country}${authorityDef(row.authority).label}${formatCount(row.demands.low)}–${formatCount(row.demands.high)}${accounts}`,
        ),
      );
    }
    // Bands are never summed and never shown as a point.
    const bandTable = bandPart.slice(bandPart.indexOf(compact("Country or region Authority")));
    expect(bandTable).toContain(compact("Demands (range)"));
    expect(bandTable).not.toMatch(/total|allcountries/i);
    for (const row of bands.rows) expect(row.demands.high).toBeGreaterThan(row.demands.low);
  });

  it("are byte-for-byte the same when built twice", async () => {
    const data = dataset.periods.find((p) => periodId(p.period) === "2020-H2")!;
    const a = await buildPeriodPdf(dataset, data);
    const b = await buildPeriodPdf(
      sampleDataset(),
      sampleDataset().periods.find((p) => periodId(p.period) === "2020-H2")!,
    );
    expect(Buffer.compare(a, b)).toBe(0);
  });

  it("keep a requests-only period to law enforcement's parts, at the top level, as before sections", async () => {
    const only = requestsOnly(dataset);
    const data = only.periods.find((p) => periodId(p.period) === "2020-H2")!;
    const pdf = await readPdf(await buildPeriodPdf(only, data));
    expect(pdf.outline.map((b) => b.title)).toEqual([...LAW_ENFORCEMENT_ONLY, "Publication notes"]);
    for (const b of pdf.outline) expect(b.children).toEqual([]);
    expect(pdf.compact).not.toContain(compact("Emergency requests"));
    expect(pdf.compact).not.toContain(compact("National security"));
    expect(pdf.info["Subject"]).toMatch(/^Law-enforcement requests/);
  });

  it("leave out a section that did not report the period, without a word or a zero for it", async () => {
    // The sample's civil data starts in 2016; its emergency data runs from 2013.
    const data = dataset.periods.find((p) => periodId(p.period) === "2013-H1")!;
    const present = sectionsInPeriod(dataset, data.period).map((s) => s.id);
    expect(present).not.toContain("civil");
    const pdf = await readPdf(await buildPeriodPdf(dataset, data));
    expect(pdf.outline.map((b) => b.title).slice(0, present.length)).toEqual(present.map(label));
    expect(pdf.compact).not.toContain(compact(label("civil")));
  });

  it("fail the build, naming the file and line, when the font cannot draw a name in a section's file", () => {
    const base = fixtureDataset("tests/fixtures/data/valid/bom");
    const data = base.periods[0]!;
    const bands: RangePeriodData = {
      period: data.period,
      source: "data/national-security/2021-H1.csv",
      rows: [
        {
          countryCode: "JP",
          country: "日本",
          authority: "nsl",
          bandWidth: 500,
          demands: { low: 0, high: 499 },
          accounts: null,
          line: 7,
        },
      ],
    };
    const withBands: Dataset = datasetOf(base.site, base.periods, [
      { id: "national-security", kind: "ranges", periods: [bands] },
    ]);
    const build = () => buildPeriodPdf(withBands, data);
    expect(build).toThrow(FontCoverageError);
    expect(build).toThrow(/"日本" \(JP\) at data\/national-security\/2021-H1\.csv line 7/);
  });

  it("fail the build when the font cannot draw a section's label that site.json sets", () => {
    const data = dataset.periods.find((p) => periodId(p.period) === "2020-H2")!;
    const relabelled = sampleDataset();
    relabelled.site.sections = { emergency: { label: "緊急 requests", shortLabel: undefined, description: undefined } };
    const build = () => buildPeriodPdf(relabelled, data);
    expect(build).toThrow(FontCoverageError);
    expect(build).toThrow(/label of the section emergency \("緊急 requests"\) in data\/site\.json/);
  });

  it("name the section and take the country's name from its file in a correction to another section", async () => {
    const corrected = sampleDataset();
    const data = corrected.periods.find((p) => periodId(p.period) === "2020-H2")!;
    const emergency = sectionPeriod(findSection(corrected, "emergency")!, data.period)!;
    const row = emergency.rows[0]!;
    corrected.corrections = [
      {
        date: "2021-03-01",
        period: "2020-H2",
        countryCode: row.countryCode,
        section: "emergency",
        note: "Recounted.",
        anchor: "correction-2021-03-01-2020-h2",
      },
    ];
    const pdf = await readPdf(await buildPeriodPdf(corrected, data));
    expect(pdf.compact).toContain(compact(`Corrected 1 March 2021, ${row.country}, emergency requests: Recounted.`));
  });
});
