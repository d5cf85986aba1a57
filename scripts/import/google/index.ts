/**
 * Google's user-data CSVs (the folder Google publishes with its README.txt) into a data folder: global requests
 * per country and legal process, diplomatic requests, Enterprise Cloud requests per product, and the US
 * national-security bands. Every change to a value is logged (types.ts); everything unexpected stops the import.
 */
import { BANDS_COLUMNS } from "../../../src/data/report/bands-file.ts";
import { access } from "node:fs/promises";
import { join } from "node:path";
import { DataFiles, type Row } from "../output.ts";
import {
  at,
  cell,
  codeForName,
  countryCode,
  percentage,
  periodEnding,
  inSourceOrder,
  readSourceCsv,
  wholeNumber,
  type SourceRow,
} from "../source.ts";
import { SourceError, type Adjustment, type ImportedReport, type Progress } from "../types.ts";

export const FILES = {
  global: "google-global-user-data-requests.csv",
  diplomatic: "google-global-user-data-dlr-requests.csv",
  enterprise: "google-enterprise-data-requests.csv",
  enterpriseDiplomatic: "google-enterprise-data-dlr-requests.csv",
  fisaContent: "google-usnationalsecurity-fisa-content-requests.csv",
  fisaNonContent: "google-usnationalsecurity-fisa-non-content-requests.csv",
  nsl: "google-usnationalsecurity-nsl-requests.csv",
  nslReleased: "google-usnationalsecurity-nsl-requests-released.csv",
} as const;

const GLOBAL_COLUMNS = [
  "Period Ending",
  "Country/Region",
  "CLDR Territory Code",
  "Legal Process",
  "User Data Requests",
  "Percentage disclosed",
  "Accounts",
] as const;
const DIPLOMATIC_COLUMNS = [
  "Period Ending",
  "Country/Region of Origin",
  "CLDR Territory Code",
  "Assisting Country",
  "User Data Diplomatic Legal requests",
] as const;
const ENTERPRISE_COLUMNS = [
  "Period Ending",
  "Country/Region",
  "CLDR Territory Code",
  "Product",
  "Legal Process",
  "Enterprise Cloud customer requests",
  "Enterprise Cloud customers",
  "Percentage disclosed",
] as const;
const ENTERPRISE_DIPLOMATIC_COLUMNS = [
  "Period Ending",
  "Product",
  "Country/Region of Origin",
  "Assisting Country",
  "Enterprise Diplomatic Legal requests",
] as const;
const BAND_COLUMNS = [
  "Reporting period ending date",
  "Number of requests (range MIN)",
  "Number of requests (range MAX)",
  "Number of accounts (range MIN)",
  "Number of accounts (range MAX)",
] as const;
const RELEASED_COLUMNS = [
  "National Security Letter (NSL) number",
  "NSL issue date",
  "FBI release letter date",
] as const;

interface Process {
  readonly id: string;
  readonly label: string;
  readonly definition: string;
  readonly inTotals?: false;
}

/** Google's legal processes, in the order the description lists them. */
const PROCESSES: ReadonlyMap<string, Process> = new Map(
  (
    [
      [
        "Subpoenas",
        "subpoenas",
        "Demands for records that need no judge's approval, mostly for subscriber information.",
      ],
      [
        "Search Warrants",
        "search-warrants",
        "Orders from a judge, on probable cause, that can reach the content of messages.",
      ],
      ["Court Orders", "court-orders", "Orders from a court, in the periods before Google counted them by kind."],
      [
        "Pen Register Orders",
        "pen-register-orders",
        "Court orders to record the addressing information of messages as they are sent.",
      ],
      ["Wiretap Orders", "wiretap-orders", "Court orders to intercept the content of messages as they are sent."],
      ["Other Court Orders", "other-court-orders", "Court orders of any other kind."],
      [
        "Emergency Disclosure Requests",
        "emergency-disclosure",
        "Requests to disclose data at once to prevent death or serious harm.",
      ],
      ["Police Requests", "police-requests", "Requests made by police under the law of their country."],
      [
        "Requests for data of local subsidiary",
        "local-subsidiary",
        "Requests for data held by Google's subsidiary in the requesting country.",
      ],
      [
        "Other Legal Requests",
        "other-legal",
        "Legal process of any other kind; most requests from outside the United States.",
      ],
    ] as const
  ).map(([name, id, definition]) => [name, { id, label: name, definition }]),
);
const PRESERVATION: Process = {
  id: "preservation",
  label: "Preservation Requests",
  definition:
    "Requests to keep data while the government obtains the legal process to ask for it. Google discloses nothing in answer to them, so they have no disclosure rate and are never added into a total.",
  inTotals: false,
};
const PROCESS_ORDER = [...[...PROCESSES.values()].map((p) => p.id), PRESERVATION.id];

function process(row: SourceRow, column: string): Process | "all" {
  const name = cell(row, column);
  if (name === "All") return "all";
  if (name === PRESERVATION.label) return PRESERVATION;
  const known = PROCESSES.get(name);
  if (!known) throw new SourceError(at(row, column), name, "is not a legal process this importer knows");
  return known;
}

/** The country whose authorities passed a diplomatic request on to Google. */
const ASSISTING: ReadonlyMap<string, Process> = new Map([
  [
    "United States",
    {
      id: "via-united-states",
      label: "Through the United States",
      definition: "Requests passed on to Google by the United States government under a treaty or similar procedure.",
    },
  ],
  [
    "Ireland",
    {
      id: "via-ireland",
      label: "Through Ireland",
      definition: "Requests passed on to Google by the Irish government under a treaty or similar procedure.",
    },
  ],
]);

function assisting(row: SourceRow): Process {
  const name = cell(row, "Assisting Country");
  const known = ASSISTING.get(name);
  if (!known)
    throw new SourceError(at(row, "Assisting Country"), name, "is not an assisting country this importer knows");
  return known;
}

/** Requesters Google lists without a territory code that are not countries; kept as declared places. */
const PLACES: ReadonlyMap<string, { id: string; label: string; definition: string }> = new Map([
  [
    "United Nations",
    {
      id: "united-nations",
      label: "United Nations",
      definition:
        "Requests from bodies of the United Nations, which Google lists beside countries without a territory code.",
    },
  ],
]);

/**
 * The code of a row: CLDR's code when the row has one; a declared place for a requester that is not a country;
 * otherwise the exact English name mapped to a code, or an error naming the row.
 */
function placeOrCode(
  row: SourceRow,
  codeColumn: string,
  nameColumn: string,
  log: Adjustment[],
  places: Set<string>,
): string {
  if (cell(row, codeColumn) !== "") return countryCode(row, codeColumn);
  const name = cell(row, nameColumn);
  const place = PLACES.get(name);
  if (place) {
    places.add(name);
    log.push({
      kind: "not-a-country",
      source: at(row, nameColumn),
      before: name,
      after: place.id,
      note: "A requester that is not a country, without a territory code; kept as a declared place.",
    });
    return place.id;
  }
  const code = codeForName(row, nameColumn);
  log.push({
    kind: "name-mapped",
    source: at(row, nameColumn),
    before: name,
    after: code,
    note: "The row has no territory code; mapped by its exact English name.",
  });
  return code;
}

const PRODUCTS: ReadonlyMap<string, { id: string; label: string; shortLabel: string }> = new Map([
  [
    "Google Workspace",
    { id: "enterprise-workspace", label: "Google Workspace customer requests", shortLabel: "Workspace" },
  ],
  [
    "GCP",
    { id: "enterprise-cloud-platform", label: "Google Cloud Platform customer requests", shortLabel: "Cloud Platform" },
  ],
]);

/** Keeps only the processes a section used, in the declared order, as the description lists them. */
function declared(used: ReadonlySet<string>, table: readonly Process[]): Record<string, unknown>[] {
  return table
    .filter((p) => used.has(p.id))
    .map((p) => ({
      id: p.id,
      label: p.label,
      definition: p.definition,
      ...(p.inTotals === false ? { inTotals: false } : {}),
    }));
}

const COUNT_COLUMNS = ["country_code", "country", "process", "requests", "accounts", "some_data_percent"];
const DIPLOMATIC_OUT = ["country_code", "country", "process", "requests"];
/** The band files' columns, as the report model reads them. */
const BAND_OUT = BANDS_COLUMNS;
/** Google reports its US national-security figures in bands of 500. */
const BAND_WIDTH = 500;

function earlier(a: string, b: string): boolean {
  return a < b;
}

export async function importGoogle(folder: string, progress: Progress): Promise<ImportedReport> {
  const log: Adjustment[] = [];
  const out = new DataFiles();
  const periods = new Set<string>();
  const sections: Record<string, unknown>[] = [];
  const places = new Set<string>();

  // Global user data requests.
  progress(`reading ${FILES.global}`);
  const global = await readSourceCsv(folder, FILES.global, GLOBAL_COLUMNS);
  const parsed = global.rows.map((row) => ({
    row,
    period: periodEnding(row, "Period Ending"),
    code: placeOrCode(row, "CLDR Territory Code", "Country/Region", log, places),
    process: process(row, "Legal Process"),
    requests: wholeNumber(row, "User Data Requests", true),
    percent: percentage(row, "Percentage disclosed"),
    accounts: wholeNumber(row, "Accounts", true),
  }));
  // Google's earliest periods write 0 in every "Percentage disclosed" and "Accounts" cell: it had not begun to report
  // those figures (from 2010-H2 and 2011-H1 on, every period has non-zero values). A zero in a period before the first
  // non-zero value anywhere in the file is therefore "not reported", logged per cell; later zeros are real.
  const firstNonZero = (pick: (p: (typeof parsed)[number]) => string): string | undefined =>
    parsed
      .filter((p) => pick(p) !== "" && pick(p) !== "0")
      .map((p) => p.period)
      .sort()[0];
  const firstPercent = firstNonZero((p) => p.percent);
  const firstAccounts = firstNonZero((p) => p.accounts);
  const notReported = { percent: new Set<string>(), accounts: new Set<string>() };
  const used = new Set<string>();
  out.section("requests", COUNT_COLUMNS, "process", PROCESS_ORDER);
  for (const p of parsed) {
    periods.add(p.period);
    let { percent, accounts } = p;
    if (percent === "0" && (firstPercent === undefined || earlier(p.period, firstPercent))) {
      percent = "";
      notReported.percent.add(p.period);
      log.push({
        kind: "not-reported",
        source: at(p.row, "Percentage disclosed"),
        before: "0",
        after: "",
        note: `Google gives no non-zero percentage before ${firstPercent ?? "any period"}: this zero means not yet reported.`,
      });
    }
    if (accounts === "0" && (firstAccounts === undefined || earlier(p.period, firstAccounts))) {
      accounts = "";
      notReported.accounts.add(p.period);
      log.push({
        kind: "not-reported",
        source: at(p.row, "Accounts"),
        before: "0",
        after: "",
        note: `Google gives no non-zero number of accounts before ${firstAccounts ?? "any period"}: this zero means not yet reported.`,
      });
    }
    const processId = p.process === "all" ? "all" : p.process.id;
    if (p.requests === "" && percent === "" && accounts === "") {
      // A row with no figure at all (China's local-subsidiary row in 2021-H1): the report model needs a request count
      // on every row, and a row left out already reads as not reported.
      log.push({
        kind: "not-reported",
        source: at(p.row),
        before: `${p.code} ${processId}, no figures`,
        after: "",
        note: "The row gives no figure at all; it is left out, so this process reads as not reported for the period.",
      });
      continue;
    }
    if (p.requests === "") {
      throw new SourceError(
        at(p.row, "User Data Requests"),
        "",
        "is empty on a row with other figures; the report model needs the number of requests",
      );
    }
    if (p.accounts === "") {
      log.push({
        kind: "not-reported",
        source: at(p.row, "Accounts"),
        before: "",
        after: "",
        note: "The source leaves this cell empty.",
      });
    }
    if (processId !== "all") used.add(processId);
    const row: Row = {
      country_code: p.code,
      country: cell(p.row, "Country/Region"),
      process: processId,
      requests: p.requests,
      accounts,
      some_data_percent: percent,
    };
    out.add("requests", p.period, row, at(p.row));
  }
  progress(`${FILES.global}: ${global.rows.length} rows`);
  const coverage: Record<string, unknown>[] = [];
  const both = [...notReported.percent].filter((x) => notReported.accounts.has(x)).sort();
  const accountsOnly = [...notReported.accounts].filter((x) => !notReported.percent.has(x)).sort();
  const percentOnly = [...notReported.percent].filter((x) => !notReported.accounts.has(x)).sort();
  if (both.length > 0) {
    coverage.push({
      periods: both,
      note: "Google did not yet report accounts or the share of requests where some data was produced.",
    });
  }
  if (accountsOnly.length > 0) coverage.push({ periods: accountsOnly, note: "Google did not yet report accounts." });
  if (percentOnly.length > 0) {
    coverage.push({
      periods: percentOnly,
      note: "Google did not yet report the share of requests where some data was produced.",
    });
  }
  const allProcesses = [...PROCESSES.values(), PRESERVATION];
  sections.push({
    id: "law-enforcement",
    folder: "requests",
    label: "Requests for user information",
    shortLabel: "User information",
    definition:
      "Requests from government agencies for information about users of Google's services, by the country of the government that made them and, from 2012-H2 on for most countries, by legal process.",
    kind: "counts",
    measures: { requests: { label: "Requests" }, accounts: { label: "Accounts" } },
    outcomes: { scheme: "some-data", per: "request", given: "percent", label: "Some data produced" },
    processes: declared(used, allProcesses),
    ...(coverage.length > 0 ? { coverage } : {}),
  });

  // Diplomatic requests (mutual legal assistance and similar), by the assisting country.
  progress(`reading ${FILES.diplomatic}`);
  const diplomatic = await readSourceCsv(folder, FILES.diplomatic, DIPLOMATIC_COLUMNS);
  out.section(
    "diplomatic",
    DIPLOMATIC_OUT,
    "process",
    [...ASSISTING.values()].map((p) => p.id),
  );
  const usedAssisting = new Set<string>();
  for (const row of diplomatic.rows) {
    const period = periodEnding(row, "Period Ending");
    periods.add(period);
    const via = assisting(row);
    usedAssisting.add(via.id);
    out.add(
      "diplomatic",
      period,
      {
        country_code: placeOrCode(row, "CLDR Territory Code", "Country/Region of Origin", log, places),
        country: cell(row, "Country/Region of Origin"),
        process: via.id,
        requests: wholeNumber(row, "User Data Diplomatic Legal requests"),
      },
      at(row),
    );
  }
  progress(`${FILES.diplomatic}: ${diplomatic.rows.length} rows`);
  sections.push({
    id: "diplomatic",
    label: "Diplomatic requests for user information",
    shortLabel: "Diplomatic",
    definition:
      "Requests for user information that Google could tell came through diplomatic procedures, such as a mutual legal assistance treaty, by the country they came from and the country that passed them on. They are also counted among the requests for user information.",
    kind: "counts",
    measures: { requests: { label: "Requests" } },
    outcomes: { scheme: "none" },
    processes: declared(usedAssisting, [...ASSISTING.values()]),
  });

  // Enterprise Cloud requests, one section per product.
  progress(`reading ${FILES.enterprise}`);
  const enterprise = await readSourceCsv(folder, FILES.enterprise, ENTERPRISE_COLUMNS);
  const usedByProduct = new Map<string, Set<string>>();
  for (const product of PRODUCTS.values()) out.section(product.id, COUNT_COLUMNS, "process", PROCESS_ORDER);
  for (const row of enterprise.rows) {
    const period = periodEnding(row, "Period Ending");
    periods.add(period);
    const name = cell(row, "Product");
    const product = PRODUCTS.get(name);
    if (!product)
      throw new SourceError(at(row, "Product"), name, "is not an Enterprise Cloud product this importer knows");
    const p = process(row, "Legal Process");
    if (p === "all")
      throw new SourceError(at(row, "Legal Process"), "All", "is not expected in the Enterprise Cloud file");
    const usedHere = usedByProduct.get(product.id) ?? new Set<string>();
    usedByProduct.set(product.id, usedHere);
    usedHere.add(p.id);
    out.add(
      product.id,
      period,
      {
        country_code: placeOrCode(row, "CLDR Territory Code", "Country/Region", log, places),
        country: cell(row, "Country/Region"),
        process: p.id,
        requests: wholeNumber(row, "Enterprise Cloud customer requests"),
        accounts: wholeNumber(row, "Enterprise Cloud customers", true),
        some_data_percent: percentage(row, "Percentage disclosed"),
      },
      at(row),
    );
  }
  progress(`${FILES.enterprise}: ${enterprise.rows.length} rows`);
  for (const product of PRODUCTS.values()) {
    const usedHere = usedByProduct.get(product.id);
    if (!usedHere) continue;
    sections.push({
      id: product.id,
      label: product.label,
      shortLabel: product.shortLabel,
      definition: `Requests from government agencies for information about Enterprise Cloud customers of ${product.label.replace(" customer requests", "")}, by the country of the government and by legal process.`,
      kind: "counts",
      measures: { requests: { label: "Requests" }, accounts: { label: "Customers" } },
      outcomes: { scheme: "some-data", per: "request", given: "percent", label: "Some customer data produced" },
      processes: declared(usedHere, allProcesses),
    });
  }

  // Enterprise diplomatic requests: names only, and a period without any is one row with no country and 0.
  progress(`reading ${FILES.enterpriseDiplomatic}`);
  const entDiplomatic = await readSourceCsv(folder, FILES.enterpriseDiplomatic, ENTERPRISE_DIPLOMATIC_COLUMNS);
  out.section(
    "enterprise-diplomatic",
    DIPLOMATIC_OUT,
    "process",
    [...ASSISTING.values()].map((p) => p.id),
  );
  const usedEntAssisting = new Set<string>();
  for (const row of entDiplomatic.rows) {
    const period = periodEnding(row, "Period Ending");
    periods.add(period);
    const product = cell(row, "Product");
    if (product !== "GSUITE") {
      throw new SourceError(at(row, "Product"), product, "is not a product this importer knows in the diplomatic file");
    }
    const requests = wholeNumber(row, "Enterprise Diplomatic Legal requests");
    const name = cell(row, "Country/Region of Origin");
    if (name === "") {
      if (requests !== "0" || cell(row, "Assisting Country") !== "") {
        throw new SourceError(
          at(row, "Country/Region of Origin"),
          name,
          "is empty on a row that is not the period's zero",
        );
      }
      log.push({
        kind: "stated-total",
        source: at(row),
        before: "no country, 0",
        after: "total 0",
        note: "A row without a country that gives 0 says Google had no such request in the period; kept as the period's stated total.",
      });
      out.add(
        "enterprise-diplomatic",
        period,
        { country_code: "total", country: "Total", process: "all", requests: "0" },
        at(row),
      );
      continue;
    }
    const code = codeForName(row, "Country/Region of Origin");
    log.push({
      kind: "name-mapped",
      source: at(row, "Country/Region of Origin"),
      before: name,
      after: code,
      note: "The file gives names only; mapped by its exact English name.",
    });
    const via = assisting(row);
    usedEntAssisting.add(via.id);
    out.add("enterprise-diplomatic", period, { country_code: code, country: name, process: via.id, requests }, at(row));
  }
  progress(`${FILES.enterpriseDiplomatic}: ${entDiplomatic.rows.length} rows`);
  sections.push({
    id: "enterprise-diplomatic",
    label: "Diplomatic requests for Google Workspace customer information",
    shortLabel: "Workspace diplomatic",
    definition:
      "Requests for Google Workspace customer information that Google could tell came through diplomatic procedures, by the country they came from and the country that passed them on.",
    kind: "counts",
    measures: { requests: { label: "Requests" } },
    outcomes: { scheme: "none" },
    processes: declared(usedEntAssisting, [...ASSISTING.values()]),
    statedTotals: true,
  });

  // US national security: bands of 500, some with a minimum Google states inside the band (2–499).
  out.section("national-security", BAND_OUT, "authority", ["fisa-content", "fisa-non-content", "nsl"]);
  for (const [file, authority] of [
    [FILES.fisaContent, "fisa-content"],
    [FILES.fisaNonContent, "fisa-non-content"],
    [FILES.nsl, "nsl"],
  ] as const) {
    progress(`reading ${file}`);
    const table = await readSourceCsv(folder, file, BAND_COLUMNS);
    for (const row of table.rows) {
      const period = periodEnding(row, "Reporting period ending date");
      periods.add(period);
      const [demandsLow, demandsHigh] = band(
        row,
        "Number of requests (range MIN)",
        "Number of requests (range MAX)",
        log,
      );
      const [accountsLow, accountsHigh] = band(
        row,
        "Number of accounts (range MIN)",
        "Number of accounts (range MAX)",
        log,
      );
      out.add(
        "national-security",
        period,
        {
          country_code: "US",
          country: "United States",
          authority,
          band_width: String(BAND_WIDTH),
          demands_low: demandsLow,
          demands_high: demandsHigh,
          accounts_low: accountsLow,
          accounts_high: accountsHigh,
        },
        at(row),
      );
    }
    progress(`${file}: ${table.rows.length} rows`);
  }
  sections.push({
    id: "national-security",
    kind: "bands",
    label: "US national security requests",
    shortLabel: "National security",
    definition:
      "Demands under US national security law, which allows them to be reported only in bands. Where Google states a minimum inside a band, the band starts there.",
    authorities: [
      { id: "fisa-content", label: "FISA orders for content" },
      { id: "fisa-non-content", label: "FISA orders for non-content" },
      { id: "nsl", label: "National Security Letters" },
    ],
    bandWidths: [BAND_WIDTH],
    knownMinimum: true,
    measures: { demands: { label: "Requests" }, accounts: { label: "Accounts" } },
  });

  // The list of released letters has no figures the data folder can hold; its omission is logged.
  const released = join(folder, FILES.nslReleased);
  if (
    await access(released).then(
      () => true,
      () => false,
    )
  ) {
    const table = await readSourceCsv(folder, FILES.nslReleased, RELEASED_COLUMNS);
    log.push({
      kind: "other",
      source: FILES.nslReleased,
      before: `${table.rows.length} letters`,
      after: "",
      note: "A list of National Security Letters released from secrecy, with dates; the report model holds figures, not documents, so it is not imported.",
    });
  }

  const first = [...periods].sort()[0];
  return {
    site: {
      organisation: "Google LLC",
      title: "Government requests for user information",
      siteUrl: "https://transparency.example.com",
      language: "en",
    },
    description: {
      version: 1,
      periods: { first: first ?? "2009-H2", yearsBesideHalves: "refuse" },
      ...(places.size > 0
        ? { places: [...PLACES].filter(([name]) => places.has(name)).map(([, place]) => place) }
        : {}),
      sections,
    },
    files: out.files(),
    log: inSourceOrder(log, Object.values(FILES)),
  };
}

/** Two bound cells into a band of BAND_WIDTH; a low bound inside the band is a minimum Google states, logged. */
function band(row: SourceRow, lowColumn: string, highColumn: string, log: Adjustment[]): [string, string] {
  const low = wholeNumber(row, lowColumn);
  const high = wholeNumber(row, highColumn);
  const l = Number(low);
  const h = Number(high);
  if ((h + 1) % BAND_WIDTH !== 0 || l > h) {
    throw new SourceError(at(row, highColumn), `${low}-${high}`, `is not a band of ${BAND_WIDTH}`);
  }
  if (h - l + 1 !== BAND_WIDTH) {
    if (h - l + 1 > BAND_WIDTH) {
      throw new SourceError(at(row, lowColumn), `${low}-${high}`, `is wider than a band of ${BAND_WIDTH}`);
    }
    log.push({
      kind: "band",
      source: at(row, lowColumn),
      before: `${low}-${high}`,
      after: `${low}-${high} in the band ${h + 1 - BAND_WIDTH}-${high}`,
      note: `Google states a minimum of ${low} inside the band of ${BAND_WIDTH}; kept as the band's known minimum.`,
    });
  }
  return [low, high];
}
