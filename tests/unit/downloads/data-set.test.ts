import { describe, expect, it } from "vitest";
import { COLUMN_NAMES } from "../../../src/data/columns.ts";
import { periodId } from "../../../src/data/period.ts";
import { downloads, formatFileSize } from "../../../src/downloads/catalogue.ts";
import { urls } from "../../../src/lib/urls.ts";
import { fixtureDataset, sampleDataset } from "./helpers.ts";

const decoder = new TextDecoder();

describe("the full data set as JSON", () => {
  it("holds every row of every period with exact names, null for blanks and numeric shares", async () => {
    const dataset = fixtureDataset("tests/fixtures/data/cli-good/requests");
    const json = JSON.parse(decoder.decode(await downloads(dataset).allPeriodsJson.bytes())) as Record<
      string,
      unknown
    >[];
    const rows = dataset.periods.flatMap((p) => p.rows.map((row) => ({ period: periodId(p.period), row })));
    expect(json).toHaveLength(rows.length);
    rows.forEach(({ period, row }, i) => {
      const r = json[i];
      expect(r).toMatchObject({
        period,
        country_code: row.countryCode,
        country: row.country,
        requests: row.requests,
        accounts: row.accounts,
        content: row.content,
        non_content: row.nonContent,
        no_data: row.noData,
        rejected: row.rejected,
      });
      const share = r?.["rejected_percent"];
      if (row.requests === 0) expect(share).toBeNull();
      else expect(Math.abs((share as number) - (100 * row.rejected) / row.requests)).toBeLessThanOrEqual(0.005 + 1e-9);
    });
  });

  it("keeps a name that starts with = as published: JSON is not opened by spreadsheets", async () => {
    const dataset = fixtureDataset("tests/fixtures/data/valid/name-with-commas-and-quotes");
    const json = JSON.parse(decoder.decode(await downloads(dataset).allPeriodsJson.bytes())) as { country: string }[];
    expect(json.map((r) => r.country)).toContain("=Côte d'Ivoire");
  });
});

describe("datapackage.json", { timeout: 30_000 }, () => {
  const dataset = sampleDataset();
  const files = downloads(dataset);

  it("describes the CSV and JSON of the full set with the data contract's columns plus the shares", async () => {
    const pkg = JSON.parse(decoder.decode(await files.dataPackage.bytes())) as {
      profile: string;
      resources: { name: string; path: string; format: string; schema: { fields: { name: string; type: string }[] } }[];
    };
    // Not tabular-data-package: the workbooks are not tabular; each CSV and JSON resource is.
    expect(pkg.profile).toBe("data-package");
    const all = pkg.resources.find((r) => r.name === "all-periods");
    // TextDecoder drops the BOM.
    const csvHeader = decoder.decode(await files.allPeriodsCsv.bytes()).split("\r\n")[0];
    expect(all?.schema.fields.map((f) => f.name).join(",")).toBe(csvHeader);
    expect(all?.schema.fields.slice(1, 9).map((f) => f.name)).toEqual(COLUMN_NAMES);
    expect(all?.schema.fields.find((f) => f.name === "accounts")?.type).toBe("integer");
    expect(all?.schema.fields.find((f) => f.name === "content_percent")?.type).toBe("number");
    expect(pkg.resources.find((r) => r.format === "json")?.path).toBe("transparency-report-all-periods.json");
  });

  it("points only at files that are generated, by paths relative to itself", async () => {
    const pkg = JSON.parse(decoder.decode(await files.dataPackage.bytes())) as { resources: { path: string }[] };
    const published = new Set(files.all.map((f) => f.url));
    for (const r of pkg.resources) expect(published).toContain(`/downloads/${r.path}`);
    // CSV and JSON of every period, the every-period workbook, the corrections, and a CSV and a workbook per
    // period; then, per other section, its every-period CSV and JSON and one CSV per period it reported; then
    // every country's file for each section it is in.
    const others = dataset.sections.filter((s) => s.id !== "law-enforcement");
    expect(others.length).toBe(3);
    expect(pkg.resources).toHaveLength(
      4 + 2 * dataset.periods.length + others.reduce((n, s) => n + 2 + s.periods.length, 0) + files.countries.length,
    );
    const newest = dataset.periods.at(-1)!.period;
    expect(pkg.resources.map((r) => `/downloads/${r.path}`)).toContain(urls.periodXlsx(newest));
  });
});

describe("the catalogue of downloads", () => {
  const dataset = sampleDataset();
  const files = downloads(dataset);

  it("lists periods newest first under one naming scheme", () => {
    const newest = dataset.periods.at(-1)!;
    expect(files.periods[0]?.pdf.url).toBe(urls.periodPdf(newest.period));
    expect(urls.periodPdf({ year: 2020, half: 2 })).toBe("/downloads/transparency-report-2020-h2.pdf");
    expect(urls.periodCsv({ year: 2020, half: 2 })).toBe("/downloads/transparency-report-2020-h2.csv");
    expect(urls.countryCsv("DE")).toBe("/downloads/countries/transparency-report-de.csv");
    expect(new Set(files.all.map((f) => f.url)).size).toBe(files.all.length);
  });

  it("generates each file once per dataset, however often it is asked for", async () => {
    expect(downloads(dataset)).toBe(files);
    const first = files.periods[0]!.csv.bytes();
    expect(files.periods[0]!.csv.bytes()).toBe(first);
    expect(await first).toBe(await downloads(dataset).periods[0]!.csv.bytes());
  });

  it("lets a file's bytes go once its endpoint has taken them, and still knows its size", async () => {
    const csv = files.periods[1]!.csv;
    const kept = await csv.bytes();
    expect(await csv.size()).toBe(kept.byteLength);
    const taken = await csv.take();
    // The endpoint gets the bytes the pages measured, and the catalogue keeps only their size after.
    expect(taken).toBe(kept);
    expect(await csv.size()).toBe(kept.byteLength);
    // Asked again, the file is made again, with the same bytes.
    const again = await csv.bytes();
    expect(again).not.toBe(kept);
    expect(Buffer.compare(Buffer.from(again), Buffer.from(kept))).toBe(0);
  });

  it("shows sizes as readers expect them", () => {
    expect(formatFileSize(431)).toBe("431 bytes");
    expect(formatFileSize(94_628)).toBe("92 KB");
    expect(formatFileSize(3_500_000)).toBe("3.3 MB");
  });
});
