/**
 * `npm run import:check -- <publisher> <source folder> <data folder>`: reads every figure of the publisher's files
 * again, on its own (papaparse line by line for CSVs, exceljs cell by cell for Microsoft's workbooks, never the
 * importer's reader), and compares each with the data folder's CSVs. A figure that differs is fine only when IMPORT-LOG.md has an entry at that source position with that
 * value before and the data folder's value after. Every figure cell of the data folder must be reached from the
 * source. Prints counts per section and every mismatch; exits 1 on any.
 */
import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { periodId } from "../../src/data/period.ts";
import { untableCell } from "./write.ts";

interface Line {
  readonly pos: string;
  readonly cells: Readonly<Record<string, string>>;
}

/** A source file as rows of named cells with their `file:line` positions. */
async function source(folder: string, file: string): Promise<Line[]> {
  const text = (await readFile(join(folder, file), "utf8")).replace(/^\uFEFF/, "");
  const lines = text.split(/\r?\n/);
  const header = Papa.parse<string[]>(lines[0] ?? "").data[0] ?? [];
  const out: Line[] = [];
  lines.forEach((line, i) => {
    if (i === 0 || line.trim() === "") return;
    const values = Papa.parse<string[]>(line).data[0] ?? [];
    out.push({ pos: `${file}:${i + 1}`, cells: Object.fromEntries(header.map((h, j) => [h, values[j] ?? ""])) });
  });
  return out;
}

/** The data folder: every CSV row by `folder/period|place|process-or-authority`, and the log by source position. */
interface Data {
  readonly description: {
    sections: { id: string; folder?: string; processes?: { id: string; label: string; inTotals?: boolean }[] }[];
  };
  readonly rows: Map<string, Record<string, string>>;
  readonly log: Map<string, { before: string; after: string }[]>;
  /** Log entries about a block of cells (`file!sheet!G7:N7`), which explain each cell inside it. */
  readonly ranges: { prefix: string; from: Cell; to: Cell; before: string; after: string }[];
}

interface Cell {
  readonly column: number;
  readonly row: number;
}

/** `G7` as column 7, row 7. */
function cellOf(address: string): Cell | undefined {
  const m = /^([A-Z]+)(\d+)$/.exec(address);
  if (!m) return undefined;
  const letters = m[1] ?? "";
  let column = 0;
  for (let i = 0; i < letters.length; i++) column = column * 26 + letters.charCodeAt(i) - 64;
  return { column, row: Number(m[2]) };
}

async function data(dir: string): Promise<Data> {
  const description = JSON.parse(await readFile(join(dir, "report.json"), "utf8")) as Data["description"];
  const rows = new Map<string, Record<string, string>>();
  for (const section of description.sections) {
    const folder = section.folder ?? section.id;
    for (const name of (await readdir(join(dir, folder))).sort()) {
      const parsed = Papa.parse<Record<string, string>>(await readFile(join(dir, folder, name), "utf8"), {
        header: true,
        skipEmptyLines: true,
      });
      for (const row of parsed.data) {
        const key = `${folder}/${name.replace(/\.csv$/, "")}|${row["country_code"] ?? ""}|${row["process"] ?? row["authority"] ?? ""}`;
        rows.set(key, row);
      }
    }
  }
  const log = new Map<string, { before: string; after: string }[]>();
  const ranges: Data["ranges"] = [];
  for (const line of (await readFile(join(dir, "IMPORT-LOG.md"), "utf8")).split("\n")) {
    const cells = line.match(/(?<=\| )(?:[^|\\]|\\.)*(?= \|)/g);
    if (!cells || cells.length !== 5 || cells[0] === "kind" || cells[0] === "---") continue;
    const [, pos, before, after] = cells.map(untableCell);
    if (pos === undefined || before === undefined || after === undefined) continue;
    log.set(pos, [...(log.get(pos) ?? []), { before, after }]);
    const range = /^(.*!)([A-Z]+\d+):([A-Z]+\d+)$/.exec(pos);
    const from = cellOf(range?.[2] ?? "");
    const to = cellOf(range?.[3] ?? "");
    if (range && from && to) ranges.push({ prefix: range[1] ?? "", from, to, before, after });
  }
  return { description, rows, log, ranges };
}

/** The columns whose worldwide sums are compared: the measures and the four outcomes. */
const SUMMED = ["requests", "accounts", "content", "non_content", "no_data", "rejected"];

class Checker {
  compared = 0;
  logged = 0;
  /** Stated totals compared with the sum of their rows, and how many of them Microsoft states unlike the sum. */
  totals = 0;
  totalsDiffer = 0;
  readonly mismatches: string[] = [];
  readonly perSection = new Map<string, number>();
  readonly reached = new Set<string>();
  /** Source sums of requests and accounts per file, over rows that count in totals, for the worldwide check. */
  readonly sourceSums = new Map<string, number>();
  readonly data: Data;
  constructor(d: Data) {
    this.data = d;
  }

  /** Compares one source figure with the data folder's cell; `pos` is `file:line:column` as the importer logs it. */
  figure(pos: string, value: string, key: string, column: string): void {
    this.compared += 1;
    const section = key.slice(0, key.indexOf("/"));
    this.perSection.set(section, (this.perSection.get(section) ?? 0) + 1);
    this.reached.add(`${key}|${column}`);
    const row = this.data.rows.get(key);
    const got = row?.[column];
    // The worldwide sums add what the data folder should hold: the source figure, or what the log says it became.
    let expected = value;
    if (got !== value) {
      // An empty source figure on a row the importer left out, with the row's omission logged at its `file:line`.
      const rowPos = pos.split(":").slice(0, 2).join(":");
      if (!row && value === "" && (this.data.log.get(rowPos) ?? []).some((e) => e.after === "")) {
        this.logged += 1;
      } else if (got !== undefined && this.explained(pos, value, got)) {
        this.logged += 1;
        expected = got;
      } else {
        this.mismatches.push(
          `${pos}: source ${JSON.stringify(value)}, data ${key} ${column} ${JSON.stringify(got ?? null)}`,
        );
      }
    }
    if (SUMMED.includes(column) && this.countsInTotals(key)) {
      const file = `${key.slice(0, key.indexOf("|"))}|${column}`;
      this.sourceSums.set(file, (this.sourceSums.get(file) ?? 0) + Number(expected || "0"));
    }
  }

  /**
   * True when IMPORT-LOG.md says the value at `pos` became `got`: an entry at that very cell with that value before,
   * or an entry about a block of cells holding it (Microsoft's four outcomes of a row, logged as `G7:N7` with the
   * four figures before) that names this figure among them.
   */
  explained(pos: string, value: string, got: string): boolean {
    if ((this.data.log.get(pos) ?? []).some((e) => e.before === value && e.after === got)) return true;
    const bang = pos.lastIndexOf("!");
    const cell = cellOf(pos.slice(bang + 1));
    if (bang < 0 || !cell) return false;
    const prefix = pos.slice(0, bang + 1);
    return this.data.ranges.some(
      (r) =>
        r.prefix === prefix &&
        r.after === got &&
        cell.row >= r.from.row &&
        cell.row <= r.to.row &&
        cell.column >= r.from.column &&
        cell.column <= r.to.column &&
        r.before.split(" + ").includes(value),
    );
  }

  /** False for a stated total row and for a process declared outside totals (Google's preservation requests). */
  countsInTotals(key: string): boolean {
    const [file = "", place = "", process = ""] = key.split("|");
    if (place === "total") return false;
    const folder = file.slice(0, file.indexOf("/"));
    const section = this.data.description.sections.find((s) => (s.folder ?? s.id) === folder);
    return !section?.processes?.some((p) => p.id === process && p.inTotals === false);
  }

  /**
   * The worldwide requests, accounts and outcomes of every file, as the site adds them (rows in totals, never the stated
   * total), compared with the same sums over the source's rows: a row lost, doubled or moved shows here.
   */
  worldwide(): number {
    let compared = 0;
    for (const [file, expected] of [...this.sourceSums].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const [prefix = "", column = ""] = file.split("|");
      let sum = 0;
      for (const [key, row] of this.data.rows) {
        if (key.startsWith(`${prefix}|`) && this.countsInTotals(key)) sum += Number(row[column] || "0");
      }
      compared += 1;
      if (sum !== expected) this.mismatches.push(`worldwide ${prefix} ${column}: source ${expected}, data ${sum}`);
    }
    return compared;
  }

  /** The code or place the log says a row without a code was given. */
  mapped(pos: string): string {
    return this.data.log.get(pos)?.[0]?.after ?? "";
  }

  processId(sectionId: string, label: string): string {
    if (label === "All") return "all";
    const section = this.data.description.sections.find((s) => s.id === sectionId);
    return section?.processes?.find((p) => p.label === label)?.id ?? `?${label}`;
  }

  folder(sectionId: string): string {
    const section = this.data.description.sections.find((s) => s.id === sectionId);
    return section?.folder ?? sectionId;
  }
}

const half = (ending: string) =>
  periodId({ year: Number(ending.slice(0, 4)), half: ending.slice(5) === "06-30" ? 1 : 2 });

async function google(src: string, c: Checker): Promise<void> {
  const requests = c.folder("law-enforcement");
  for (const r of await source(src, "google-global-user-data-requests.csv")) {
    const code = r.cells["CLDR Territory Code"] || c.mapped(`${r.pos}:Country/Region`);
    const key = `${requests}/${half(r.cells["Period Ending"] ?? "")}|${code}|${c.processId("law-enforcement", r.cells["Legal Process"] ?? "")}`;
    c.figure(`${r.pos}:User Data Requests`, r.cells["User Data Requests"] ?? "", key, "requests");
    c.figure(`${r.pos}:Accounts`, r.cells["Accounts"] ?? "", key, "accounts");
    c.figure(`${r.pos}:Percentage disclosed`, r.cells["Percentage disclosed"] ?? "", key, "some_data_percent");
  }
  const via: Record<string, string> = { "United States": "via-united-states", Ireland: "via-ireland" };
  for (const r of await source(src, "google-global-user-data-dlr-requests.csv")) {
    const key = `${c.folder("diplomatic")}/${half(r.cells["Period Ending"] ?? "")}|${r.cells["CLDR Territory Code"] ?? ""}|${via[r.cells["Assisting Country"] ?? ""] ?? ""}`;
    c.figure(
      `${r.pos}:User Data Diplomatic Legal requests`,
      r.cells["User Data Diplomatic Legal requests"] ?? "",
      key,
      "requests",
    );
  }
  const products: Record<string, string> = {
    "Google Workspace": "enterprise-workspace",
    GCP: "enterprise-cloud-platform",
  };
  for (const r of await source(src, "google-enterprise-data-requests.csv")) {
    const section = products[r.cells["Product"] ?? ""] ?? "?";
    const key = `${c.folder(section)}/${half(r.cells["Period Ending"] ?? "")}|${r.cells["CLDR Territory Code"] ?? ""}|${c.processId(section, r.cells["Legal Process"] ?? "")}`;
    c.figure(
      `${r.pos}:Enterprise Cloud customer requests`,
      r.cells["Enterprise Cloud customer requests"] ?? "",
      key,
      "requests",
    );
    c.figure(`${r.pos}:Enterprise Cloud customers`, r.cells["Enterprise Cloud customers"] ?? "", key, "accounts");
    c.figure(`${r.pos}:Percentage disclosed`, r.cells["Percentage disclosed"] ?? "", key, "some_data_percent");
  }
  for (const r of await source(src, "google-enterprise-data-dlr-requests.csv")) {
    const name = r.cells["Country/Region of Origin"] ?? "";
    const place =
      name === ""
        ? "total|all"
        : `${c.mapped(`${r.pos}:Country/Region of Origin`)}|${via[r.cells["Assisting Country"] ?? ""] ?? ""}`;
    const key = `${c.folder("enterprise-diplomatic")}/${half(r.cells["Period Ending"] ?? "")}|${place}`;
    c.figure(
      `${r.pos}:Enterprise Diplomatic Legal requests`,
      r.cells["Enterprise Diplomatic Legal requests"] ?? "",
      key,
      "requests",
    );
  }
  for (const [file, authority] of [
    ["google-usnationalsecurity-fisa-content-requests.csv", "fisa-content"],
    ["google-usnationalsecurity-fisa-non-content-requests.csv", "fisa-non-content"],
    ["google-usnationalsecurity-nsl-requests.csv", "nsl"],
  ] as const) {
    for (const r of await source(src, file)) {
      const key = `${c.folder("national-security")}/${half(r.cells["Reporting period ending date"] ?? "")}|US|${authority}`;
      for (const [column, to] of [
        ["Number of requests (range MIN)", "demands_low"],
        ["Number of requests (range MAX)", "demands_high"],
        ["Number of accounts (range MIN)", "accounts_low"],
        ["Number of accounts (range MAX)", "accounts_high"],
      ] as const) {
        c.figure(`${r.pos}:${column}`, r.cells[column] ?? "", key, to);
      }
    }
  }
}

async function github(src: string, c: Checker): Promise<void> {
  const types: Record<string, string> = {
    "criminal or government agency subpoena": "criminal-subpoena",
    "criminal court order": "court-order",
    "criminal search warrant": "search-warrant",
    "cross-border request": "cross-border",
    "civil subpoena": "civil-subpoena",
    "exigent circumstances": "exigent",
  };
  const notices: Record<string, string> = {
    notification: "notified",
    "gag order": "gag-order",
    "exigent circumstances": "exigent",
  };
  const period = (r: Line) =>
    r.cells["half"] === undefined
      ? (r.cells["year"] ?? "")
      : periodId({ year: Number(r.cells["year"]), half: r.cells["half"] === "1" ? 1 : 2 });
  const halves = "by_calendar_year_half/";
  const requests = c.folder("law-enforcement");
  const crossBorder = c.folder("cross-border");
  for (const file of [
    "requests_received_and_disclosed.csv",
    `${halves}requests_received_and_disclosed_by_calendar_year_half.csv`,
  ]) {
    for (const r of await source(src, file)) {
      const type = types[(r.cells["type"] ?? "").trim()] ?? "?";
      const key = `${requests}/${period(r)}|all-requesters|${type}`;
      c.figure(`${r.pos}:count_requests_received`, r.cells["count_requests_received"] ?? "", key, "requests");
      c.figure(`${r.pos}:count_disclosed`, r.cells["count_disclosed"] ?? "", key, "some_data");
      if (type === "cross-border") {
        c.figure(
          `${r.pos}:count_requests_received`,
          r.cells["count_requests_received"] ?? "",
          `${crossBorder}/${period(r)}|total|`,
          "requests",
        );
      }
    }
  }
  for (const file of [
    "requests_accounts_affected.csv",
    `${halves}requests_accounts_affected_by_calendar_year_half.csv`,
  ]) {
    for (const r of await source(src, file)) {
      c.figure(
        `${r.pos}:count_accounts_affected`,
        r.cells["count_accounts_affected"] ?? "",
        `${c.folder("accounts-affected")}/${period(r)}|all-requesters|`,
        "accounts",
      );
    }
  }
  for (const file of [
    "cross_border_data_requests.csv",
    `${halves}cross_border_data_requests_by_calendar_year_half.csv`,
  ]) {
    for (const r of await source(src, file)) {
      c.figure(
        `${r.pos}:count`,
        r.cells["count"] ?? "",
        `${crossBorder}/${period(r)}|${r.cells["government_iso2_code"] ?? ""}|`,
        "requests",
      );
    }
  }
  for (const r of await source(
    src,
    `${halves}user_notifications_of_legal_request_disclosures_by_calendar_year_half.csv`,
  )) {
    const key = `${c.folder("notifications")}/${period(r)}|all-requesters|${notices[r.cells["type"] ?? ""] ?? "?"}`;
    c.figure(`${r.pos}:count`, r.cells["count"] ?? "", key, "requests");
  }
  for (const r of await source(src, "national_security_letters_and_orders.csv")) {
    const p = periodId({ year: Number(r.cells["year"]), half: r.cells["month_range"] === "Jan-Jun" ? 1 : 2 });
    const key = `${c.folder("national-security")}/${p}|US|nsl-and-fisa`;
    const [low = "", high = ""] = (r.cells["count"] ?? "").split("-");
    const measure = r.cells["type"] === "Affected accounts" ? "accounts" : "demands";
    // GitHub writes a band in one cell ("0-249"); each bound is compared with its own column.
    c.figure(`${r.pos}:count:low`, low, key, `${measure}_low`);
    c.figure(`${r.pos}:count:high`, high, key, `${measure}_high`);
  }
}

/**
 * A workbook cell as text: a formula's stored result (never recalculated), rich text joined, empty for nothing.
 * A formula's result is taken from `cell.result`: exceljs's copy in `cell.value` leaves out a stored result of 0.
 */
function cellText(cell: ExcelJS.Cell): string {
  return cell.type === ExcelJS.ValueType.Formula ? valueText(cell.result) : valueText(cell.value);
}

function valueText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (typeof value === "string") return value;
  if (value instanceof Date) return value.toISOString();
  if ("richText" in value) return value.richText.map((t) => t.text).join("");
  if ("result" in value) return valueText(value.result ?? null);
  if ("error" in value) return value.error;
  if ("text" in value) return value.text;
  return "";
}

const words = (text: string) => text.replace(/\s+/g, " ").trim();
const isCount = (text: string) => /^\d+$/.test(text);

/** The period of `Jan - June 2012`, `July - Dec 2011` or `Reporting Period: July 2021 - December 2021`. */
function periodOfLabel(label: string): string | undefined {
  const m = /\b(Jan|Jul)[a-z]*\.?\s*(?:\d{4})?\s*-\s*(?:Jun|Dec)[a-z]*\.?\s*(\d{4})\b/i.exec(label);
  if (!m) return undefined;
  return periodId({ year: Number(m[2]), half: (m[1] ?? "").toLowerCase() === "jan" ? 1 : 2 });
}

/** Which section a Law Enforcement Requests Report sheet holds, by its name. */
function sheetSection(name: string): string | undefined {
  if (/^NS$/.test(name)) return undefined;
  if (/skype/i.test(name)) return "law-enforcement-skype";
  if (/emergenc/i.test(name)) return "emergency";
  if (/civil/i.test(name)) return "civil";
  return "law-enforcement";
}

/** A counts table's columns, found by the words of their titles; a "%"/"#" pair takes its right-hand cell. */
const TABLE_COLUMNS: readonly (readonly [string, RegExp])[] = [
  ["requests", /Total Number of .*Requests/i],
  ["accounts", /Specified in Requests/i],
  ["content", /Disclosure of Content/i],
  ["non_content", /Non-Content|Subscriber/i],
  ["no_data", /No Data Found|^No Data$/i],
  ["rejected", /Rejected/i],
];

/** The four National Security Orders columns, by the words of their (possibly stacked) titles. */
const BAND_COLUMNS: readonly (readonly [string, RegExp])[] = [
  ["contentOrders", /^Orders seeking disclosure of content/i],
  ["contentAccounts", /^Accounts impacted by orders seeking content/i],
  ["otherOrders", /^Orders seeking disclosure of only/i],
  ["otherAccounts", /^Accounts impacted by non-content orders/i],
];

/**
 * Microsoft's workbooks read on their own: each sheet's table is found by its titles (the row naming "Rejected",
 * the name column by its TOTAL cell), not by the importer's layouts, and every figure is compared with the data
 * folder. Countries are matched by the name the data folder gives them, or by the code IMPORT-LOG.md maps a
 * name to; a row whose name the log drops must have no row in the data.
 */
async function microsoft(src: string, c: Checker): Promise<void> {
  const files = (await readdir(src)).filter((f) => f.endsWith(".xlsx")).sort();
  for (const file of files) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(src, file));
    const lerr = /LERR_(\d{4})_H([12])\.xlsx$/.exec(file);
    for (const sheet of workbook.worksheets) {
      const at = (address: string) => `${file}!${sheet.name}!${address}`;
      if (lerr) {
        const period = periodId({ year: Number(lerr[1]), half: lerr[2] === "1" ? 1 : 2 });
        const section = sheetSection(sheet.name);
        if (section) microsoftTable(c, sheet, at, section, period);
        if (section === "law-enforcement") microsoftBeside(c, sheet, at, period);
      }
      microsoftBands(c, sheet, at);
    }
  }
}

function microsoftTable(
  c: Checker,
  sheet: ExcelJS.Worksheet,
  at: (address: string) => string,
  section: string,
  period: string,
): void {
  const folder = c.folder(section);
  let titleRow = 0;
  for (let r = 1; r <= sheet.rowCount && titleRow === 0; r++) {
    sheet.getRow(r).eachCell((cell) => {
      if (/Rejected/i.test(cellText(cell))) titleRow = r;
    });
  }
  if (titleRow === 0) {
    c.mismatches.push(`${at("A1")}: no table titled "… Rejected …" in the sheet`);
    return;
  }
  const columns = new Map<string, number>();
  sheet.getRow(titleRow).eachCell((cell, col) => {
    const title = words(cellText(cell));
    for (const [measure, pattern] of TABLE_COLUMNS) if (pattern.test(title)) columns.set(measure, col);
  });
  for (const [measure] of TABLE_COLUMNS) {
    if (!columns.has(measure)) c.mismatches.push(`${at(`A${titleRow}`)}: no column titled for ${measure}`);
  }
  const requestsColumn = columns.get("requests") ?? 0;
  let nameColumn = 0;
  for (let r = titleRow + 1; r <= sheet.rowCount && nameColumn === 0; r++) {
    for (let col = 1; col < requestsColumn; col++) {
      if (/^total$/i.test(words(cellText(sheet.getRow(r).getCell(col))))) nameColumn = col;
    }
  }
  if (nameColumn === 0) {
    c.mismatches.push(`${at(`A${titleRow}`)}: no TOTAL row under the titles`);
    return;
  }
  const prefix = `${folder}/${period}|`;
  const byName = new Map<string, string>();
  for (const [key, row] of c.data.rows) {
    if (key.startsWith(prefix)) byName.set(row["country"] ?? "", row["country_code"] ?? "");
  }
  const source = new Map<string, Map<string, string>>();
  let totalAt = "";
  for (let r = titleRow + 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const nameCell = row.getCell(nameColumn);
    const name = cellText(nameCell);
    const figures = new Map([...columns].map(([measure, col]) => [measure, row.getCell(col)] as const));
    const values = new Map([...figures].map(([m, cell]) => [m, cellText(cell)] as const));
    if (![...values.values()].some((v) => v.trim() !== "" && Number.isFinite(Number(v)))) continue;
    const mapped = c.data.log.get(at(nameCell.address))?.[0]?.after;
    const code = mapped === undefined ? byName.get(name.trim()) : (mapped.split(" ")[0] ?? "");
    if (code === "") {
      // The log drops the row: the data folder must not hold it (every data row is reached from a source row).
      c.compared += figures.size;
      c.logged += figures.size;
      continue;
    }
    // A row the data folder lacks still has each figure compared (and fails), so the worldwide sums count it.
    const key = `${prefix}${code ?? `(no row named ${JSON.stringify(name)})`}|`;
    for (const [measure, cell] of figures) c.figure(at(cell.address), values.get(measure) ?? "", key, measure);
    asPublishedMark(c, at(nameCell.address), key, section, values);
    source.set(code ?? `?${r}`, values);
    if (code === "total") totalAt = at(nameCell.address);
  }
  statedTotal(c, totalAt, prefix, source);
}

/**
 * The `as_published` mark, worked out again from the source: `yes` exactly where the row's four outcomes are all
 * given and do not add up to its base (accounts for civil demands, whose outcomes count accounts; requests elsewhere).
 */
function asPublishedMark(
  c: Checker,
  pos: string,
  key: string,
  section: string,
  values: ReadonlyMap<string, string>,
): void {
  const row = c.data.rows.get(key);
  if (!row || !("as_published" in row)) return;
  const outcomes = ["content", "non_content", "no_data", "rejected"].map((m) => values.get(m)?.trim() ?? "");
  const base = (values.get(section === "civil" ? "accounts" : "requests") ?? "").trim();
  const whole = (v: string) => v !== "" && Number.isInteger(Number(v));
  const unbalanced =
    whole(base) && outcomes.every(whole) && outcomes.reduce((a, v) => a + Number(v), 0) !== Number(base);
  c.compared += 1;
  const expected = unbalanced ? "yes" : "";
  if (row["as_published"] !== expected) {
    c.mismatches.push(
      `${pos}: the source's outcomes ${unbalanced ? "do not add up" : "add up"}, data ${key} as_published ${JSON.stringify(row["as_published"])}`,
    );
  }
}

/**
 * Microsoft's stated TOTAL row against the sum of its rows: where both the source and the data folder hold every
 * figure of a measure, the difference between total and sum must be the same in both (usually none).
 */
function statedTotal(c: Checker, totalAt: string, prefix: string, source: Map<string, Map<string, string>>): void {
  const total = source.get("total");
  if (!total) return;
  for (const [measure] of TABLE_COLUMNS) {
    const rows = [...source].filter(([code]) => code !== "total").map(([, v]) => v.get(measure) ?? "");
    const stated = total.get(measure) ?? "";
    if (!isCount(stated) || !rows.every(isCount)) continue;
    const sourceGap = Number(stated) - rows.reduce((n, v) => n + Number(v), 0);
    const data = [...c.data.rows].filter(([key]) => key.startsWith(prefix));
    const dataTotal = data.find(([key]) => key === `${prefix}total|`)?.[1][measure] ?? "";
    const dataRows = data.filter(([key]) => key !== `${prefix}total|`).map(([, r]) => r[measure] ?? "");
    if (!isCount(dataTotal) || !dataRows.every(isCount)) continue;
    c.totals += 1;
    if (sourceGap !== 0) c.totalsDiffer += 1;
    const dataGap = Number(dataTotal) - dataRows.reduce((n, v) => n + Number(v), 0);
    if (dataGap !== sourceGap) {
      c.mismatches.push(
        `${totalAt}: stated ${measure} total minus the sum of the rows is ${sourceGap} in the source, ${dataGap} in the data`,
      );
    }
  }
}

/** The figures beside the criminal table: US warrants for data abroad and the enterprise disclosures. */
function microsoftBeside(c: Checker, sheet: ExcelJS.Worksheet, at: (address: string) => string, period: string): void {
  const kinds: readonly (readonly [RegExp, string, string])[] = [
    [/warrants from U\.?S\.? law enforcement seeking consumer content/i, "us-warrants-consumer", "US|"],
    [/warrants from U\.?S\.? law enforcement resulting in disclosure of enterprise/i, "us-warrants-enterprise", "US|"],
    [/disclosures involving Dynamics 365/i, "enterprise-disclosures", "worldwide|dynamics-365"],
    [/disclosures involving Azure/i, "enterprise-disclosures", "worldwide|azure"],
  ];
  for (const [pattern, section, place] of kinds) {
    let column = 0;
    let lastTitle = 0;
    sheet.eachRow((row, r) => {
      row.eachCell((cell, col) => {
        if (pattern.test(words(cellText(cell)))) {
          column = col;
          lastTitle = r;
        }
      });
    });
    if (column === 0) continue;
    for (let r = lastTitle + 1; r <= sheet.rowCount; r++) {
      const cell = sheet.getRow(r).getCell(column);
      const value = cellText(cell);
      if (value.trim() === "") continue;
      // The titles say the warrants came from US law enforcement; the enterprise figures name no country.
      c.figure(at(cell.address), value, `${c.folder(section)}/${period}|${place}`, "requests");
      break;
    }
  }
}

/** The national-security bands: the US National Security Orders Report and 2022-H1's "NS" sheet. */
function microsoftBands(c: Checker, sheet: ExcelJS.Worksheet, at: (address: string) => string): void {
  const folder = c.folder("national-security");
  let firstRow = 0;
  sheet.eachRow((row, r) => {
    if (
      firstRow === 0 &&
      /Foreign Intelligence|FISA|National Security Letters/i.test(cellText(row.getCell(1)) + cellText(row.getCell(2)))
    )
      firstRow = r;
  });
  if (firstRow === 0) return;
  const columns = new Map<string, number>();
  for (let col = 1; col <= sheet.columnCount; col++) {
    const title = words(
      Array.from({ length: firstRow - 1 }, (_, i) => cellText(sheet.getRow(i + 1).getCell(col))).join(" "),
    );
    for (const [part, pattern] of BAND_COLUMNS) if (pattern.test(title) && !columns.has(part)) columns.set(part, col);
  }
  const seen = new Set<string>();
  for (let r = firstRow; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const authorityText = cellText(row.getCell(1)) + cellText(row.getCell(2));
    const fisa = /Foreign Intelligence|FISA/i.test(authorityText);
    if (!fisa && !/National Security Letters|NSL/i.test(authorityText)) continue;
    let period: string | undefined;
    row.eachCell((cell) => {
      const label = cellText(cell);
      const stated = periodOfLabel(label);
      if (!stated || period) return;
      // A slip in a label is kept only as IMPORT-LOG.md says.
      period = c.data.log.get(at(cell.address))?.find((e) => e.before === label)?.after ?? stated;
    });
    if (!period || seen.has(`${fisa}|${period}`)) continue;
    seen.add(`${fisa}|${period}`);
    const cell = (part: string) => row.getCell(columns.get(part) ?? 0);
    const pairs: [string, ExcelJS.Cell, ExcelJS.Cell][] = fisa
      ? [
          ["fisa-content", cell("contentOrders"), cell("contentAccounts")],
          ["fisa-non-content", cell("otherOrders"), cell("otherAccounts")],
        ]
      : [["nsl", cell("otherOrders"), cell("otherAccounts")]];
    if (!fisa) {
      // Letters cannot demand content: Microsoft writes N/A, and the log must say no figure was kept.
      for (const na of [cell("contentOrders"), cell("contentAccounts")]) {
        const value = cellText(na);
        if ((c.data.log.get(at(na.address)) ?? []).some((e) => e.before === value && e.after === "")) c.logged += 1;
        else c.mismatches.push(`${at(na.address)}: source ${JSON.stringify(value)}, no authority in data for it`);
        c.compared += 1;
      }
    }
    for (const [authority, orders, accounts] of pairs) {
      const key = `${folder}/${period}|US|${authority}`;
      const widths = new Set<number>();
      for (const [measure, band] of [
        ["demands", orders],
        ["accounts", accounts],
      ] as const) {
        const text = words(cellText(band));
        const m = /^([\d,]+) ?- ?([\d,]+)$/.exec(text);
        const low = m ? Number((m[1] ?? "").replace(/,/g, "")) : NaN;
        const high = m ? Number((m[2] ?? "").replace(/,/g, "")) : NaN;
        // A band is compared bound by bound, never through the log: writing "0 - 499" as 0 and 499 changes no figure.
        c.figure(`${at(band.address)}:low`, Number.isNaN(low) ? text : String(low), key, `${measure}_low`);
        c.figure(`${at(band.address)}:high`, Number.isNaN(high) ? text : String(high), key, `${measure}_high`);
        if (!Number.isNaN(low)) widths.add(high - low + 1);
      }
      for (const width of widths) c.figure(at(orders.address), String(width), key, "band_width");
    }
  }
}

const CHECKS: Record<string, (src: string, c: Checker) => Promise<void>> = { google, github, microsoft };

/** Figure cells of the data folder that no source figure reached. */
function unreached(c: Checker): string[] {
  const figures = [
    ...SUMMED,
    "some_data",
    "some_data_percent",
    "demands_low",
    "demands_high",
    "accounts_low",
    "accounts_high",
  ];
  const out: string[] = [];
  for (const [key, row] of c.data.rows) {
    for (const column of figures) {
      if ((row[column] ?? "") !== "" && !c.reached.has(`${key}|${column}`))
        out.push(`${key} ${column} ${JSON.stringify(row[column])}`);
    }
  }
  return out;
}

const [publisher, src, dir] = process.argv.slice(2);
const check = publisher ? CHECKS[publisher] : undefined;
if (!check || !src || !dir) {
  process.stderr.write(
    `usage: npm run import:check -- <${Object.keys(CHECKS).join("|")}> <source folder> <data folder>\n`,
  );
  process.exitCode = 1;
} else {
  try {
    const c = new Checker(await data(dir));
    await check(src, c);
    const extra = unreached(c);
    const worldwide = c.worldwide();
    const lines = [
      `${publisher}: ${c.compared} figures compared (${[...c.perSection].map(([s, n]) => `${s} ${n}`).join(", ")}), and ${worldwide} worldwide sums of counted columns per section and period`,
      `  ${c.compared + worldwide - c.logged - c.mismatches.length} equal, ${c.logged} changed as IMPORT-LOG.md says, ${c.mismatches.length} mismatches, ${extra.length} data figures without a source`,
      ...(c.totals > 0
        ? [
            `  ${c.totals} stated totals compared with the sum of their rows (${c.totalsDiffer} differ from it in the source, by as much in the data)`,
          ]
        : []),
      ...c.mismatches.map((m) => `  mismatch ${m}`),
      ...extra.map((m) => `  without a source: ${m}`),
    ];
    process.stdout.write(`${lines.join("\n")}\n`);
    if (c.mismatches.length > 0 || extra.length > 0) process.exitCode = 1;
  } catch (error) {
    process.stderr.write(`import:check failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
