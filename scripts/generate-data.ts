/**
 * Writes data sets that look like real exports.
 *
 *   node scripts/generate-data.ts sample            → data/ (the shipped sample)
 *   node scripts/generate-data.ts synthetic DIR [countries] [periods]
 *                                                   → a large set for benchmarks
 *
 * Beside requests/, both get emergency/, civil/ and national-security/ (see sample-sections.ts).
 * The synthetic set takes up to 250 countries (every ISO 3166-1 code and XK) and half-years from 2013-H1.
 *
 * Output is deterministic: the same arguments always give the same bytes.
 * (Longer than 250 lines because of the SAMPLE country table, which is data.)
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import countries from "i18n-iso-countries";
import { COLUMN_NAMES } from "../src/data/columns.ts";
import { type Period, periodFromIndex, periodId, periodIndex } from "../src/data/period.ts";
import {
  type CountsRow,
  countsSection,
  nationalSecuritySection,
  SAMPLE_CIVIL,
  SAMPLE_EMERGENCY,
} from "./sample-sections.ts";

/** mulberry32: small, seeded, good enough for plausible noise. */
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

interface CountrySpec {
  code: string;
  name: string;
  /** Typical requests per half-year around 2020. */
  size: number;
  /** First and last period index (inclusive) in which the country made requests. */
  from?: string;
  to?: string;
  /** Share of periods with accounts left blank. */
  blankAccounts?: number;
}

// Sizes loosely follow the shape of published reports: a handful of large countries dominate.
const SAMPLE: CountrySpec[] = [
  { code: "US", name: "United States", size: 5600 },
  { code: "DE", name: "Germany", size: 4100 },
  { code: "FR", name: "France", size: 3300 },
  { code: "GB", name: "United Kingdom", size: 2900 },
  { code: "BR", name: "Brazil", size: 1900 },
  { code: "TW", name: "Taiwan", size: 950 },
  { code: "AU", name: "Australia", size: 780 },
  { code: "IT", name: "Italy", size: 620 },
  { code: "ES", name: "Spain", size: 560 },
  { code: "IN", name: "India", size: 520, from: "2014-H2" },
  { code: "CA", name: "Canada", size: 330 },
  { code: "NL", name: "Netherlands", size: 300 },
  { code: "BE", name: "Belgium", size: 260 },
  { code: "PL", name: "Poland", size: 240 },
  { code: "KR", name: "Korea, Republic of", size: 210, blankAccounts: 0.3 },
  { code: "MX", name: "Mexico", size: 190 },
  { code: "JP", name: "Japan", size: 170 },
  { code: "AR", name: "Argentina", size: 150 },
  { code: "SE", name: "Sweden", size: 130 },
  { code: "CH", name: "Switzerland", size: 120 },
  { code: "AT", name: "Austria", size: 110 },
  { code: "TR", name: "Türkiye", size: 100, to: "2018-H1" },
  { code: "SG", name: "Singapore", size: 95 },
  { code: "CL", name: "Chile", size: 85 },
  { code: "PT", name: "Portugal", size: 80 },
  { code: "IE", name: "Ireland", size: 75 },
  { code: "DK", name: "Denmark", size: 70 },
  { code: "NO", name: "Norway", size: 60 },
  { code: "FI", name: "Finland", size: 55 },
  { code: "CZ", name: "Czechia", size: 50 },
  { code: "HU", name: "Hungary", size: 45 },
  { code: "GR", name: "Greece", size: 42 },
  { code: "IL", name: "Israel", size: 40 },
  { code: "NZ", name: "New Zealand", size: 38 },
  { code: "CO", name: "Colombia", size: 35, from: "2015-H1" },
  { code: "ZA", name: "South Africa", size: 30 },
  { code: "RO", name: "Romania", size: 28 },
  { code: "HK", name: "Hong Kong", size: 26, to: "2020-H1" },
  { code: "MY", name: "Malaysia", size: 24 },
  { code: "PH", name: "Philippines", size: 20, from: "2016-H2", blankAccounts: 0.5 },
  { code: "TH", name: "Thailand", size: 18 },
  { code: "UA", name: "Ukraine", size: 17 },
  { code: "HR", name: "Croatia", size: 15 },
  { code: "SK", name: "Slovakia", size: 14 },
  { code: "LT", name: "Lithuania", size: 12 },
  { code: "SI", name: "Slovenia", size: 11 },
  { code: "EE", name: "Estonia", size: 10 },
  { code: "LU", name: "Luxembourg", size: 9 },
  { code: "PE", name: "Peru", size: 9, from: "2017-H1" },
  { code: "AE", name: "United Arab Emirates", size: 8, blankAccounts: 0.4 },
  { code: "CI", name: "Côte d'Ivoire", size: 4, from: "2019-H1" },
  { code: "CY", name: "Cyprus", size: 6 },
  { code: "MT", name: "Malta", size: 5 },
  { code: "IS", name: "Iceland", size: 3, to: "2016-H2" },
  { code: "LV", name: "Latvia", size: 6 },
  { code: "BG", name: "Bulgaria", size: 7 },
  { code: "RS", name: "Serbia", size: 5, from: "2018-H1" },
  { code: "XK", name: "Kosovo", size: 2, from: "2021-H1" },
  { code: "EC", name: "Ecuador", size: 4, from: "2014-H1", to: "2019-H2" },
  { code: "UY", name: "Uruguay", size: 3, from: "2022-H1" },
  { code: "KE", name: "Kenya", size: 3, from: "2020-H1", blankAccounts: 0.5 },
  { code: "VN", name: "Viet Nam", size: 3, to: "2015-H1" },
];

const FIRST: Period = { year: 2013, half: 1 };
const LAST_SAMPLE: Period = { year: 2026, half: 1 };

/** The reference period from the brief, which the sample must match to the request. */
const REFERENCE = {
  period: "2020-H2",
  requests: 24798,
  accounts: 45258,
  content: 1324,
  nonContent: 13250,
  noData: 3824,
  rejected: 6400,
};

type Row = CountsRow;

function parseIdx(id: string | undefined, fallback: number): number {
  if (!id) return fallback;
  const [y, h] = id.split("-H");
  return periodIndex({ year: Number(y), half: h === "1" ? 1 : 2 });
}

/** Splits a count into the four outcomes around drifting base shares. */
function split(requests: number, t: number, rand: () => number): [number, number, number, number] {
  // Content falls slowly, rejections rise: the kind of drift real reports show.
  const base = [0.07 - 0.03 * t, 0.54, 0.17 - 0.02 * t, 0.2 + 0.1 * t];
  const w = base.map((b) => Math.max(0.005, b * (0.8 + 0.4 * rand())));
  const sum = w.reduce((a, b) => a + b, 0);
  const c = Math.round((requests * (w[0] ?? 0)) / sum);
  const n = Math.round((requests * (w[1] ?? 0)) / sum);
  const d = Math.min(requests - c - n, Math.round((requests * (w[2] ?? 0)) / sum));
  const parts: [number, number, number, number] = [c, n, Math.max(0, d), 0];
  parts[3] = requests - parts[0] - parts[1] - parts[2];
  if (parts[3] < 0) {
    parts[1] += parts[3];
    parts[3] = 0;
  }
  return parts;
}

function generate(specs: CountrySpec[], first: Period, last: Period, seed: number): Map<string, Row[]> {
  const rand = random(seed);
  const out = new Map<string, Row[]>();
  const i0 = periodIndex(first);
  const i1 = periodIndex(last);
  for (let i = i0; i <= i1; i++) {
    const t = (i - i0) / Math.max(1, i1 - i0);
    const rows: Row[] = [];
    for (const spec of specs) {
      if (i < parseIdx(spec.from, i0) || i > parseIdx(spec.to, i1)) continue;
      // Requests grew until about 2016, then eased: a gentle hump with noise.
      const trend = 0.75 + 0.5 * Math.sin(Math.PI * Math.min(1, t * 1.3)) - 0.15 * t;
      const requests = Math.max(0, Math.round(spec.size * trend * (0.85 + 0.3 * rand())));
      const [content, nonContent, noData, rejected] = split(requests, t, rand);
      const blank = rand() < (spec.blankAccounts ?? 0);
      const accounts = blank ? null : Math.round(requests * (1.5 + 0.6 * rand()));
      rows.push({ code: spec.code, name: spec.name, requests, accounts, content, nonContent, noData, rejected });
    }
    out.set(periodId(periodFromIndex(i)), rows);
  }
  return out;
}

/** Moves the difference between the generated and the reference totals onto the largest country. */
function matchReference(rows: Row[]): void {
  const sum = (key: keyof typeof REFERENCE & keyof Row) => rows.reduce((a, r) => a + (r[key] ?? 0), 0);
  const largest = rows.reduce((a, r) => (r.requests > a.requests ? r : a));
  for (const key of ["content", "nonContent", "noData", "rejected", "accounts"] as const) {
    largest[key] = (largest[key] ?? 0) + REFERENCE[key] - sum(key);
  }
  largest.requests = largest.content + largest.nonContent + largest.noData + largest.rejected;
  if (Object.values(largest).some((v) => typeof v === "number" && v < 0)) throw new Error("reference does not fit");
}

function toCsv(rows: Row[]): string {
  const data = rows.map((r) => [
    r.code,
    r.name,
    r.requests,
    r.accounts ?? "",
    r.content,
    r.nonContent,
    r.noData,
    r.rejected,
  ]);
  return Papa.unparse({ fields: [...COLUMN_NAMES], data }, { newline: "\n" }) + "\n";
}

/** The files of one folder under data/: period id → CSV text. */
type Folder = [name: string, files: Map<string, string>];

const csvFiles = (sets: Map<string, Row[]>) => new Map([...sets].map(([id, rows]) => [id, toCsv(rows)]));

function write(dir: string, sets: Map<string, Row[]>, site: object, others: Folder[] = []): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "site.json"), JSON.stringify(site, null, 2) + "\n");
  // Every section folder is cleared, so a folder the set does not have is not left over from an earlier run.
  for (const name of ["requests", "emergency", "civil", "national-security"]) {
    rmSync(join(dir, name), { recursive: true, force: true });
  }
  for (const [name, files] of [["requests", csvFiles(sets)] as Folder, ...others]) {
    mkdirSync(join(dir, name), { recursive: true });
    for (const [id, text] of files) writeFileSync(join(dir, name, `${id}.csv`), text);
  }
}

const [mode, outDir, countArg, periodArg] = process.argv.slice(2);
const site = {
  organisation: "Example Cloud Ltd.",
  title: "Law Enforcement Requests Report",
  siteUrl: "https://transparency.example.com",
  language: "en",
  contactEmail: "transparency@example.com",
};

if (mode === "sample") {
  const sets = generate(SAMPLE, FIRST, LAST_SAMPLE, 2013);
  const reference = sets.get(REFERENCE.period);
  if (!reference) throw new Error("the sample must contain the reference period");
  matchReference(reference);
  // National-security bands could be published from 2014; the latest half-year is held back, as the law delays it.
  const security = nationalSecuritySection({ year: 2014, half: 1 }, { year: 2025, half: 2 }, 1978, random);
  write(outDir ?? "data", sets, site, [
    ["emergency", csvFiles(countsSection(sets, SAMPLE_EMERGENCY, random))],
    ["civil", csvFiles(countsSection(sets, SAMPLE_CIVIL, random))],
    ["national-security", security],
  ]);
} else if (mode === "synthetic" && outDir) {
  const codes = Object.keys(countries.getAlpha2Codes()).slice(0, Number(countArg ?? 200));
  const periods = Number(periodArg ?? 26);
  const rand = random(7);
  const specs = codes.map((code) => ({
    code,
    name: `${code} Synthetic Land`,
    size: Math.round(5 + 4000 * rand() ** 4),
    blankAccounts: 0.1,
  }));
  const last = periodFromIndex(periodIndex(FIRST) + periods - 1);
  const sets = generate(specs, FIRST, last, 99);
  // Every third country reports emergency requests, every fifth civil demands.
  const every = (n: number, fraction: number) => (code: string) =>
    codes.indexOf(code) % n === 0 ? fraction : undefined;
  // National-security bands as in the sample: from 2014, the latest half-year held back.
  const security = nationalSecuritySection(
    { year: 2014, half: 1 },
    periodFromIndex(periodIndex(last) - 1),
    1978,
    random,
  );
  write(outDir, sets, site, [
    ["emergency", csvFiles(countsSection(sets, { ...SAMPLE_EMERGENCY, fraction: every(3, 0.06) }, random))],
    ["civil", csvFiles(countsSection(sets, { ...SAMPLE_CIVIL, from: undefined, fraction: every(5, 0.02) }, random))],
    ["national-security", security],
  ]);
} else {
  console.error("usage: node scripts/generate-data.ts sample [DIR] | synthetic DIR [countries] [periods]");
  process.exit(2);
}
