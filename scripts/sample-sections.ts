/**
 * Invented figures for the sections beside law enforcement, for the sample
 * data and the benchmark's synthetic set (see generate-data.ts).
 *
 * Emergency and civil rows are derived from the law-enforcement rows of the
 * same period, so a country only has them where it also has law-enforcement
 * figures, at a plausible fraction of them. Each section draws from its own
 * seeded generator, so the law-enforcement files stay byte-identical.
 */
import Papa from "papaparse";
import { RANGE_COLUMN_NAMES } from "../src/data/national-security.ts";
import { type Period, periodFromIndex, periodId, periodIndex } from "../src/data/period.ts";

/** The fields generate-data.ts writes for a counts file. */
export interface CountsRow {
  code: string;
  name: string;
  requests: number;
  accounts: number | null;
  content: number;
  nonContent: number;
  noData: number;
  rejected: number;
}

/** How one counts section relates to law enforcement. */
export interface CountsSectionSpec {
  seed: number;
  /** Requests as a fraction of the country's law-enforcement requests, or undefined where it has none. */
  fraction: (code: string) => number | undefined;
  /** First period with figures, as `YYYY-Hn`; earlier periods have no file. */
  from?: string | undefined;
  /** Typical outcome shares: content, non-content, no data, rejected. */
  shares: readonly [number, number, number, number];
  /** Accounts per request. */
  accountsPerRequest: number;
}

/** Splits a count into the four outcomes around the given shares, with noise; the parts sum to `requests`. */
function split(requests: number, shares: readonly number[], rand: () => number): [number, number, number, number] {
  const w = shares.map((b) => Math.max(0.005, b * (0.8 + 0.4 * rand())));
  const sum = w.reduce((a, b) => a + b, 0);
  const content = Math.round((requests * (w[0] ?? 0)) / sum);
  const nonContent = Math.min(requests - content, Math.round((requests * (w[1] ?? 0)) / sum));
  const noData = Math.min(requests - content - nonContent, Math.round((requests * (w[2] ?? 0)) / sum));
  return [content, nonContent, noData, requests - content - nonContent - noData];
}

/** A counts section's files, one per law-enforcement period from `spec.from` on. */
export function countsSection(
  lawEnforcement: ReadonlyMap<string, readonly CountsRow[]>,
  spec: CountsSectionSpec,
  random: (seed: number) => () => number,
): Map<string, CountsRow[]> {
  const rand = random(spec.seed);
  const out = new Map<string, CountsRow[]>();
  for (const [id, rows] of lawEnforcement) {
    if (spec.from !== undefined && id < spec.from) continue;
    const section: CountsRow[] = [];
    for (const row of rows) {
      const fraction = spec.fraction(row.code);
      if (fraction === undefined) continue;
      const requests = Math.round(row.requests * fraction * (0.7 + 0.6 * rand()));
      const [content, nonContent, noData, rejected] = split(requests, spec.shares, rand);
      const accounts =
        row.accounts === null ? null : Math.round(requests * spec.accountsPerRequest * (0.9 + 0.3 * rand()));
      section.push({ code: row.code, name: row.name, requests, accounts, content, nonContent, noData, rejected });
    }
    if (section.length > 0) out.set(id, section);
  }
  return out;
}

/** Emergency requests: about a twentieth of law enforcement, mostly answered with non-content data. */
export const SAMPLE_EMERGENCY: CountsSectionSpec = {
  seed: 4242,
  fraction: (code) =>
    ({ US: 0.09, DE: 0.04, FR: 0.05, GB: 0.08, BR: 0.03, AU: 0.07, CA: 0.08, IN: 0.05, IT: 0.03, ES: 0.03 })[code] ??
    (["NL", "JP", "MX", "AR", "PL", "IE", "NZ"].includes(code) ? 0.04 : undefined),
  shares: [0.08, 0.66, 0.12, 0.14],
  accountsPerRequest: 1.2,
};

/** Civil demands: a few countries, small numbers, mostly rejected (private parties rarely meet the bar). */
export const SAMPLE_CIVIL: CountsSectionSpec = {
  seed: 1717,
  from: "2016-H1",
  fraction: (code) => ({ US: 0.05, GB: 0.02, DE: 0.01, CA: 0.03, AU: 0.02, BR: 0.01, IN: 0.02 })[code],
  shares: [0.01, 0.22, 0.17, 0.6],
  accountsPerRequest: 1.5,
};

/** One national-security row as the CSV writes it. */
interface RangeLine {
  authority: string;
  width: number;
  demandsLow: number;
  accountsLow: number | null;
}

/** The band of `width` that holds `value`: its low bound. */
const bandStart = (value: number, width: number) => value - (value % width);

/**
 * US national-security files from `first` to `last`: FISA orders for content
 * and for non-content in bands of 500, National Security Letters in bands of 250.
 */
export function nationalSecuritySection(
  first: Period,
  last: Period,
  seed: number,
  random: (seed: number) => () => number,
) {
  const rand = random(seed);
  const out = new Map<string, string>();
  const i0 = periodIndex(first);
  for (let i = i0; i <= periodIndex(last); i++) {
    const t = i - i0;
    const lines: RangeLine[] = [
      {
        authority: "fisa_content",
        width: 500,
        demandsLow: bandStart(Math.round(300 + 25 * t * rand()), 500),
        accountsLow: bandStart(Math.round(9000 + 450 * t + 1500 * rand()), 500),
      },
      {
        authority: "fisa_non_content",
        width: 500,
        demandsLow: 0,
        accountsLow: bandStart(Math.round(200 + 900 * rand()), 500),
      },
      // A period with accounts unreported shows that blank bounds are carried as "not reported".
      {
        authority: "nsl",
        width: 250,
        demandsLow: 0,
        accountsLow: t === 3 ? null : bandStart(Math.round(600 * rand()), 250),
      },
    ];
    const data = lines.map((l) => [
      "US",
      "United States",
      l.authority,
      l.width,
      l.demandsLow,
      l.demandsLow + l.width - 1,
      l.accountsLow ?? "",
      l.accountsLow === null ? "" : l.accountsLow + l.width - 1,
    ]);
    out.set(
      periodId(periodFromIndex(i)),
      Papa.unparse({ fields: [...RANGE_COLUMN_NAMES], data }, { newline: "\n" }) + "\n",
    );
  }
  return out;
}
