/**
 * GitHub's `data/requests_to_disclose_user_information/` folder (github/transparency, CC-BY-4.0) into a data folder:
 * requests received and disclosed by type, accounts affected, disclosures by user notice, cross-border requests per
 * country, and national security letters and orders as one combined authority in bands of 250. Years run to 2022,
 * then half-years; the yearly files go on beside the halves, and both are kept as GitHub states them.
 */
import { BANDS_COLUMNS } from "../../../src/data/report/bands-file.ts";
import { parsePeriodId, periodFromIndex, periodId, periodIndex } from "../../../src/data/period.ts";
import { DataFiles } from "../output.ts";
import {
  inSourceOrder,
  at,
  cell,
  countryCode,
  readSourceCsv,
  wholeNumber,
  year,
  type SourceRow,
  type SourceTable,
} from "../source.ts";
import { SourceError, type Adjustment, type ImportedReport, type Progress } from "../types.ts";

const HALVES = "by_calendar_year_half";
export const FILES = {
  requests: "requests_received_and_disclosed.csv",
  accounts: "requests_accounts_affected.csv",
  crossBorder: "cross_border_data_requests.csv",
  nationalSecurity: "national_security_letters_and_orders.csv",
  halfRequests: `${HALVES}/requests_received_and_disclosed_by_calendar_year_half.csv`,
  halfAccounts: `${HALVES}/requests_accounts_affected_by_calendar_year_half.csv`,
  halfCrossBorder: `${HALVES}/cross_border_data_requests_by_calendar_year_half.csv`,
  halfNotifications: `${HALVES}/user_notifications_of_legal_request_disclosures_by_calendar_year_half.csv`,
} as const;

interface Process {
  readonly id: string;
  readonly label: string;
  readonly definition: string;
}

function table(entries: readonly (readonly [string, string, string, string])[]): ReadonlyMap<string, Process> {
  return new Map(entries.map(([name, id, label, definition]) => [name, { id, label, definition }]));
}

const REQUEST_TYPES = table([
  [
    "criminal or government agency subpoena",
    "criminal-subpoena",
    "Criminal or government agency subpoenas",
    "Subpoenas in criminal cases or from government agencies; no judge reviews them.",
  ],
  ["criminal court order", "court-order", "Criminal court orders", "Orders from a judge in a criminal case."],
  [
    "criminal search warrant",
    "search-warrant",
    "Criminal search warrants",
    "Warrants from a judge, needed for the content of private repositories.",
  ],
  [
    "cross-border request",
    "cross-border",
    "Cross-border requests",
    "Requests that GitHub could tell came from a government outside the United States, through the US Department of Justice.",
  ],
  ["civil subpoena", "civil-subpoena", "Civil subpoenas", "Subpoenas from parties to a civil lawsuit."],
  [
    "exigent circumstances",
    "exigent",
    "Exigent circumstances",
    "Requests to prevent an emergency involving danger of death or serious physical injury.",
  ],
]);

const NOTICE_TYPES = table([
  ["notification", "notified", "Users notified", "Disclosures after which GitHub told the users concerned."],
  [
    "gag order",
    "gag-order",
    "Not notified: gag order",
    "Disclosures about which a law or court order forbade telling the users.",
  ],
  [
    "exigent circumstances",
    "exigent",
    "Not notified: exigent circumstances",
    "Disclosures made to prevent an emergency, about which the users were not told.",
  ],
]);

/** GitHub gives these figures for all requesters together, never by country. */
const ALL_REQUESTERS = {
  id: "all-requesters",
  label: "All requesters",
  definition: "GitHub gives these figures for every requester together, not by country.",
};

const HALF_COLUMN = "half";

/** The period of a row: `2021` in a yearly file, `2023-H1` in a half-year file. */
function period(row: SourceRow, halves: boolean): string {
  const y = year(row, "year");
  if (!halves) return y;
  const half = cell(row, HALF_COLUMN);
  if (half !== "1" && half !== "2") throw new SourceError(at(row, HALF_COLUMN), half, "is not a half-year (1 or 2)");
  return periodId({ year: Number(y), half: half === "1" ? 1 : 2 });
}

function monthRange(row: SourceRow): string {
  const y = year(row, "year");
  const range = cell(row, "month_range");
  if (range === "Jan-Jun") return periodId({ year: Number(y), half: 1 });
  if (range === "Jul-Dec") return periodId({ year: Number(y), half: 2 });
  throw new SourceError(at(row, "month_range"), range, "is not a half-year (Jan-Jun or Jul-Dec)");
}

/** A `type` cell looked up in `types`; spaces around it are removed and logged (GitHub once wrote a trailing space). */
function type(row: SourceRow, types: ReadonlyMap<string, Process>, log: Adjustment[]): Process {
  const raw = cell(row, "type");
  const name = raw.trim();
  const known = types.get(name);
  if (!known) throw new SourceError(at(row, "type"), raw, "is not a request type this importer knows");
  if (raw !== name) {
    log.push({
      kind: "other",
      source: at(row, "type"),
      before: raw,
      after: known.id,
      note: "The type has spaces around it; read as the same type without them.",
    });
  }
  return known;
}

const BAND_WIDTH = 250;

/** A "0-249" cell into its two bounds, logged; anything but a band of 250 is an error. */
function band(row: SourceRow, log: Adjustment[]): [string, string] {
  const value = cell(row, "count");
  const match = /^(0|[1-9][0-9]*)-([1-9][0-9]*)$/.exec(value);
  const low = Number(match?.[1]);
  const high = Number(match?.[2]);
  if (!match || low % BAND_WIDTH !== 0 || high - low + 1 !== BAND_WIDTH) {
    throw new SourceError(at(row, "count"), value, `is not a band of ${BAND_WIDTH} such as 0-249`);
  }
  log.push({
    kind: "band",
    source: at(row, "count"),
    before: value,
    after: `${low} and ${high}`,
    note: "A band written as one cell, split into its low and high bounds.",
  });
  return [String(low), String(high)];
}

/** Half-years a half-year file skips between its first and last: each is logged, nothing is filled in. */
function gaps(file: SourceTable, periods: readonly string[], log: Adjustment[]): void {
  const indexes = [...new Set(periods)].flatMap((p) => {
    const parsed = parsePeriodId(p);
    return parsed ? [periodIndex(parsed)] : [];
  });
  if (indexes.length === 0) return;
  for (let i = Math.min(...indexes) + 1; i < Math.max(...indexes); i += 1) {
    const id = periodId(periodFromIndex(i));
    if (!indexes.includes(i)) {
      log.push({
        kind: "not-reported",
        source: file.file,
        before: "",
        after: "",
        note: `The file has no rows for ${id}, though it has half-years before and after; that half-year stays not reported here, and its year is never split to fill it.`,
      });
    }
  }
}

const COUNT_COLUMNS = ["country_code", "country", "process", "requests", "some_data", "as_published"];
const ACCOUNTS_COLUMNS = ["country_code", "country", "accounts"];
const PLAIN_COLUMNS = ["country_code", "country", "process", "requests"];
const CROSS_BORDER_COLUMNS = ["country_code", "country", "requests"];
/** The band files' columns, as the report model reads them. */
const BAND_OUT = BANDS_COLUMNS;

export async function importGithub(folder: string, progress: Progress): Promise<ImportedReport> {
  const log: Adjustment[] = [];
  const out = new DataFiles();
  const allPeriods = new Set<string>();
  const read = async (file: string, columns: readonly string[]) => {
    progress(`reading ${file}`);
    const t = await readSourceCsv(folder, file, columns);
    progress(`${file}: ${t.rows.length} rows`);
    return t;
  };
  const requestTypes = [...REQUEST_TYPES.values()].map((p) => p.id);
  out.section("requests", COUNT_COLUMNS, "process", requestTypes);
  out.section("accounts-affected", ACCOUNTS_COLUMNS);
  out.section("cross-border", CROSS_BORDER_COLUMNS);
  out.section(
    "notifications",
    PLAIN_COLUMNS,
    "process",
    [...NOTICE_TYPES.values()].map((p) => p.id),
  );
  out.section("national-security", BAND_OUT, "authority", ["nsl-and-fisa"]);
  const placeLogged = new Set<string>();
  const noteRequesters = (row: SourceRow) => {
    if (placeLogged.has(row.file)) return;
    placeLogged.add(row.file);
    log.push({
      kind: "not-a-country",
      source: row.file,
      before: "no country",
      after: ALL_REQUESTERS.id,
      note: "GitHub gives this file's figures for all requesters together; each row is kept under one declared place.",
    });
  };
  /** The cross-border total GitHub states in the requests file, by period, for the cross-border section. */
  const crossBorderStated = new Map<string, { value: string; row: SourceRow }>();
  /** Periods where a disclosure count above its requests was left not reported, for a coverage note. */
  const overDisclosed = new Set<string>();
  /** The first row of each year in a yearly file, by section folder and year, for the log. */
  const firstOfYear = new Map<string, SourceRow>();

  // Requests received and disclosed, by type.
  for (const halves of [false, true]) {
    const file = halves
      ? await read(FILES.halfRequests, ["year", "half", "type", "count_requests_received", "count_disclosed"])
      : await read(FILES.requests, ["year", "type", "count_requests_received", "count_disclosed"]);
    for (const row of file.rows) {
      const p = period(row, halves);
      if (!halves && !firstOfYear.has(`requests ${p}`)) firstOfYear.set(`requests ${p}`, row);
      allPeriods.add(p);
      const t = type(row, REQUEST_TYPES, log);
      const received = wholeNumber(row, "count_requests_received");
      const disclosed = wholeNumber(row, "count_disclosed", true);
      const asPublished = disclosed !== "" && Number(disclosed) > Number(received);
      if (asPublished) {
        log.push({
          kind: "other",
          source: at(row, "count_disclosed"),
          before: disclosed,
          after: disclosed,
          note: `GitHub gives more disclosures (${disclosed}) than requests received (${received}); kept as published, marked as_published, and never added into a worldwide figure.`,
        });
        overDisclosed.add(p);
      }
      if (t.id === "cross-border") crossBorderStated.set(p, { value: received, row });
      noteRequesters(row);
      out.add(
        "requests",
        p,
        {
          country_code: ALL_REQUESTERS.id,
          country: ALL_REQUESTERS.label,
          process: t.id,
          requests: received,
          some_data: disclosed,
          as_published: asPublished ? "yes" : "",
        },
        at(row),
      );
    }
    if (halves)
      gaps(
        file,
        out.periods("requests").filter((p) => p.includes("-H")),
        log,
      );
  }

  // Accounts affected: GitHub gives them for all requests together, without a count of requests beside them, so
  // they are a section of their own that counts accounts only; no request figure is made up for them.
  for (const halves of [false, true]) {
    const file = halves
      ? await read(FILES.halfAccounts, ["year", "half", "count_accounts_affected"])
      : await read(FILES.accounts, ["year", "count_accounts_affected"]);
    for (const row of file.rows) {
      const p = period(row, halves);
      allPeriods.add(p);
      const accounts = wholeNumber(row, "count_accounts_affected");
      noteRequesters(row);
      log.push({
        kind: "other",
        source: at(row, "count_accounts_affected"),
        before: accounts,
        after: accounts,
        note: "GitHub gives accounts affected for all requests together and no request count beside them; kept as a section that counts accounts only.",
      });
      out.add(
        "accounts-affected",
        p,
        { country_code: ALL_REQUESTERS.id, country: ALL_REQUESTERS.label, accounts },
        at(row),
      );
    }
  }

  // Cross-border requests per country; GitHub's own cross-border count from the requests file is the stated total.
  for (const halves of [false, true]) {
    const file = halves
      ? await read(FILES.halfCrossBorder, ["year", "half", "government", "government_iso2_code", "count"])
      : await read(FILES.crossBorder, ["year", "government", "government_iso2_code", "count"]);
    const sums = new Map<string, number>();
    for (const row of file.rows) {
      const p = period(row, halves);
      allPeriods.add(p);
      const requests = wholeNumber(row, "count");
      if (!halves && !firstOfYear.has(`cross-border ${p}`)) firstOfYear.set(`cross-border ${p}`, row);
      sums.set(p, (sums.get(p) ?? 0) + Number(requests));
      out.add(
        "cross-border",
        p,
        { country_code: countryCode(row, "government_iso2_code"), country: cell(row, "government"), requests },
        at(row),
      );
    }
    // GitHub's own count is the period's stated total, also for a period the per-country file does not cover.
    const stated = [...crossBorderStated]
      .filter(([p]) => p.includes("-H") === halves)
      .sort(([a], [b]) => (a < b ? -1 : 1));
    for (const [p, { value, row }] of stated) {
      const sum = sums.get(p);
      log.push({
        kind: "stated-total",
        source: at(row, "count_requests_received"),
        before: value,
        after: value,
        note:
          sum === undefined
            ? `GitHub's count of cross-border requests for ${p}, kept as the stated total; ${file.file} has no rows for ${p}.`
            : `GitHub's count of cross-border requests for ${p}, kept as the stated total of the cross-border rows.`,
      });
      if (sum !== undefined && Number(value) !== sum) {
        log.push({
          kind: "total-differs",
          source: at(row, "count_requests_received"),
          before: value,
          after: value,
          note: `The rows of ${file.file} for ${p} add up to ${sum}, not ${value}; both are kept.`,
        });
      }
      out.add("cross-border", p, { country_code: "total", country: "Total", requests: value }, at(row));
    }
    if (halves) gaps(file, [...sums.keys()], log);
  }

  // Disclosures by whether the users were told (half-years only).
  const notices = await read(FILES.halfNotifications, ["year", "half", "type", "count"]);
  for (const row of notices.rows) {
    const p = period(row, true);
    allPeriods.add(p);
    const t = type(row, NOTICE_TYPES, log);
    noteRequesters(row);
    out.add(
      "notifications",
      p,
      {
        country_code: ALL_REQUESTERS.id,
        country: ALL_REQUESTERS.label,
        process: t.id,
        requests: wholeNumber(row, "count"),
      },
      at(row),
    );
  }
  gaps(notices, out.periods("notifications"), log);

  // National security letters and orders: one combined figure, in bands of 250, with the accounts affected.
  const security = await read(FILES.nationalSecurity, ["year", "month_range", "type", "count"]);
  const pairs = new Map<string, { demands?: [string, string]; accounts?: [string, string]; row: SourceRow }>();
  for (const row of security.rows) {
    const p = monthRange(row);
    allPeriods.add(p);
    const pair = pairs.get(p) ?? { row };
    pairs.set(p, pair);
    const kind = cell(row, "type");
    const slot =
      kind === "National security letters and orders received"
        ? "demands"
        : kind === "Affected accounts"
          ? "accounts"
          : undefined;
    if (!slot) throw new SourceError(at(row, "type"), kind, "is not a national-security figure this importer knows");
    if (pair[slot]) throw new SourceError(at(row, "type"), kind, `is given twice for ${p}`);
    pair[slot] = band(row, log);
  }
  for (const [p, pair] of pairs) {
    if (!pair.demands) {
      throw new SourceError(at(pair.row), p, "has affected accounts but no letters and orders received");
    }
    out.add(
      "national-security",
      p,
      {
        country_code: "US",
        country: "United States",
        authority: "nsl-and-fisa",
        band_width: String(BAND_WIDTH),
        demands_low: pair.demands[0],
        demands_high: pair.demands[1],
        accounts_low: pair.accounts?.[0] ?? "",
        accounts_high: pair.accounts?.[1] ?? "",
      },
      at(pair.row),
    );
  }

  // Years GitHub gives beside their own halves, per section that has both.
  for (const folderName of ["requests", "cross-border"]) {
    const held = out.periods(folderName);
    for (const y of held.filter((p) => !p.includes("-H"))) {
      const row = firstOfYear.get(`${folderName} ${y}`);
      if (row && held.some((p) => p.startsWith(`${y}-H`))) {
        log.push({
          kind: "other",
          source: at(row, "year"),
          before: y,
          after: y,
          note: `GitHub gives ${y} as a whole year beside its half-years; both are kept as stated, and neither is computed from or added to the other.`,
        });
      }
    }
  }

  const first = [...allPeriods].map((p) => (p.includes("-H") ? p : `${p}-H1`)).sort()[0];
  return {
    site: {
      organisation: "GitHub, Inc.",
      title: "Requests to disclose user information",
      siteUrl: "https://transparency.example.com",
      language: "en",
    },
    description: {
      version: 1,
      periods: { first: first ?? "2014-H1", yearsBesideHalves: "stated" },
      places: [ALL_REQUESTERS],
      sections: [
        {
          id: "law-enforcement",
          folder: "requests",
          label: "Requests to disclose user information",
          shortLabel: "User information",
          definition:
            "Subpoenas, court orders, search warrants and other legal requests for information about GitHub users, and how many GitHub answered with a disclosure. Whole years to 2022, then half-years; the years from 2023 on are also given whole, as GitHub states them.",
          kind: "counts",
          measures: { requests: { label: "Requests received" } },
          outcomes: { scheme: "some-data", per: "request", given: "count", label: "Disclosed" },
          processes: [...REQUEST_TYPES.values()],
          asPublishedRows: true,
          ...(overDisclosed.size > 0
            ? {
                coverage: [
                  {
                    periods: [...overDisclosed].sort(),
                    note: "For some types GitHub gives more disclosures than requests received; those disclosures are shown as GitHub gives them and are not added into the worldwide count of disclosures.",
                  },
                ],
              }
            : {}),
        },
        {
          id: "accounts-affected",
          label: "Accounts affected by requests",
          shortLabel: "Accounts affected",
          definition:
            "User accounts named in requests to disclose user information, for all requests together: GitHub does not give them per type of request.",
          kind: "counts",
          measures: { accounts: { label: "Accounts affected" } },
          outcomes: { scheme: "none" },
        },
        {
          id: "notifications",
          label: "Disclosures and user notice",
          shortLabel: "User notice",
          definition:
            "Disclosures of user information, by whether GitHub told the users concerned or was kept from doing so.",
          kind: "counts",
          measures: { requests: { label: "Disclosures" } },
          outcomes: { scheme: "none" },
          processes: [...NOTICE_TYPES.values()],
        },
        {
          id: "cross-border",
          label: "Cross-border requests",
          shortLabel: "Cross-border",
          definition:
            "Requests from governments outside the United States, made through the US Department of Justice, by the country they came from. The total is GitHub's own count of cross-border requests; where the countries add up to another figure, both are shown.",
          kind: "counts",
          measures: { requests: { label: "Requests" } },
          outcomes: { scheme: "none" },
          statedTotals: true,
        },
        {
          id: "national-security",
          kind: "bands",
          label: "National security letters and orders",
          shortLabel: "National security",
          definition:
            "National security letters and orders of the Foreign Intelligence Surveillance Court, which GitHub may report only together and in bands of 250.",
          authorities: [
            { id: "nsl", label: "National security letters" },
            { id: "fisa", label: "FISA orders" },
            { id: "nsl-and-fisa", label: "National security letters and orders", combines: ["nsl", "fisa"] },
          ],
          bandWidths: [BAND_WIDTH],
          measures: { demands: { label: "Letters and orders" }, accounts: { label: "Accounts affected" } },
        },
      ],
    },
    files: out.files(),
    log: inSourceOrder(log, Object.values(FILES)),
  };
}
