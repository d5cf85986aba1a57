import { describe, expect, it } from "vitest";
import { periodTotals } from "../../src/data/aggregate.ts";
import { loadDataset } from "../../src/data/load.ts";
import { periodId } from "../../src/data/period.ts";
import {
  authorityBands,
  countriesInAnySection,
  findSection,
  intervalSum,
  rangeCountrySeries,
  sectionCountrySeries,
  sectionCountryTotals,
  sectionsInPeriod,
  sectionTotalsByPeriod,
} from "../../src/data/sections-aggregate.ts";

const dataset = loadDataset({
  dataDir: "tests/fixtures/sections/all-sections",
  today: new Date("2026-11-24T00:00:00Z"),
});
const H2_2020 = { year: 2020, half: 2 } as const;

function section<T>(found: T | undefined): T {
  if (!found) throw new Error("the fixture should have this section");
  return found;
}
const emergency = section(findSection(dataset, "emergency"));
const civil = section(findSection(dataset, "civil"));
const security = section(findSection(dataset, "national-security"));

describe("counts sections", () => {
  it("sums each period's rows, and has no totals for a period without a file", () => {
    const byPeriod = sectionTotalsByPeriod(dataset, emergency).map((p) => [periodId(p.period), p.totals]);
    expect(byPeriod).toEqual([
      [
        "2020-H2",
        {
          requests: 52,
          accounts: 56,
          accountsNotReported: 0,
          content: 5,
          nonContent: 38,
          noData: 7,
          rejected: 2,
          countries: 2,
        },
      ],
      [
        "2021-H1",
        {
          requests: 30,
          accounts: 0,
          accountsNotReported: 1,
          content: 3,
          nonContent: 20,
          noData: 5,
          rejected: 2,
          countries: 2,
        },
      ],
    ]);
    expect(sectionTotalsByPeriod(dataset, civil).map((p) => p.totals?.requests)).toEqual([undefined, 30]);
  });

  it("gives law enforcement the same totals as the existing code", () => {
    const le = section(findSection(dataset, "law-enforcement"));
    expect(sectionTotalsByPeriod(dataset, le).map((p) => p.totals)).toEqual(dataset.periods.map(periodTotals));
    // National-security bands are never added in: 100 + 500 requests, nothing more.
    expect(sectionTotalsByPeriod(dataset, le)[0]?.totals?.requests).toBe(600);
  });

  it("tells 'no file' from 'no row' in a country's series", () => {
    expect(sectionCountrySeries(dataset, civil, "DE").map((p) => [p.reported, p.row])).toEqual([
      [false, undefined],
      [true, undefined],
    ]);
    expect(sectionCountrySeries(dataset, emergency, "FR").map((p) => p.row?.requests)).toEqual([undefined, 0]);
  });

  it("totals a country over the periods it appears in", () => {
    expect(sectionCountryTotals(emergency, "US")).toMatchObject({ requests: 70, accounts: 44, accountsNotReported: 1 });
    expect(sectionCountryTotals(civil, "DE")).toBeUndefined();
  });
});

describe("ranges", () => {
  it("hands over a country's bands per period, in authority order, with gaps", () => {
    const series = rangeCountrySeries(dataset, security, "US");
    expect(series.map((p) => [periodId(p.period), p.reported, p.rows.map((r) => r.authority)])).toEqual([
      ["2020-H2", true, ["fisa_content", "fisa_non_content", "nsl"]],
      ["2021-H1", true, ["fisa_content"]],
    ]);
    expect(rangeCountrySeries(dataset, security, "DE").map((p) => p.rows)).toEqual([[], []]);
    expect(authorityBands(dataset, security, "US", "nsl")).toEqual([
      { period: H2_2020, demands: { low: 0, high: 249 }, accounts: null },
      { period: { year: 2021, half: 1 }, demands: undefined, accounts: undefined },
    ]);
    expect(authorityBands(dataset, security, "US", "fisa_content")[1]?.accounts).toEqual({ low: 16000, high: 16499 });
  });

  it("adds bands only as intervals", () => {
    expect(
      intervalSum([
        { low: 0, high: 499 },
        { low: 500, high: 999 },
        { low: 0, high: 249 },
      ]),
    ).toEqual({ low: 500, high: 1747 });
    expect(intervalSum([])).toEqual({ low: 0, high: 0 });
  });
});

describe("across sections", () => {
  it("lists the sections a period has, in order", () => {
    expect(sectionsInPeriod(dataset, H2_2020).map((s) => s.id)).toEqual([
      "law-enforcement",
      "emergency",
      "national-security",
    ]);
  });

  it("lists every country of every section with its latest name", () => {
    // Canada has civil demands only: it still needs a country page.
    expect([...countriesInAnySection(dataset)].sort()).toEqual([
      ["CA", "Canada"],
      ["DE", "Germany"],
      ["FR", "France"],
      ["US", "United States"],
    ]);
  });

  it("works the list out once per dataset, as every page's frame asks for it, and a copy of the dataset shares it", () => {
    const first = countriesInAnySection(dataset);
    expect(countriesInAnySection(dataset)).toBe(first);
    expect(countriesInAnySection({ ...dataset, corrections: [] })).toBe(first);
    // Other sections are another list.
    const lawOnly = { ...dataset, sections: dataset.sections.slice(0, 1) };
    expect(countriesInAnySection(lawOnly)).not.toBe(first);
    expect([...countriesInAnySection(lawOnly).keys()]).not.toContain("CA");
  });
});
