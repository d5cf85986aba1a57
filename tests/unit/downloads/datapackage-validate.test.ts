/**
 * datapackage.json checked by a real Frictionless validator: the `datapackage` package (frictionless-js) validates
 * a descriptor against the Data Package profiles it ships (data-package, tabular-data-resource …), offline.
 */
import { validate } from "datapackage";
import { describe, expect, it } from "vitest";
import type { Dataset } from "../../../src/data/dataset.ts";
import { downloads } from "../../../src/downloads/catalogue.ts";
import { countryRecords } from "../../../src/downloads/records.ts";
import { urls } from "../../../src/lib/urls.ts";
import { fixtureDataset, sampleDataset } from "./helpers.ts";

const decoder = new TextDecoder();

interface Descriptor {
  profile: string;
  description: string;
  licenses?: { name?: string; path?: string; title?: string }[];
  resources: { name: string; path: string; profile: string; schema?: unknown }[];
}

async function descriptor(dataset: Dataset): Promise<Descriptor> {
  return JSON.parse(decoder.decode(await downloads(dataset).dataPackage.bytes())) as Descriptor;
}

async function errorsOf(d: unknown): Promise<string[]> {
  const report = await validate(d);
  return report.errors.map((e) => e.message);
}

describe("datapackage.json against the Frictionless profiles", { timeout: 60_000 }, () => {
  const sample = sampleDataset();
  const bare = fixtureDataset("tests/fixtures/data/cli-good/requests");

  it("is a valid data package for the sample and for a requests-only folder without a licence", async () => {
    expect(await errorsOf(await descriptor(sample))).toEqual([]);
    expect(await errorsOf(await descriptor(bare))).toEqual([]);
  });

  it("is checked for real: the validator refuses a workbook in a tabular data package", async () => {
    const d = await descriptor(sample);
    expect((await errorsOf({ ...d, profile: "tabular-data-package" })).length).toBeGreaterThan(0);
  });

  it("gives every CSV and JSON resource a schema, and lists every country's file of every section", async () => {
    const d = await descriptor(sample);
    for (const r of d.resources.filter((r) => /\.(csv|json)$/.test(r.path))) {
      expect(r.profile, r.name).toBe("tabular-data-resource");
      expect(r.schema, r.name).toBeDefined();
    }
    const paths = new Set(d.resources.map((r) => `/downloads/${r.path}`));
    for (const f of downloads(sample).countries) expect(paths, f.url).toContain(f.url);
    expect(paths).toContain(urls.countryCsv("US"));
    expect(paths).toContain(urls.countrySectionCsv("US", "national-security"));
  });

  it("carries the licence site.json states, and none when it states none", async () => {
    expect((await descriptor(sample)).licenses).toEqual([
      {
        name: "CC-BY-4.0",
        path: "https://creativecommons.org/licenses/by/4.0/",
        title: "Creative Commons Attribution 4.0 International",
      },
    ]);
    const none = await descriptor(bare);
    expect(none.licenses).toBeUndefined();
    expect(none.description).toContain("Example Cloud Ltd. has not stated a licence for reusing these figures.");
  });

  it("suggests a citation with the latest period's release date, or says that date was not stated", async () => {
    expect((await descriptor(sample)).description).toContain(
      "Suggested citation: Example Cloud Ltd., Law Enforcement Requests Report, January–June 2026 (published 7 August 2026, last corrected 12 September 2026). https://transparency.example.com/, accessed on [date].",
    );
    expect((await descriptor(bare)).description).toContain(
      "(publication date not stated). https://transparency.example.com/",
    );
  });
});

describe("the corrections download", () => {
  it("is the header alone when there are no corrections, with no blank row", async () => {
    const bare = fixtureDataset("tests/fixtures/data/cli-good/requests");
    const text = decoder.decode(await downloads(bare).corrections.bytes());
    expect(text).toBe("date,period,country_code,section,figures,note\r\n");
  });
});

describe("a country's files", () => {
  it("cover every section the country is in, each with only its rows", async () => {
    const sample = sampleDataset();
    const us = downloads(sample).countries.filter((f) => f.country === "US");
    expect(us.map((f) => f.section ?? "law-enforcement")).toEqual([
      "law-enforcement",
      "emergency",
      "civil",
      "national-security",
    ]);
    const law = decoder.decode(await us[0]!.bytes());
    expect(law.trim().split("\r\n")).toHaveLength(1 + countryRecords(sample, "US").length);
    const emergency = decoder
      .decode(await us[1]!.bytes())
      .trim()
      .split("\r\n");
    const section = sample.sections.find((s) => s.id === "emergency")!;
    const rows = section.periods.flatMap((p) => p.rows.filter((r) => r.countryCode === "US"));
    expect(emergency).toHaveLength(1 + rows.length);
    expect(emergency.slice(1).every((line) => line.startsWith("emergency,") && line.includes(",US,"))).toBe(true);
  });
});
