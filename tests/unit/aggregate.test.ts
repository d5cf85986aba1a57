import { describe, expect, it } from "vitest";
import {
  basisPoints,
  changeBetween,
  compareRows,
  countries,
  countrySeries,
  latestPeriod,
  periodTotals,
  previousPeriod,
  sharesOf,
  totalsOf,
} from "../../src/data/aggregate.ts";
import type { RequestRow } from "../../src/data/dataset.ts";
import { formatAccounts, formatChange, formatCount, formatShare } from "../../src/data/format.ts";
import { loadDataset } from "../../src/data/load.ts";

function row(
  code: string,
  requests: number,
  parts: [number, number, number, number],
  accounts: number | null,
): RequestRow {
  const [content, nonContent, noData, rejected] = parts;
  return { countryCode: code, country: code, requests, accounts, content, nonContent, noData, rejected, line: 2 };
}

describe("basisPoints", () => {
  it("rounds half up with exact integer arithmetic", () => {
    expect(basisPoints(1, 8)).toBe(1250);
    expect(basisPoints(1, 800)).toBe(13); // 0.125% -> 0.13%, where floats often give 0.12
    expect(basisPoints(1, 3)).toBe(3333);
    expect(basisPoints(2, 3)).toBe(6667);
    expect(basisPoints(0, 5)).toBe(0);
    expect(basisPoints(5, 5)).toBe(10000);
  });

  it("has no share of nothing", () => {
    expect(basisPoints(0, 0)).toBeNull();
  });
});

describe("totals and shares", () => {
  const rows = [row("DE", 10, [1, 5, 2, 2], 12), row("FR", 6, [0, 3, 1, 2], null), row("US", 0, [0, 0, 0, 0], 0)];

  it("sums every count and keeps track of blank accounts", () => {
    expect(totalsOf(rows)).toEqual({
      requests: 16,
      accounts: 12,
      accountsNotReported: 1,
      content: 1,
      nonContent: 8,
      noData: 3,
      rejected: 4,
      countries: 3,
    });
  });

  it("leaves accounts null when no row reported any", () => {
    expect(totalsOf([row("FR", 6, [0, 3, 1, 2], null)]).accounts).toBeNull();
  });

  it("computes shares of requests", () => {
    expect(sharesOf(totalsOf(rows))).toEqual({ content: 625, nonContent: 5000, noData: 1875, rejected: 2500 });
  });
});

describe("change against the previous period", () => {
  it("gives absolute and relative change", () => {
    expect(changeBetween(200, 250)).toEqual({ from: 200, to: 250, delta: 50, relative: 2500 });
    expect(changeBetween(250, 200)).toEqual({ from: 250, to: 200, delta: -50, relative: -2000 });
    expect(formatChange(changeBetween(24000, 24798))).toBe("▲ +798 (+3.33%)");
    expect(formatChange(changeBetween(0, 12))).toBe("▲ +12");
    // A fall: the ▼ cue and a true minus sign (U+2212), never a hyphen.
    expect(formatChange(changeBetween(250, 200))).toBe("▼ \u221250 (\u221220.00%)");
    expect(formatChange(changeBetween(7, 7))).toBe("no change");
  });
});

describe("like-for-like change between periods", () => {
  const earlier = [
    row("DE", 100, [10, 50, 20, 20], 300),
    row("FR", 40, [4, 20, 6, 10], 80),
    row("AE", 5, [1, 1, 1, 2], 9),
  ];

  it("leaves out a country whose accounts are blank in the later period, instead of counting a fall", () => {
    // Germany stops reporting accounts: the totals fall from 389 to 82, but the like-for-like change is +2.
    const later = [
      row("DE", 110, [10, 60, 20, 20], null),
      row("FR", 42, [4, 22, 6, 10], 82),
      row("AE", 5, [1, 1, 1, 2], 9),
    ];
    const c = compareRows({ year: 2020, half: 2 }, earlier, later);
    expect(totalsOf(later).accounts).toBe(91);
    expect(c.accounts.change).toEqual(changeBetween(80 + 9, 82 + 9));
    expect(c.accounts.matched).toBe(2);
    expect(c.accounts.onlyEarlier).toEqual(["DE"]);
    expect(c.accounts.onlyLater).toEqual([]);
    // Requests were reported by all three in both periods: the change is that of the totals.
    expect(c.requests.change).toEqual(changeBetween(145, 157));
    expect(c.requests.onlyEarlier).toEqual([]);
  });

  it("leaves out a country missing from one period's file, on either side", () => {
    const later = [row("DE", 90, [10, 40, 20, 20], 280), row("US", 500, [50, 250, 100, 100], 900)];
    const c = compareRows({ year: 2020, half: 2 }, earlier, later);
    expect(c.requests.change).toEqual(changeBetween(100, 90));
    expect(c.requests.onlyEarlier).toEqual(["FR", "AE"]);
    expect(c.requests.onlyLater).toEqual(["US"]);
  });

  it("gives no change when no country reported the figure in both", () => {
    const c = compareRows(
      { year: 2020, half: 2 },
      [row("FR", 40, [4, 20, 6, 10], null)],
      [row("FR", 40, [4, 20, 6, 10], 8)],
    );
    expect(c.accounts.change).toBeNull();
    expect(c.accounts.matched).toBe(0);
    expect(c.requests.change).toEqual(changeBetween(40, 40));
  });
});

describe("formatting", () => {
  it("uses Intl grouping and two decimals", () => {
    expect(formatCount(24798)).toBe("24,798");
    expect(formatShare(534)).toBe("5.34%");
    expect(formatShare(10000)).toBe("100.00%");
    expect(formatShare(null)).toBe("–");
    expect(formatAccounts(null)).toBe("not reported");
    expect(formatAccounts(0)).toBe("0");
  });
});

describe("the shipped sample data", () => {
  const dataset = loadDataset({ dataDir: "data" });

  it("matches the reference figures for July–December 2020", () => {
    const p = dataset.periods.find((d) => d.period.year === 2020 && d.period.half === 2);
    expect(p).toBeDefined();
    const t = periodTotals(p!);
    expect(t.requests).toBe(24798);
    expect(t.accounts).toBe(45258);
    const s = sharesOf(t);
    expect([s.content, s.nonContent, s.noData, s.rejected].map(formatShare)).toEqual([
      "5.34%",
      "53.43%",
      "15.42%",
      "25.81%",
    ]);
  });

  it("runs from 2013-H1 without gaps to its latest period", () => {
    expect(dataset.periods[0]?.period).toEqual({ year: 2013, half: 1 });
    for (let i = 1; i < dataset.periods.length; i++) {
      const p = dataset.periods[i]!.period;
      expect(previousPeriod(dataset, p)?.period).toEqual(dataset.periods[i - 1]!.period);
    }
    expect(latestPeriod(dataset)).toBe(dataset.periods.at(-1));
  });

  it("has 50–70 countries, some appearing late and some leaving", () => {
    const list = countries(dataset);
    expect(list.length).toBeGreaterThanOrEqual(50);
    expect(list.length).toBeLessThanOrEqual(70);
    const gaps = list.filter((c) => countrySeries(dataset, c.code).some((s) => s.row === undefined));
    expect(gaps.length).toBeGreaterThan(5);
    const blanks = dataset.periods.flatMap((p) => p.rows).filter((r) => r.accounts === null);
    expect(blanks.length).toBeGreaterThan(0);
  });

  it("sorts countries by name and keeps each one's latest row", () => {
    const list = countries(dataset);
    const names = list.map((c) => c.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "en")));
    const de = list.find((c) => c.code === "DE")!;
    expect(de.lastRow).toBe(latestPeriod(dataset).rows.find((r) => r.countryCode === "DE"));
  });
});
