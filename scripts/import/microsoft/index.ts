/**
 * Microsoft's importer: a folder of Law Enforcement Requests Report workbooks (`Microsoft LERR_YYYY_HN.xlsx`) and,
 * when present, the US National Security Orders Report (`Microsoft_USNSOR_2021_H2.xlsx`), read with exceljs into a
 * data folder as docs/report-model.md describes it. Nothing is recalculated: every figure is a typed value or a
 * formula's stored result, and every change to one is logged with its `file!sheet!cell`.
 */
import { BANDS_COLUMNS } from "../../../src/data/report/bands-file.ts";
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { displayName } from "../aliases.ts";
import { SourceError, type Adjustment, type ImportedReport, type Progress } from "../types.ts";
import { isMergedCopy, plain, readCell } from "./cells.ts";
import { readNationalSecurityOrders, readNationalSecuritySheet, type BandRow, type BandsByPeriod } from "./bands.ts";
import { KNOWN_PERIODS, WORKBOOKS, type CountsSectionId, type SheetSpec } from "./layouts.ts";
import { countFrom, readCountsTable, type CountsTable } from "./tables.ts";
import { periodId } from "../../../src/data/period.ts";

const LERR = /^Microsoft LERR_(\d{4})_H([12])\.xlsx$/;
const USNSOR = /^Microsoft_USNSOR_(\d{4})_H([12])\.xlsx$/;

/** What each counts section's outcomes count: Microsoft's civil percentages divide by accounts, not requests. */
const PER: Readonly<Record<CountsSectionId, "request" | "account">> = {
  "law-enforcement": "request",
  "law-enforcement-skype": "request",
  emergency: "request",
  civil: "account",
};

type ExtraSectionId = "us-warrants-consumer" | "us-warrants-enterprise" | "enterprise-disclosures";

interface ExtraFigure {
  readonly section: ExtraSectionId;
  readonly title: RegExp;
  readonly place: string;
  readonly process?: string;
}

const WARRANTS: readonly ExtraFigure[] = [
  {
    section: "us-warrants-consumer",
    title:
      /^Number of warrants from U\.S\. law enforcement seeking consumer content data stored outside the United States$/,
    place: "US",
  },
  {
    section: "us-warrants-enterprise",
    title:
      /^Number of warrants from U\.S\. law enforcement resulting in disclosure of enterprise content data stored outside the United States$/,
    place: "US",
  },
];

const ENTERPRISE: readonly ExtraFigure[] = [
  {
    section: "enterprise-disclosures",
    title: /^Number of disclosures involving Dynamics 365 enterprise Customers$/,
    place: "worldwide",
    process: "dynamics-365",
  },
  {
    section: "enterprise-disclosures",
    title:
      /^Number of disclosures involving Azure enterprise customers for content belonging to commercial, public sector, or an educational customer$/,
    place: "worldwide",
    process: "azure",
  },
];

interface ExtraRow {
  readonly place: string;
  readonly process?: string;
  readonly value: number | undefined;
}

/** How far under its title a figure may sit (2018-H1 puts it three rows down, 2022-H1 three or four). */
const EXTRA_REACH = 6;

function readExtras(
  file: string,
  sheet: ExcelJS.Worksheet,
  figures: readonly ExtraFigure[],
  log: Adjustment[],
): Map<ExtraSectionId, ExtraRow[]> {
  const where = (address: string): string => `${file}!${sheet.name}!${address}`;
  const found = new Map<ExtraSectionId, ExtraRow[]>();
  for (const figure of figures) {
    let title: ExcelJS.Cell | undefined;
    sheet.eachRow((row) => {
      row.eachCell((cell) => {
        if (
          !title &&
          (cell.type === ExcelJS.ValueType.String || cell.type === ExcelJS.ValueType.RichText) &&
          figure.title.test(plain(cell.text))
        )
          title = cell;
      });
    });
    if (!title) {
      throw new SourceError(
        `${file}!${sheet.name}`,
        "",
        `has no column titled "${figure.title.source.slice(1, -1).replaceAll("\\", "")}"`,
      );
    }
    const column = title.address.replace(/\d+$/, "");
    let value: number | undefined;
    let at: string | undefined;
    for (let row = Number(title.row) + 1; row <= Number(title.row) + EXTRA_REACH && !at; row++) {
      const read = readCell(sheet, `${column}${row}`);
      if (read.kind === "empty" || isMergedCopy(sheet, `${column}${row}`)) continue;
      at = `${column}${row}`;
      value = countFrom(where(at), read, log);
    }
    if (!at)
      throw new SourceError(
        where(title.address),
        plain(title.text),
        `has no figure in the ${EXTRA_REACH} cells under it`,
      );
    log.push({
      kind: figure.place === "worldwide" ? "not-a-country" : "other",
      source: where(at),
      before: String(value ?? ""),
      after: figure.place === "worldwide" ? "worldwide" : `${figure.place} ${displayName(figure.place)}`,
      note:
        figure.place === "worldwide"
          ? "A figure for all countries together, kept under the declared place worldwide."
          : "The title says the warrants came from US law enforcement, so the figure is kept for the United States, whichever row it sits on.",
    });
    found.set(figure.section, [
      ...(found.get(figure.section) ?? []),
      { place: figure.place, ...(figure.process ? { process: figure.process } : {}), value },
    ]);
  }
  return found;
}

/** The half-year a sheet's heading names, when it names one with a year ("January - June 2013"). */
function headingPeriod(
  sheet: ExcelJS.Worksheet,
  nameColumn: string,
): { period: string; address: string; text: string } | undefined {
  for (const row of [1, 2]) {
    const address = `${nameColumn}${row}`;
    const read = readCell(sheet, address);
    if (read.kind !== "text") continue;
    const match = /\b(January|July)\b\D*(\d{4})/.exec(read.value);
    if (match)
      return {
        period: periodId({ year: Number(match[2]), half: match[1] === "January" ? 1 : 2 }),
        address,
        text: plain(read.value),
      };
  }
  return undefined;
}

async function load(folder: string, file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(join(folder, file));
  } catch (error) {
    throw new SourceError(
      file,
      "",
      `cannot be read as an xlsx workbook (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  return workbook;
}

function sheetOf(workbook: ExcelJS.Workbook, file: string, name: string, period: string): ExcelJS.Worksheet {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) {
    const present = workbook.worksheets.map((s) => s.name).join(", ");
    throw new SourceError(
      `${file}!${name}`,
      name,
      `is missing: the ${period} layout reads this sheet (the workbook has: ${present})`,
    );
  }
  return sheet;
}

interface Collected {
  counts: Map<CountsSectionId, Map<string, CountsTable>>;
  extras: Map<ExtraSectionId, Map<string, ExtraRow[]>>;
  bands: BandsByPeriod;
  coverage: Map<string, { periods: string[]; note: string }[]>;
  log: Adjustment[];
}

function addCoverage(collected: Collected, section: string, period: string, note: string): void {
  const notes = collected.coverage.get(section) ?? [];
  const same = notes.find((n) => n.note === note);
  if (same) same.periods.push(period);
  else notes.push({ periods: [period], note });
  collected.coverage.set(section, notes);
}

async function importLerr(
  folder: string,
  file: string,
  period: string,
  collected: Collected,
  progress: Progress,
): Promise<void> {
  const spec = WORKBOOKS[period];
  if (!spec) {
    throw new SourceError(
      file,
      period,
      `is a period this importer has no layout for (it knows ${KNOWN_PERIODS[0]} to ${KNOWN_PERIODS.at(-1)})`,
    );
  }
  const workbook = await load(folder, file);
  const { log } = collected;
  const parts: string[] = [];
  for (const sheetSpec of spec.sheets) {
    const sheet = sheetOf(workbook, file, sheetSpec.sheet, period);
    const table = readCountsTable(file, sheet, sheetSpec, PER[sheetSpec.section], log);
    noteHeading(collected, file, sheet, sheetSpec, period, table);
    const byPeriod = collected.counts.get(sheetSpec.section) ?? new Map<string, CountsTable>();
    byPeriod.set(period, table);
    collected.counts.set(sheetSpec.section, byPeriod);
    parts.push(`${sheetSpec.sheet} → ${sheetSpec.section} (${table.rows.length} countries)`);
  }
  for (const [sheetName, figures] of [
    [spec.warrants, WARRANTS],
    [spec.enterprise, ENTERPRISE],
  ] as const) {
    if (!sheetName) continue;
    const extras = readExtras(file, sheetOf(workbook, file, sheetName, period), figures, log);
    for (const [section, rows] of extras) {
      const byPeriod = collected.extras.get(section) ?? new Map<string, ExtraRow[]>();
      byPeriod.set(period, rows);
      collected.extras.set(section, byPeriod);
      parts.push(section);
    }
  }
  if (spec.nationalSecurity) {
    const bands = readNationalSecuritySheet(file, sheetOf(workbook, file, spec.nationalSecurity, period), log);
    for (const [bandPeriod, rows] of bands) {
      const earlier = collected.bands.get(bandPeriod);
      if (earlier) {
        sameBands(file, spec.nationalSecurity, bandPeriod, earlier, rows);
        log.push({
          kind: "other",
          source: `${file}!${spec.nationalSecurity}!A4`,
          before: bandPeriod,
          after: "",
          note: "The same bands as the US National Security Orders Report; kept once.",
        });
      } else collected.bands.set(bandPeriod, rows);
    }
    parts.push(`${spec.nationalSecurity} → national-security`);
  }
  progress(`${file}: ${period}: ${parts.join("; ")}`);
}

function noteHeading(
  collected: Collected,
  file: string,
  sheet: ExcelJS.Worksheet,
  spec: SheetSpec,
  period: string,
  table: CountsTable,
): void {
  const heading = headingPeriod(sheet, spec.layout.nameColumn);
  if (heading && heading.period !== period) {
    collected.log.push({
      kind: "other",
      source: `${file}!${spec.sheet}!${heading.address}`,
      before: heading.text,
      after: period,
      note: `The sheet's heading names ${heading.period}; the figures are kept under the workbook's period, ${period}.`,
    });
    addCoverage(collected, spec.section, period, `Microsoft's sheet for this half-year is headed ${heading.text}.`);
  }
  if (table.asPublished.size > 0 || table.totalAsPublished) {
    const count = table.asPublished.size;
    const rows = count === 1 ? "1 country" : `${count} countries`;
    const which = count === 0 ? "the total" : table.totalAsPublished ? `${rows} and the total` : rows;
    addCoverage(
      collected,
      spec.section,
      period,
      `For ${which}, Microsoft's four outcomes do not add up to the ${PER[spec.section]}s; they are shown as published and left out of the worldwide outcomes.`,
    );
  }
  for (const footnote of table.footnotes) addCoverage(collected, spec.section, period, footnoteNote(footnote));
}

/** Microsoft's footnotes, in a sentence of this project's own; an unknown one is pointed to, not quoted at length. */
function footnoteNote(footnote: string): string {
  if (footnote.startsWith("In early 2014, Turkey modified its laws")) {
    return "Turkey: requests made under a superseded Turkish legal standard in early 2014 were returned unanswered and are not counted.";
  }
  return "Microsoft adds a footnote to this half-year's table; the import log gives its text.";
}

function sameBands(file: string, sheet: string, period: string, a: readonly BandRow[], b: readonly BandRow[]): void {
  const key = (rows: readonly BandRow[]): string =>
    JSON.stringify([...rows].sort((x, y) => x.authority.localeCompare(y.authority)));
  if (key(a) !== key(b)) {
    throw new SourceError(
      `${file}!${sheet}!A4`,
      period,
      "gives other bands for this half-year than the US National Security Orders Report",
    );
  }
}

async function importUsnsor(folder: string, file: string, collected: Collected, progress: Progress): Promise<void> {
  const workbook = await load(folder, file);
  const sheet = sheetOf(workbook, file, "US National Security Orders", "US National Security Orders Report");
  const bands = readNationalSecurityOrders(file, sheet, collected.log);
  for (const [period, rows] of bands) {
    const earlier = collected.bands.get(period);
    if (earlier) sameBands(file, sheet.name, period, rows, earlier);
    collected.bands.set(period, rows);
  }
  progress(`${file}: national-security bands for ${bands.size} half-years`);
}

// ——— writing ———

function csv(columns: readonly string[], rows: readonly (readonly (string | number | undefined)[])[]): string {
  const data = rows.map((row) => row.map((v) => (v === undefined ? "" : String(v))));
  return `${Papa.unparse({ fields: [...columns], data }, { newline: "\n" })}\n`;
}

const COUNT_COLUMNS = [
  "country_code",
  "country",
  "requests",
  "accounts",
  "content",
  "non_content",
  "no_data",
  "rejected",
  "as_published",
];

function countsCsv(table: CountsTable): string {
  const line = (
    code: string,
    name: string,
    v: CountsTable["rows"][number]["values"],
    asPublished: boolean,
  ): (number | string | undefined)[] => [
    code,
    name,
    v.requests,
    v.accounts,
    v.content,
    v.nonContent,
    v.noData,
    v.rejected,
    asPublished ? "yes" : "",
  ];
  const rows = [...table.rows]
    .sort((a, b) => a.code.localeCompare(b.code))
    .map((r) => line(r.code, r.name, r.values, table.asPublished.has(r.row)));
  if (table.total) rows.push(line("total", "Total", table.total, table.totalAsPublished));
  return csv(COUNT_COLUMNS, rows);
}

const AUTHORITY_ORDER = ["fisa-content", "fisa-non-content", "nsl"];

function bandsCsv(rows: readonly BandRow[]): string {
  const sorted = [...rows].sort((a, b) => AUTHORITY_ORDER.indexOf(a.authority) - AUTHORITY_ORDER.indexOf(b.authority));
  return csv(
    BANDS_COLUMNS,
    sorted.map((r) => [
      "US",
      displayName("US"),
      r.authority,
      r.width,
      r.demands.low,
      r.demands.high,
      r.accounts.low,
      r.accounts.high,
    ]),
  );
}

const PLACE_LABELS: Readonly<Record<string, string>> = { worldwide: "Worldwide" };

function extrasCsv(rows: readonly ExtraRow[], processes: boolean): string {
  const name = (place: string): string => PLACE_LABELS[place] ?? displayName(place);
  return processes
    ? csv(
        ["country_code", "country", "process", "requests"],
        rows.map((r) => [r.place, name(r.place), r.process, r.value]),
      )
    : csv(
        ["country_code", "country", "requests"],
        rows.map((r) => [r.place, name(r.place), r.value]),
      );
}

const FOUR_PER_REQUEST = { scheme: "four", per: "request" } as const;

const COUNTS_SECTIONS: Readonly<Record<CountsSectionId, Record<string, unknown>>> = {
  "law-enforcement": {
    id: "law-enforcement",
    folder: "requests",
    label: "Law enforcement requests",
    shortLabel: "Law enforcement",
    definition:
      "Demands for customer data from police and other authorities in criminal investigations, for all Microsoft services together.",
    kind: "counts",
    measures: { requests: { label: "Requests" }, accounts: { label: "Accounts or users specified" } },
    outcomes: FOUR_PER_REQUEST,
    asPublishedRows: true,
    statedTotals: true,
  },
  "law-enforcement-skype": {
    id: "law-enforcement-skype",
    folder: "skype",
    label: "Skype law enforcement requests (included in the combined figures)",
    shortLabel: "Skype, already included",
    definition:
      "The Skype share of the law enforcement requests of January to June 2013. These requests are already counted in that half-year's law enforcement requests for all Microsoft services; never add the two.",
    kind: "counts",
    measures: { requests: { label: "Requests" }, accounts: { label: "Accounts or users specified" } },
    outcomes: FOUR_PER_REQUEST,
    asPublishedRows: true,
    statedTotals: true,
  },
  emergency: {
    id: "emergency",
    label: "Emergency requests",
    shortLabel: "Emergency",
    definition:
      "Requests made without the usual legal process because someone was believed to face an imminent risk of death or serious harm. Microsoft reports them apart from criminal requests from 2017.",
    kind: "counts",
    measures: { requests: { label: "Requests" }, accounts: { label: "Accounts or users specified" } },
    outcomes: FOUR_PER_REQUEST,
    asPublishedRows: true,
    statedTotals: true,
  },
  civil: {
    id: "civil",
    label: "Civil legal requests",
    shortLabel: "Civil",
    definition:
      "Demands from parties to civil lawsuits, not from governments. Microsoft counts what happened to them per account named, not per request.",
    kind: "counts",
    measures: { requests: { label: "Requests" }, accounts: { label: "Accounts specified" } },
    outcomes: { scheme: "four", per: "account" },
    asPublishedRows: true,
    statedTotals: true,
  },
};

const EXTRA_SECTIONS: Readonly<Record<ExtraSectionId, Record<string, unknown>>> = {
  "us-warrants-consumer": {
    id: "us-warrants-consumer",
    label: "US warrants for consumer content stored abroad",
    shortLabel: "US warrants, consumer data abroad",
    definition:
      "Warrants from US law enforcement that sought the content of consumer accounts Microsoft stores outside the United States.",
    kind: "counts",
    measures: { requests: { label: "Warrants" } },
    outcomes: { scheme: "none" },
  },
  "us-warrants-enterprise": {
    id: "us-warrants-enterprise",
    label: "US warrants disclosing enterprise content stored abroad",
    shortLabel: "US warrants, enterprise data abroad",
    definition:
      "Warrants from US law enforcement that led Microsoft to disclose content of enterprise customers stored outside the United States.",
    kind: "counts",
    measures: { requests: { label: "Warrants" } },
    outcomes: { scheme: "none" },
  },
  "enterprise-disclosures": {
    id: "enterprise-disclosures",
    label: "Disclosures involving enterprise customers",
    shortLabel: "Enterprise customers",
    definition: "Disclosures of data belonging to Microsoft's enterprise cloud customers, all countries together.",
    kind: "counts",
    measures: { requests: { label: "Disclosures" } },
    outcomes: { scheme: "none" },
    processes: [
      {
        id: "dynamics-365",
        label: "Dynamics 365",
        definition: "Disclosures involving Dynamics 365 enterprise customers.",
      },
      {
        id: "azure",
        label: "Azure",
        definition:
          "Disclosures involving Azure enterprise customers, of content belonging to a commercial, public-sector or educational customer.",
      },
    ],
  },
};

const NATIONAL_SECURITY_SECTION = {
  id: "national-security",
  label: "US national security orders",
  shortLabel: "National security",
  definition:
    "Orders under the Foreign Intelligence Surveillance Act and National Security Letters, which US law lets Microsoft report only as bands. Letters cannot demand content.",
  kind: "bands",
  authorities: [
    { id: "fisa-content", label: "FISA orders for content" },
    { id: "fisa-non-content", label: "FISA orders for non-content only" },
    { id: "nsl", label: "National Security Letters" },
  ],
  bandWidths: [500, 1000],
  knownMinimum: false,
  measures: { demands: { label: "Orders or letters" }, accounts: { label: "Accounts" } },
} as const;

/** Microsoft's 2013 sheets say in their titles that the combined figures include Skype. */
const SKYPE_NOTE = "Figures for all Microsoft services together, Skype included.";

function assemble(collected: Collected): ImportedReport {
  const files = new Map<string, string>();
  const sections: Record<string, unknown>[] = [];
  const places: Record<string, unknown>[] = [];
  const sorted = <T>(m: Map<string, T>): [string, T][] => [...m].sort(([a], [b]) => a.localeCompare(b));

  for (const id of Object.keys(COUNTS_SECTIONS) as CountsSectionId[]) {
    const byPeriod = collected.counts.get(id);
    if (!byPeriod) continue;
    const section = COUNTS_SECTIONS[id];
    for (const [period, table] of sorted(byPeriod))
      files.set(`${typeof section.folder === "string" ? section.folder : id}/${period}.csv`, countsCsv(table));
    const coverage = [...(collected.coverage.get(id) ?? [])];
    if (id === "law-enforcement") {
      const periods = ["2013-H1", "2013-H2"].filter((p) => byPeriod.has(p));
      if (periods.length) coverage.unshift({ periods, note: SKYPE_NOTE });
    }
    sections.push(
      coverage.length
        ? { ...section, coverage: coverage.map((c) => ({ periods: [...c.periods].sort(), note: c.note })) }
        : section,
    );
  }
  for (const id of Object.keys(EXTRA_SECTIONS) as ExtraSectionId[]) {
    const byPeriod = collected.extras.get(id);
    if (!byPeriod) continue;
    const section = EXTRA_SECTIONS[id];
    for (const [period, rows] of sorted(byPeriod))
      files.set(`${id}/${period}.csv`, extrasCsv(rows, "processes" in section));
    sections.push(section);
    if (id === "enterprise-disclosures") {
      places.push({
        id: "worldwide",
        label: "Worldwide",
        definition: "All countries together, where Microsoft gives a figure without a country.",
      });
    }
  }
  if (collected.bands.size) {
    for (const [period, rows] of sorted(collected.bands)) files.set(`national-security/${period}.csv`, bandsCsv(rows));
    sections.push({ ...NATIONAL_SECURITY_SECTION });
  }

  const periods = [...files.keys()].map((path) => path.slice(path.lastIndexOf("/") + 1, -".csv".length)).sort();
  const description: Record<string, unknown> = {
    $schema: "./report.schema.json",
    version: 1,
    periods: { first: periods[0] ?? "2013-H1", yearsBesideHalves: "refuse" },
    ...(places.length ? { places } : {}),
    sections,
  };
  const site = {
    organisation: "Microsoft",
    title: "Law Enforcement Requests Report",
    siteUrl: "https://transparency.example.com",
    language: "en",
  };
  return { site, description, files: new Map([...files].sort(([a], [b]) => a.localeCompare(b))), log: collected.log };
}

export async function importMicrosoft(folder: string, progress: Progress): Promise<ImportedReport> {
  let names: string[];
  try {
    names = (await readdir(folder, { withFileTypes: true }))
      .filter((e) => e.isFile() && !e.name.startsWith("."))
      .map((e) => e.name);
  } catch (error) {
    throw new SourceError(
      folder,
      "",
      `cannot be read as a folder (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  const workbooks = names.filter((n) => n.toLowerCase().endsWith(".xlsx")).sort();
  const collected: Collected = { counts: new Map(), extras: new Map(), bands: new Map(), coverage: new Map(), log: [] };
  // The orders report first, so the 2022-H1 workbook's repeat of its last half-year is checked against it.
  for (const file of workbooks.filter((n) => USNSOR.test(n))) await importUsnsor(folder, file, collected, progress);
  let lerr = 0;
  for (const file of workbooks) {
    if (USNSOR.test(file)) continue;
    const match = LERR.exec(file);
    if (!match)
      throw new SourceError(
        file,
        file,
        'is not named as Microsoft names its workbooks ("Microsoft LERR_YYYY_HN.xlsx" or "Microsoft_USNSOR_YYYY_HN.xlsx")',
      );
    await importLerr(
      folder,
      file,
      periodId({ year: Number(match[1]), half: match[2] === "1" ? 1 : 2 }),
      collected,
      progress,
    );
    lerr++;
  }
  if (lerr === 0)
    throw new SourceError(
      folder,
      "",
      'holds no Law Enforcement Requests Report workbook ("Microsoft LERR_YYYY_HN.xlsx")',
    );
  const report = assemble(collected);
  progress(`${lerr} law enforcement workbooks, ${report.files.size} files, ${report.log.length} log entries`);
  return report;
}
