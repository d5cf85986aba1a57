/**
 * `npm run import:check -- <publisher> <source folder> <data folder>`: reads every figure of the publisher's files
 * again, on its own (papaparse line by line, not the importer's reader), and compares each with the data folder's
 * CSVs. A figure that differs is fine only when IMPORT-LOG.md has an entry at that source position with that
 * value before and the data folder's value after. Every figure cell of the data folder must be reached from the
 * source. Prints counts per section and every mismatch; exits 1 on any.
 */
import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";
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
  for (const line of (await readFile(join(dir, "IMPORT-LOG.md"), "utf8")).split("\n")) {
    const cells = line.match(/(?<=\| )(?:[^|\\]|\\.)*(?= \|)/g);
    if (!cells || cells.length !== 5 || cells[0] === "kind" || cells[0] === "---") continue;
    const [, pos, before, after] = cells.map(untableCell);
    if (pos === undefined || before === undefined || after === undefined) continue;
    log.set(pos, [...(log.get(pos) ?? []), { before, after }]);
  }
  return { description, rows, log };
}

class Checker {
  compared = 0;
  logged = 0;
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
    if ((column === "requests" || column === "accounts") && this.countsInTotals(key)) {
      const file = `${key.slice(0, key.indexOf("|"))}|${column}`;
      this.sourceSums.set(file, (this.sourceSums.get(file) ?? 0) + Number(value || "0"));
    }
    const row = this.data.rows.get(key);
    const got = row?.[column];
    if (got === value) return;
    // An empty source figure on a row the importer left out, with the row's omission logged at its `file:line`.
    const rowPos = pos.split(":").slice(0, 2).join(":");
    if (!row && value === "" && (this.data.log.get(rowPos) ?? []).some((e) => e.after === "")) {
      this.logged += 1;
      return;
    }
    if (got !== undefined && (this.data.log.get(pos) ?? []).some((e) => e.before === value && e.after === got)) {
      this.logged += 1;
      return;
    }
    this.mismatches.push(
      `${pos}: source ${JSON.stringify(value)}, data ${key} ${column} ${JSON.stringify(got ?? null)}`,
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
   * The worldwide requests and accounts of every file, as the site adds them (rows in totals, never the stated
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

const CHECKS: Record<string, (src: string, c: Checker) => Promise<void>> = { google, github };

/** Figure cells of the data folder that no source figure reached. */
function unreached(c: Checker): string[] {
  const figures = [
    "requests",
    "accounts",
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
      `${publisher}: ${c.compared} figures compared (${[...c.perSection].map(([s, n]) => `${s} ${n}`).join(", ")}), and ${worldwide} worldwide sums of requests and accounts per section and period`,
      `  ${c.compared + worldwide - c.logged - c.mismatches.length} equal, ${c.logged} changed as IMPORT-LOG.md says, ${c.mismatches.length} mismatches, ${extra.length} data figures without a source`,
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
