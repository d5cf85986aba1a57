/**
 * The bench's described report (docs/report-model.md) in the richest shape the model takes: every
 * country code, every half-year from 2009-H2, four sections (law enforcement with eight legal processes,
 * one of them outside the totals, and the publisher's stated totals; emergency requests given as "some data
 * produced" percentages; civil demands with outcomes per account; national-security bands with a combined
 * authority and a stated minimum), a place that is not a country, and a coverage note.
 *
 *   npx node scripts/bench/described-data.ts DIR [countries] [periods]
 *
 * Deterministic: the same arguments always give the same bytes. The shape (how many countries, periods and
 * processes each file holds) is tested in tests/unit/quality/bench-described-data.test.ts.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import Papa from "papaparse";
import countries from "i18n-iso-countries";
import { type Period, periodFromIndex, periodId, periodIndex } from "../../src/data/period.ts";

/** The first period a described report may reach back to in the bench (Google's report starts there). */
export const DESCRIBED_FIRST: Period = { year: 2009, half: 2 };

/** Eight legal processes in law enforcement; preservation requests are shown but never added to a total. */
export const PROCESSES: readonly { id: string; label: string; inTotals?: false }[] = [
  { id: "subpoena", label: "Subpoenas" },
  { id: "search-warrant", label: "Search warrants" },
  { id: "court-order", label: "Court orders" },
  { id: "pen-register", label: "Pen register orders" },
  { id: "wiretap", label: "Wiretap orders" },
  { id: "emergency-disclosure", label: "Emergency disclosure requests" },
  { id: "other-process", label: "Other legal process" },
  { id: "preservation", label: "Preservation requests", inTotals: false },
];

/** The place that is not a country, present in law enforcement in every period. */
const PLACE = { id: "cross-border", label: "Cross-border requests" };

/** National-security bands start here, as the law allowed them to be published from then. */
const BANDS_FIRST: Period = { year: 2014, half: 1 };
/** Before this half-year the bands combine the authorities into one figure. */
const BANDS_SPLIT: Period = { year: 2017, half: 1 };
/** Civil demands are reported from this half-year on. */
const CIVIL_FIRST: Period = { year: 2013, half: 1 };

/** mulberry32, as generate-data.ts uses: small, seeded, good enough for plausible noise. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The report's files, each path under the data folder with its text. */
export type DescribedFiles = Map<string, string>;

interface Place {
  code: string;
  name: string;
  /** Typical law-enforcement requests per half-year. */
  size: number;
}

/** `count` country codes in the order of i18n-iso-countries (every ISO 3166-1 code and XK: 250 at most). */
export function benchCountries(count: number): { code: string; name: string }[] {
  const codes = Object.keys(countries.getAlpha2Codes());
  if (count > codes.length) throw new Error(`at most ${codes.length} countries, not ${count}`);
  return codes.slice(0, count).map((code) => ({ code, name: `${code} Synthetic Land` }));
}

const csv = (fields: readonly string[], data: (string | number)[][]) =>
  Papa.unparse({ fields: [...fields], data }, { newline: "\n" }) + "\n";

/** Splits `total` into four counts around `shares`; the parts sum to `total`. */
function four(total: number, shares: readonly number[], rand: () => number): [number, number, number, number] {
  const w = shares.map((s) => s * (0.8 + 0.4 * rand()));
  const sum = w.reduce((a, b) => a + b, 0);
  const a = Math.round((total * (w[0] ?? 0)) / sum);
  const b = Math.min(total - a, Math.round((total * (w[1] ?? 0)) / sum));
  const c = Math.min(total - a - b, Math.round((total * (w[2] ?? 0)) / sum));
  return [a, b, c, total - a - b - c];
}

/** The period ids from DESCRIBED_FIRST, `periods` of them. */
export function benchPeriods(periods: number): Period[] {
  const i0 = periodIndex(DESCRIBED_FIRST);
  return Array.from({ length: periods }, (_, i) => periodFromIndex(i0 + i));
}

interface LawRow {
  code: string;
  name: string;
  process: string;
  requests: number;
  accounts: number | "";
  notified: number | "";
  outcomes: [number, number, number, number];
}

const LAW_COLUMNS = [
  "country_code",
  "country",
  "process",
  "requests",
  "accounts",
  "notified",
  "content",
  "non_content",
  "no_data",
  "rejected",
] as const;

/** One place's law-enforcement rows: processes, an `all` row alone (every 7th), or both (every 11th). */
function lawRows(place: Place, index: number, trend: number, rand: () => number): LawRow[] {
  const processRows: LawRow[] = PROCESSES.map((p, pi) => {
    const requests = Math.max(0, Math.round((place.size * trend * (0.6 + 0.8 * rand())) / (pi + 2)));
    const blank = index % 11 !== 0 && rand() < 0.08;
    return {
      code: place.code,
      name: place.name,
      process: p.id,
      requests,
      accounts: blank ? "" : Math.round(requests * (1.3 + 0.6 * rand())),
      notified: blank ? "" : Math.round(requests * 0.1 * rand()),
      outcomes: four(requests, [0.06, 0.5, 0.2, 0.24], rand),
    };
  });
  const counted = processRows.filter((r) => PROCESSES.find((p) => p.id === r.process)?.inTotals !== false);
  const add = (get: (r: LawRow) => number) => counted.reduce((n, r) => n + get(r), 0);
  // A sum that would need a blank cell is blank too.
  const addOrBlank = (key: "accounts" | "notified") =>
    counted.some((r) => r[key] === "") ? "" : add((r) => Number(r[key]));
  const all: LawRow = {
    code: place.code,
    name: place.name,
    process: "all",
    requests: add((r) => r.requests),
    accounts: addOrBlank("accounts"),
    notified: addOrBlank("notified"),
    outcomes: [0, 1, 2, 3].map((k) => add((r) => r.outcomes[k] ?? 0)) as LawRow["outcomes"],
  };
  if (index % 11 === 0) return [...processRows, all];
  if (index % 7 === 0) return [all];
  return processRows;
}

const lawCells = (r: LawRow) => [r.code, r.name, r.process, r.requests, r.accounts, r.notified, ...r.outcomes];

/** Bands of `width` holding `value`; with `stated`, the low bound is the publisher's minimum inside the band. */
function band(value: number, width: number, stated = false): [number, number] {
  const low = Math.floor(value / width) * width;
  return [stated && low === 0 ? 2 : low, low + width - 1];
}

/** Every file of the bench's described report with `countryCount` countries and `periodCount` half-years. */
export function describedReport(countryCount: number, periodCount: number): DescribedFiles {
  const rand = random(2009);
  const places: Place[] = benchCountries(countryCount).map((c) => ({ ...c, size: Math.round(4 + 3000 * rand() ** 4) }));
  const periods = benchPeriods(periodCount);
  const last = periods.at(-1);
  const files: DescribedFiles = new Map();
  const ids = periods.map(periodId);

  files.set(
    "site.json",
    JSON.stringify(
      {
        organisation: "Example Cloud Ltd.",
        title: "Government Requests Report",
        siteUrl: "https://transparency.example.com",
        language: "en",
        contactEmail: "transparency@example.com",
      },
      null,
      2,
    ) + "\n",
  );
  files.set("report.json", JSON.stringify(description(ids), null, 2) + "\n");

  periods.forEach((period, t) => {
    const id = periodId(period);
    const trend = 0.6 + 0.6 * Math.sin((Math.PI * t) / Math.max(1, periods.length - 1));
    // Law enforcement: every country, the cross-border place, and the publisher's stated total.
    const law = places.flatMap((p, i) => lawRows(p, i, trend, rand));
    law.push(...lawRows({ code: PLACE.id, name: PLACE.label, size: 40 }, 1, trend, rand));
    // A place's total is its `all` row when it has one, else its in-totals process rows (never both).
    const withAll = new Set(law.filter((r) => r.process === "all").map((r) => r.code));
    const counted = law.filter((r) => (withAll.has(r.code) ? r.process === "all" : r.process !== "preservation"));
    const stated = counted.reduce((n, r) => n + r.requests, 0) + (t % 5 === 0 ? 7 : 0); // now and then it differs
    files.set(
      `requests/${id}.csv`,
      csv(LAW_COLUMNS, [...law.map(lawCells), ["total", "Total", "all", stated, "", "", "", "", "", ""]]),
    );

    // Emergency: every third country, "some data produced" as the publisher's percentage.
    const emergency = places
      .filter((_, i) => i % 3 === 0)
      .map((p) => {
        const requests = Math.round(p.size * 0.05 * trend * (0.5 + rand())) + 1;
        const percent = rand() < 0.1 ? "" : (Math.round(rand() * 1000) / 10).toString();
        return [p.code, p.name, requests, Math.round(requests * 1.2), percent];
      });
    files.set(
      `emergency/${id}.csv`,
      csv(["country_code", "country", "requests", "accounts", "some_data_percent"], emergency),
    );

    // Civil: every fifth country, outcomes per account.
    if (periodIndex(period) >= periodIndex(CIVIL_FIRST)) {
      const civil = places
        .filter((_, i) => i % 5 === 0)
        .map((p) => {
          const requests = Math.round(p.size * 0.02 * (0.5 + rand())) + 1;
          const accounts = Math.round(requests * (1.5 + rand()));
          return [p.code, p.name, requests, accounts, ...four(accounts, [0.05, 0.4, 0.25, 0.3], rand)];
        });
      files.set(
        `civil/${id}.csv`,
        csv(
          ["country_code", "country", "requests", "accounts", "content", "non_content", "no_data", "rejected"],
          civil,
        ),
      );
    }

    // National security: every 25th country, bands; one combined figure before BANDS_SPLIT, then each
    // authority; the latest half-year held back, as the law delays it.
    if (periodIndex(period) >= periodIndex(BANDS_FIRST) && period !== last) {
      const split = periodIndex(period) >= periodIndex(BANDS_SPLIT);
      const authorities = split ? ["nsl", "fisa-content", "fisa-non-content"] : ["nsl-and-fisa"];
      const bands = places
        .filter((_, i) => i % 25 === 0)
        .flatMap((p) =>
          authorities.map((a, ai) => {
            const width = [250, 500, 1000][(ai + t) % 3] ?? 500;
            const demands = band(Math.round(p.size * 0.3 * rand()), width, ai === 0);
            const accounts = rand() < 0.1 ? ["", ""] : band(Math.round(p.size * 2 * rand()), width);
            return [p.code, p.name, a, width, ...demands, ...accounts];
          }),
        );
      files.set(
        `national-security/${id}.csv`,
        csv(
          [
            "country_code",
            "country",
            "authority",
            "band_width",
            "demands_low",
            "demands_high",
            "accounts_low",
            "accounts_high",
          ],
          bands,
        ),
      );
    }
  });
  return files;
}

function description(periodIds: string[]) {
  return {
    version: 1,
    periods: { first: periodId(DESCRIBED_FIRST) },
    places: [{ ...PLACE, definition: "Requests one government passed on from another, placed in no one country." }],
    sections: [
      {
        id: "law-enforcement",
        folder: "requests",
        kind: "counts",
        label: "Law enforcement requests",
        shortLabel: "Law enforcement",
        definition: "Demands from police and other authorities in criminal investigations.",
        measures: {
          requests: { label: "Requests" },
          accounts: { label: "Accounts" },
          notified: { label: "Users notified" },
        },
        outcomes: { scheme: "four", per: "request" },
        processes: PROCESSES.map((p) => ({ ...p, definition: `${p.label} received in the period.` })),
        statedTotals: true,
        coverage: [{ periods: periodIds.slice(0, 4), note: "These periods include a service bought later." }],
      },
      {
        id: "emergency",
        kind: "counts",
        label: "Emergency requests",
        shortLabel: "Emergency",
        definition: "Requests made without legal process where a life is in danger.",
        measures: { requests: { label: "Requests" }, accounts: { label: "Accounts" } },
        outcomes: { scheme: "some-data", given: "percent", label: "Some data produced" },
      },
      {
        id: "civil",
        kind: "counts",
        label: "Civil demands",
        shortLabel: "Civil",
        definition: "Subpoenas and orders from parties to private lawsuits.",
        measures: { requests: { label: "Requests" }, accounts: { label: "Accounts" } },
        outcomes: { scheme: "four", per: "account" },
      },
      {
        id: "national-security",
        kind: "bands",
        label: "National security demands",
        shortLabel: "National security",
        definition: "Letters and orders under national-security law, published only as bands.",
        measures: { demands: { label: "Demands" }, accounts: { label: "Accounts" } },
        authorities: [
          { id: "nsl", label: "National Security Letters" },
          { id: "fisa-content", label: "FISA orders for content" },
          { id: "fisa-non-content", label: "FISA orders for non-content" },
          {
            id: "nsl-and-fisa",
            label: "National security letters and orders",
            combines: ["nsl", "fisa-content", "fisa-non-content"],
          },
        ],
        bandWidths: [250, 500, 1000],
        knownMinimum: true,
      },
    ],
  };
}

/** Writes the report into `dir`, clearing the section folders first so nothing from an earlier run is left. */
export function writeDescribedReport(dir: string, countryCount: number, periodCount: number): void {
  for (const folder of ["requests", "emergency", "civil", "national-security"]) {
    rmSync(join(dir, folder), { recursive: true, force: true });
  }
  for (const [path, text] of describedReport(countryCount, periodCount)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

if (import.meta.main) {
  const [dir, countryArg, periodArg] = process.argv.slice(2);
  if (!dir) {
    console.error("usage: npx node scripts/bench/described-data.ts DIR [countries] [periods]");
    process.exit(2);
  }
  writeDescribedReport(dir, Number(countryArg ?? 250), Number(periodArg ?? 34));
}
