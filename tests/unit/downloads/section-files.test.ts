import { describe, expect, it } from "vitest";
import type { CountsSectionData, Dataset, RangeRow, RangesSectionData, RequestRow } from "../../../src/data/dataset.ts";
import { datasetOf } from "../../../src/data/dataset.ts";
import { AUTHORITY_IDS, RANGE_COLUMN_NAMES } from "../../../src/data/national-security.ts";
import { periodId } from "../../../src/data/period.ts";
import { findSection, sectionPeriod } from "../../../src/data/sections-aggregate.ts";
import { downloads } from "../../../src/downloads/catalogue.ts";
import { urls } from "../../../src/lib/urls.ts";
import {
  BAND_HEADER,
  COUNT_CSV_HEADER as COUNT_HEADER,
  decoder,
  fixtureDataset,
  readCsv,
  requestsOnly,
  sampleDataset,
} from "./helpers.ts";

const formulaSafe = (name: string) => (/^[=+\-@\t\r\n]/.test(name) ? `'${name}` : name);
const blank = (n: number | null | undefined) => (n === null || n === undefined ? "" : String(n));

function countCells(row: RequestRow): string[] {
  return [
    row.countryCode,
    formulaSafe(row.country),
    String(row.requests),
    blank(row.accounts),
    String(row.content),
    String(row.nonContent),
    String(row.noData),
    String(row.rejected),
  ];
}

function bandCells(row: RangeRow): string[] {
  return [
    row.countryCode,
    formulaSafe(row.country),
    row.authority,
    String(row.bandWidth),
    String(row.demands.low),
    String(row.demands.high),
    blank(row.accounts?.low),
    blank(row.accounts?.high),
  ];
}

/** A band file is bands only: every row a real band (never a point, low < high), one per authority, no total row. */
function expectOnlyBands(header: string[], body: string[][]): void {
  const at = (name: string) => header.indexOf(name);
  for (const cells of body) {
    expect(AUTHORITY_IDS).toContain(cells[at("authority")]);
    expect(cells[at("country_code")]).toMatch(/^[A-Z]{2}$/);
    const width = Number(cells[at("band_width")]);
    for (const what of ["demands", "accounts"]) {
      const low = cells[at(`${what}_low`)] ?? "";
      const high = cells[at(`${what}_high`)] ?? "";
      if (what === "accounts" && low === "" && high === "") continue;
      expect(Number(high), `${what} is a point figure`).toBeGreaterThan(Number(low));
      expect(Number(high) - Number(low) + 1).toBe(width);
    }
  }
  expect(header.join(",")).not.toMatch(/total|sum/i);
  expect(body.flat().join(",")).not.toMatch(/total/i);
}

async function checkSectionFiles(dataset: Dataset): Promise<number> {
  const files = downloads(dataset);
  let checked = 0;
  for (const p of files.periods) {
    for (const section of dataset.sections.filter((s) => s.id !== "law-enforcement")) {
      const data = sectionPeriod(section, p.data.period);
      const found = p.sectionCsvs.find((f) => f.section === section.id);
      if (!data) {
        expect(found, `${section.id} ${periodId(p.data.period)} has no data, so no file`).toBeUndefined();
        continue;
      }
      expect(found?.url).toBe(urls.sectionPeriodCsv(section.id, p.data.period));
      const [header, ...body] = readCsv(await found!.bytes());
      expect(body).toHaveLength(data.rows.length);
      if (section.kind === "counts") {
        expect(header).toEqual(["section", ...COUNT_HEADER]);
        (data.rows as readonly RequestRow[]).forEach((row, i) => {
          expect(body[i]?.slice(0, 9)).toEqual([section.id, ...countCells(row)]);
        });
      } else {
        expect(header).toEqual(["section", ...BAND_HEADER]);
        (data.rows as readonly RangeRow[]).forEach((row, i) => {
          expect(body[i]).toEqual([section.id, ...bandCells(row)]);
        });
        expectOnlyBands(header!, body);
      }
      checked++;
    }
  }
  return checked;
}

describe("section downloads", { timeout: 60_000 }, () => {
  const dataset = sampleDataset();
  const files = downloads(dataset);

  it("give each period one CSV per section it reported, agreeing cell by cell with the data", async () => {
    const checked = await checkSectionFiles(dataset);
    // The sample data has emergency, civil and national-security files.
    const expected = dataset.sections
      .filter((s) => s.id !== "law-enforcement")
      .reduce((n, s) => n + s.periods.length, 0);
    expect(checked).toBe(expected);
    expect(checked).toBeGreaterThan(50);
    expect(urls.sectionPeriodCsv("emergency", { year: 2020, half: 2 })).toBe(
      "/downloads/transparency-report-2020-h2-emergency.csv",
    );
    expect(urls.sectionPeriodCsv("law-enforcement", { year: 2020, half: 2 })).toBe(
      urls.periodCsv({ year: 2020, half: 2 }),
    );
  });

  it("hold every period of each section in one CSV and one JSON, with section and period in front", async () => {
    expect(files.sectionAllPeriods.map((s) => s.section)).toEqual(["emergency", "civil", "national-security"]);
    for (const { section: id, csv, json } of files.sectionAllPeriods) {
      const section = dataset.sections.find((s) => s.id === id)!;
      const expected = section.periods.flatMap((p) =>
        (p.rows as readonly (RequestRow | RangeRow)[]).map((row) => ({ period: periodId(p.period), row })),
      );
      const [header, ...body] = readCsv(await csv.bytes());
      const objects = JSON.parse(decoder.decode(await json.bytes())) as Record<string, unknown>[];
      expect(body).toHaveLength(expected.length);
      expect(objects).toHaveLength(expected.length);
      expected.forEach(({ period, row }, i) => {
        const cells = "bandWidth" in row ? bandCells(row) : countCells(row);
        expect(body[i]?.slice(0, cells.length + 2)).toEqual([id, period, ...cells]);
        expect(objects[i]).toMatchObject({ section: id, period, country_code: row.countryCode, country: row.country });
        if ("bandWidth" in row) {
          expect(objects[i]).toMatchObject({ demands_low: row.demands.low, demands_high: row.demands.high });
          expect(objects[i]?.["accounts_low"]).toBe(row.accounts?.low ?? null);
        } else {
          expect(objects[i]).toMatchObject({ requests: row.requests, accounts: row.accounts, rejected: row.rejected });
        }
      });
      if (section.kind === "ranges") {
        expect(header).toEqual(["section", "period", ...BAND_HEADER]);
        expectOnlyBands(header!, body);
        for (const o of objects) expect(o["demands_high"]).not.toBe(o["demands_low"]);
      } else {
        expect(header).toEqual(["section", "period", ...COUNT_HEADER]);
      }
    }
  });

  it("describe each section's files in datapackage.json, the bands with data/national-security.schema.json", async () => {
    const pkg = JSON.parse(decoder.decode(await files.dataPackage.bytes())) as {
      description: string;
      resources: {
        name: string;
        path: string;
        schema: { fields: { name: string; constraints: Record<string, unknown> }[]; primaryKey: string[] };
      }[];
    };
    const published = new Set(files.all.map((f) => f.url));
    for (const r of pkg.resources) expect(published).toContain(`/downloads/${r.path}`);
    const sectionFiles = files.all.filter((f) => f.section && f.format !== "pdf");
    for (const f of sectionFiles) expect(pkg.resources.map((r) => `/downloads/${r.path}`)).toContain(f.url);
    const bands = pkg.resources.find((r) => r.name === "all-periods-national-security")!;
    expect(bands.schema.fields.map((f) => f.name)).toEqual(["section", "period", ...RANGE_COLUMN_NAMES]);
    expect(bands.schema.primaryKey).toEqual(["period", "country_code", "authority"]);
    expect(bands.schema.fields.find((f) => f.name === "authority")?.constraints["enum"]).toEqual([...AUTHORITY_IDS]);
    expect(bands.schema.fields.find((f) => f.name === "band_width")?.constraints["enum"]).toEqual([
      100, 250, 500, 1000,
    ]);
    const emergency = pkg.resources.find((r) => r.name === "period-2020-h2-emergency")!;
    expect(emergency.schema.fields.map((f) => f.name)).toEqual(["section", ...COUNT_HEADER]);
    expect(pkg.description).toContain("never added to other totals");
  });

  it("leave the law-enforcement files byte for byte as a requests-only data folder gives them", async () => {
    const only = downloads(requestsOnly(dataset));
    // A requests-only folder gets no section file at all.
    expect(only.all.filter((f) => f.section)).toEqual([]);
    expect(only.sectionAllPeriods).toEqual([]);
    const onlyCsv = [...only.periods.map((p) => p.csv), ...only.countries, only.allPeriodsCsv, only.allPeriodsJson];
    const fullCsv = [
      ...files.periods.map((p) => p.csv),
      ...files.countries.filter((f) => !f.section),
      files.allPeriodsCsv,
      files.allPeriodsJson,
    ];
    expect(fullCsv.map((f) => f.url)).toEqual(onlyCsv.map((f) => f.url));
    for (const [i, f] of fullCsv.entries()) {
      expect(Buffer.compare(Buffer.from(await f.bytes()), Buffer.from(await onlyCsv[i]!.bytes())), f.url).toBe(0);
    }
    const pkg = decoder.decode(await only.dataPackage.bytes());
    expect(pkg).not.toContain("section column");
    expect(pkg).not.toContain("emergency");
  });

  it("neutralise formula-like names in every section's CSV, and keep them exact in JSON", async () => {
    const injection = fixtureDataset("tests/fixtures/downloads/injection");
    const data = injection.periods[0]!;
    const emergency: CountsSectionData = { id: "emergency", kind: "counts", periods: [data] };
    const bands: RangesSectionData = {
      id: "national-security",
      kind: "ranges",
      periods: [
        {
          period: data.period,
          source: "synthetic/national-security.csv",
          rows: data.rows.map((r, i) => ({
            countryCode: r.countryCode,
            country: r.country,
            authority: AUTHORITY_IDS[i % AUTHORITY_IDS.length]!,
            bandWidth: 500,
            demands: { low: 0, high: 499 },
            accounts: null,
            line: i + 2,
          })),
        },
      ],
    };
    const withSections = datasetOf(injection.site, injection.periods, [emergency, bands]);
    expect(findSection(withSections, "emergency")).toBeDefined();
    await checkSectionFiles(withSections);
    const [period] = downloads(withSections).periods;
    const texts = await Promise.all(period!.sectionCsvs.map(async (f) => decoder.decode(await f.bytes())));
    expect(texts[0]).toContain(`\r\nemergency,DE,"'=HYPERLINK(""http://x.example"",""click"")",10,12,`);
    expect(texts[1]).toContain(`\r\nnational-security,FR,"'+France",fisa_non_content,500,0,499,,\r\n`);
    expect(texts[1]).toContain(`\r\nnational-security,IT,"'-Italy",nsl,500,0,499,,\r\n`);
    const json = decoder.decode(await downloads(withSections).sectionAllPeriods[1]!.json.bytes());
    expect((JSON.parse(json) as Record<string, unknown>[])[3]).toMatchObject({ country: "@Spain", accounts_low: null });
  });
});
