import { describe, expect, it } from "vitest";
import { countrySeries } from "../../../src/data/aggregate.ts";
import type { Dataset, RequestRow } from "../../../src/data/dataset.ts";
import { periodId } from "../../../src/data/period.ts";
import { downloads } from "../../../src/downloads/catalogue.ts";
import { COUNT_CSV_HEADER as HEADER, decoder, FIXTURES, fixtureDataset, readCsv, sampleDataset } from "./helpers.ts";

/** What a spreadsheet should see for a name: OWASP's apostrophe in front of anything that starts like a formula. */
function expectedName(name: string): string {
  return /^[=+\-@\t\r\n]/.test(name) ? `'${name}` : name;
}

/** A share cell: empty when there were no requests, else two decimals within half a hundredth of the exact value. */
function expectShare(cell: string, part: number, whole: number): void {
  if (whole === 0) {
    expect(cell).toBe("");
    return;
  }
  expect(cell).toMatch(/^\d{1,3}\.\d{2}$/);
  expect(Math.abs(Number(cell) - (100 * part) / whole)).toBeLessThanOrEqual(0.005 + 1e-9);
}

function expectRow(cells: string[] | undefined, row: RequestRow): void {
  expect(cells).toBeDefined();
  const c = cells ?? [];
  expect(c.slice(0, 8)).toEqual([
    row.countryCode,
    expectedName(row.country),
    String(row.requests),
    row.accounts === null ? "" : String(row.accounts),
    String(row.content),
    String(row.nonContent),
    String(row.noData),
    String(row.rejected),
  ]);
  expectShare(c[8] ?? "?", row.content, row.requests);
  expectShare(c[9] ?? "?", row.nonContent, row.requests);
  expectShare(c[10] ?? "?", row.noData, row.requests);
  expectShare(c[11] ?? "?", row.rejected, row.requests);
}

async function checkEveryCsv(dataset: Dataset): Promise<void> {
  const files = downloads(dataset);
  for (const { data, csv } of files.periods) {
    const [header, ...body] = readCsv(await csv.bytes());
    expect(header).toEqual(HEADER);
    expect(body).toHaveLength(data.rows.length);
    data.rows.forEach((row, i) => {
      expectRow(body[i], row);
    });
  }
  const [header, ...all] = readCsv(await files.allPeriodsCsv.bytes());
  expect(header).toEqual(["period", ...HEADER]);
  const expected = dataset.periods.flatMap((p) => p.rows.map((row) => ({ period: periodId(p.period), row })));
  expect(all).toHaveLength(expected.length);
  expected.forEach(({ period, row }, i) => {
    expect(all[i]?.[0]).toBe(period);
    expectRow(all[i]?.slice(1), row);
  });
  // Law enforcement's file of each country here; the other sections' are checked in datapackage-validate.test.ts.
  for (const file of files.countries.filter((f) => !f.section)) {
    const [countryHeader, ...rows] = readCsv(await file.bytes());
    expect(countryHeader).toEqual(["period", ...HEADER]);
    const series = countrySeries(dataset, file.country ?? "").filter((s) => s.row);
    expect(rows).toHaveLength(series.length);
    series.forEach(({ period, row }, i) => {
      expect(rows[i]?.[0]).toBe(periodId(period));
      if (row) expectRow(rows[i]?.slice(1), row);
    });
  }
}

describe("CSV downloads", { timeout: 60_000 }, () => {
  it("agree cell by cell with the sample data: every period, every country and the full set", async () => {
    await checkEveryCsv(sampleDataset());
  });

  it.each(FIXTURES)("agree cell by cell with the data of %s", async (dir) => {
    await checkEveryCsv(fixtureDataset(dir));
  });

  it("span several periods with gaps in a country's history", async () => {
    const dataset = fixtureDataset("tests/fixtures/data/cli-good/requests");
    expect(dataset.periods.length).toBeGreaterThan(1);
    await checkEveryCsv(dataset);
  });

  it("neutralise cells that start like a formula, and quote only where needed", async () => {
    const dataset = fixtureDataset("tests/fixtures/downloads/injection");
    const text = decoder.decode(await downloads(dataset).periods[0]!.csv.bytes());
    const lines = text.slice(1).split("\r\n");
    expect(lines[0]).toBe(HEADER.join(","));
    expect(lines).toContain(`DE,"'=HYPERLINK(""http://x.example"",""click"")",10,12,1,2,3,4,10.00,20.00,30.00,40.00`);
    expect(lines).toContain(`FR,"'+France",5,,1,1,1,2,20.00,20.00,20.00,40.00`);
    expect(lines).toContain(`IT,"'-Italy",4,4,1,1,1,1,25.00,25.00,25.00,25.00`);
    expect(lines).toContain(`ES,"'@Spain",3,3,0,1,1,1,0.00,33.33,33.33,33.33`);
    // A tab is refused by validation now (a control character), so the fixture starts with @@ instead.
    expect(lines).toContain(`PT,"'@@Portugal",2,2,0,0,1,1,0.00,0.00,50.00,50.00`);
    expect(lines).toContain("NL,Netherlands,1,1,0,0,0,1,0.00,0.00,0.00,100.00");
    expect(lines.at(-1)).toBe("");
  });

  it("write commas, doubled quotes and the fixture's leading = as RFC 4180 and OWASP ask", async () => {
    const dataset = fixtureDataset("tests/fixtures/data/valid/name-with-commas-and-quotes");
    const text = decoder.decode(await downloads(dataset).periods[0]!.csv.bytes());
    expect(text).toContain('\r\nKR,"Korea, ""Republic"" of",7,9,');
    expect(text).toContain(`\r\nCI,"'=Côte d'Ivoire",3,,0,1,1,1,0.00,33.33,33.33,33.33\r\n`);
    expect(text).toContain("\r\nDE,Germany,100,150,10,50,20,20,10.00,50.00,20.00,20.00\r\n");
  });

  it("leave the shares of a country with no requests empty, never NaN", async () => {
    const dataset = fixtureDataset("tests/fixtures/data/valid/single-country-zero-requests");
    const text = decoder.decode(await downloads(dataset).periods[0]!.csv.bytes());
    expect(text).toBe(`\uFEFF${HEADER.join(",")}\r\nIS,Iceland,0,0,0,0,0,0,,,,\r\n`);
  });
});
