import type { Dataset, PeriodData, RequestRow } from "./dataset.ts";
import { type Period, periodIndex } from "./period.ts";

/** Summed figures for any set of rows: a country, a period, the world. */
export interface Totals {
  requests: number;
  /** Sum of the reported accounts; `null` when no row reported any. */
  accounts: number | null;
  /** How many rows left accounts blank, so readers can be told the sum is partial. */
  accountsNotReported: number;
  content: number;
  nonContent: number;
  noData: number;
  rejected: number;
  /** Number of rows (countries) summed. */
  countries: number;
}

export const OUTCOMES = ["content", "nonContent", "noData", "rejected"] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** Shares of requests in basis points (1/100 of a percent), so 5.34% is 534. */
export type Shares = Record<Outcome, number | null>;

/** The figures a total is summed from: a row without its name, code or line. */
export type Counts = Pick<RequestRow, "requests" | "accounts" | "content" | "nonContent" | "noData" | "rejected">;

export function totalsOf(rows: readonly Counts[]): Totals {
  const t: Totals = {
    requests: 0,
    accounts: null,
    accountsNotReported: 0,
    content: 0,
    nonContent: 0,
    noData: 0,
    rejected: 0,
    countries: rows.length,
  };
  for (const row of rows) {
    t.requests += row.requests;
    t.content += row.content;
    t.nonContent += row.nonContent;
    t.noData += row.noData;
    t.rejected += row.rejected;
    if (row.accounts === null) t.accountsNotReported += 1;
    else t.accounts = (t.accounts ?? 0) + row.accounts;
  }
  return t;
}

/** The totals of a single row, or of none (all zero, no countries) when the row is absent. */
export function rowTotals(row: Counts | null | undefined): Totals {
  return totalsOf(row ? [row] : []);
}

/**
 * `part / whole` in basis points, rounded half up with integer arithmetic so that
 * 1/8 = 12.5% is 1250 and 1/800 = 0.125% becomes 0.13%, never 0.12% through a
 * floating-point slip. `null` when the whole is 0: a share of nothing is undefined.
 */
export function basisPoints(part: number, whole: number): number | null {
  if (whole === 0) return null;
  // Counts are capped (src/data/limits.ts) so sums stay exact, but part * 20000 can still pass
  // 2^53 on a large total; BigInt keeps the rounding exact there.
  if (part * 20000 + whole > Number.MAX_SAFE_INTEGER) {
    return Number((BigInt(part) * 20000n + BigInt(whole)) / (2n * BigInt(whole)));
  }
  return Math.floor((part * 20000 + whole) / (2 * whole));
}

/**
 * Below this many requests a share is flagged as resting on a small base: with 19 requests or fewer, one request
 * moves a share by more than five percentage points, and a single request reads as 100.00%.
 */
export const SMALL_BASE = 20;

/** Whether shares of `requests` rest on a small base (none at all is not small: it has no shares). */
export function isSmallBase(requests: number): boolean {
  return requests > 0 && requests < SMALL_BASE;
}

export function sharesOf(t: Totals): Shares {
  return {
    content: basisPoints(t.content, t.requests),
    nonContent: basisPoints(t.nonContent, t.requests),
    noData: basisPoints(t.noData, t.requests),
    rejected: basisPoints(t.rejected, t.requests),
  };
}

/**
 * The headline share of a history: requests for which some customer data was disclosed (content, or non-content
 * only) over all requests, in basis points; null when there were no requests. Every row of a period file reports
 * all four outcomes (they must add up to its requests), so every country with a row counts; a country without
 * a row is left out, never counted as 0.
 */
export function disclosedShare(t: Totals): number | null {
  return basisPoints(t.content + t.nonContent, t.requests);
}

/** Global totals: the sum over every country in the period. */
export function periodTotals(data: PeriodData): Totals {
  return totalsOf(data.rows);
}

export function latestPeriod(dataset: Dataset): PeriodData {
  const last = dataset.periods.at(-1);
  if (!last) throw new Error("The dataset has no periods");
  return last;
}

export function firstPeriod(dataset: Dataset): PeriodData {
  const first = dataset.periods[0];
  if (!first) throw new Error("The dataset has no periods");
  return first;
}

export function findPeriod(dataset: Dataset, period: Period): PeriodData | undefined {
  return dataset.periods.find((p) => periodIndex(p.period) === periodIndex(period));
}

/** The half-year immediately before, if the dataset has it. A gap yields undefined, not an older period. */
export function previousPeriod(dataset: Dataset, period: Period): PeriodData | undefined {
  return dataset.periods.find((p) => periodIndex(p.period) === periodIndex(period) - 1);
}

export function nextPeriod(dataset: Dataset, period: Period): PeriodData | undefined {
  return dataset.periods.find((p) => periodIndex(p.period) === periodIndex(period) + 1);
}

/** Change from one figure to the next: absolute, and relative in basis points (null from 0). */
export interface Change {
  from: number;
  to: number;
  delta: number;
  relative: number | null;
}

export function changeBetween(from: number, to: number): Change {
  const delta = to - from;
  const sign = delta < 0 ? -1 : 1;
  const relative = from === 0 ? null : sign * (basisPoints(Math.abs(delta), from) ?? 0);
  return { from, to, delta, relative };
}

/** A row as a comparison needs it: its figures and whose they are. */
export type ComparableRow = Counts & { countryCode: string; country: string };

/**
 * One figure compared with the half-year before, like with like: summed over the countries that reported it in
 * both periods only. A country in one period's file and not the other's, or with accounts blank in one, would
 * otherwise read as a rise or a fall it never had.
 */
export interface LikeForLike {
  /** The change over the countries reported in both; null when no country was (there is nothing to compare). */
  change: Change | null;
  /** How many countries reported the figure in both periods. */
  matched: number;
  /** Names of the countries that reported the figure in the earlier period only, and in the later period only. */
  onlyEarlier: string[];
  onlyLater: string[];
}

/** Requests and accounts of a set of rows compared with the same kind of rows of the half-year before. */
export interface Comparison {
  period: Period;
  requests: LikeForLike;
  accounts: LikeForLike;
}

function likeForLike(
  earlier: readonly ComparableRow[],
  later: readonly ComparableRow[],
  figure: (row: ComparableRow) => number | null,
): LikeForLike {
  const before = new Map<string, number>();
  for (const row of earlier) {
    const value = figure(row);
    if (value !== null) before.set(row.countryCode, value);
  }
  let from = 0;
  let to = 0;
  let matched = 0;
  const onlyLater: string[] = [];
  const seen = new Set<string>();
  for (const row of later) {
    const value = figure(row);
    if (value === null) continue;
    seen.add(row.countryCode);
    const was = before.get(row.countryCode);
    if (was === undefined) onlyLater.push(row.country);
    else {
      matched += 1;
      from += was;
      to += value;
    }
  }
  const onlyEarlier = earlier.filter((r) => figure(r) !== null && !seen.has(r.countryCode)).map((r) => r.country);
  return { change: matched > 0 ? changeBetween(from, to) : null, matched, onlyEarlier, onlyLater };
}

/** `later` compared with `earlier`, the rows of the half-year `period` before it, figure by figure. */
export function compareRows(
  period: Period,
  earlier: readonly ComparableRow[],
  later: readonly ComparableRow[],
): Comparison {
  return {
    period,
    requests: likeForLike(earlier, later, (r) => r.requests),
    accounts: likeForLike(earlier, later, (r) => r.accounts),
  };
}

/** One entry of a country's history. `row` is undefined when the country made no requests that period. */
export interface CountryPeriod {
  period: Period;
  row: RequestRow | undefined;
}

/** A country's figures for every period of the dataset, oldest first, gaps included. */
export function countrySeries(dataset: Dataset, code: string): CountryPeriod[] {
  return dataset.periods.map((p) => ({ period: p.period, row: p.rows.find((r) => r.countryCode === code) }));
}

/** A country as listed on index pages: the name and code from its most recent row. */
export interface CountrySummary {
  code: string;
  name: string;
  /** The latest period in which the country appears. */
  lastPeriod: Period;
  lastRow: RequestRow;
  /** Totals over every period the country appears in. */
  allTime: Totals;
}

/** Every country that appears in any period, sorted by name. */
export function countries(dataset: Dataset): CountrySummary[] {
  const byCode = new Map<string, { lastPeriod: Period; lastRow: RequestRow; rows: RequestRow[] }>();
  for (const p of dataset.periods) {
    for (const row of p.rows) {
      const entry = byCode.get(row.countryCode);
      if (entry) {
        entry.rows.push(row);
        entry.lastPeriod = p.period;
        entry.lastRow = row;
      } else byCode.set(row.countryCode, { lastPeriod: p.period, lastRow: row, rows: [row] });
    }
  }
  return [...byCode.entries()]
    .map(([code, e]) => ({
      code,
      name: e.lastRow.country,
      lastPeriod: e.lastPeriod,
      lastRow: e.lastRow,
      allTime: totalsOf(e.rows),
    }))
    .sort((a, b) => a.name.localeCompare(b.name, "en"));
}
