import { describe, expect, it } from "vitest";
import { finderRow, matches } from "../../src/client/country-match.ts";
import { countryAliases } from "../../src/data/countries.ts";
import { loadDataset } from "../../src/data/load.ts";
import { countries } from "../../src/data/aggregate.ts";

// The shipped data's countries, with the aliases the countries index writes into each row.
const list = countries(loadDataset({ dataDir: "data" }));
const rows = list.map((c) => finderRow(c.name, c.code, countryAliases(c.code, c.name).join("|")));
const found = (query: string) => list.filter((_, i) => matches(rows, query)[i]).map((c) => c.code);

describe("the country finder", () => {
  it("finds countries by the names readers use, not only the report's", () => {
    expect(found("Turkey")).toEqual(["TR"]);
    expect(found("USA")).toEqual(["US"]);
    expect(found("South Korea")).toEqual(["KR"]);
    expect(found("Vietnam")).toEqual(["VN"]);
    expect(found("ivory coast")).toEqual(["CI"]);
    expect(found("cote")).toEqual(["CI"]);
  });

  it("takes a code or alias typed whole as that country only", () => {
    expect(found("UK")).toEqual(["GB"]);
    expect(found("DE")).toEqual(["DE"]);
    expect(found("deu")).toEqual(["DE"]);
  });

  it("keeps every name containing anything else, and every row for an empty box", () => {
    expect(found("land").length).toBeGreaterThan(1);
    for (const code of found("land")) expect(list.find((c) => c.code === code)?.name.toLowerCase()).toContain("land");
    expect(found("  ")).toHaveLength(list.length);
  });
});
