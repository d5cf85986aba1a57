/**
 * One period file of a described counts section (docs/report-model.md): its columns follow the section's
 * measures, outcome scheme and processes, and its `country_code` cells may name a declared place or the
 * publisher's stated `total`. Built on the checks every CSV of the project shares (csv-table.ts), so a
 * header or ragged-row mistake reads the same here as in any other file.
 */
import { z } from "zod";
import { validateTableFile } from "../csv-table.ts";
import { isKnownCountryCode } from "../countries.ts";
import type { DataIssue } from "../issues.ts";
import { optionalCountCell } from "../schemas/count.ts";
import { checkNameBelongsToCode, countryNameCell } from "../schemas/request-row.ts";
import type { CountsSectionDescription, PlaceDescription } from "./description-schema.ts";

/** The four outcomes of the `four` scheme; `null` where the publisher left the cell empty. */
export interface FourOutcomes {
  readonly scheme: "four";
  readonly content: number | null;
  readonly nonContent: number | null;
  readonly noData: number | null;
  readonly rejected: number | null;
}

/** "Some data produced" as a count. */
export interface SomeDataCount {
  readonly scheme: "some-data-count";
  readonly someData: number | null;
}

/** "Some data produced" as the publisher's own percentage, kept exactly as written (`"73"`, `"12.5"`). */
export interface SomeDataPercent {
  readonly scheme: "some-data-percent";
  readonly percent: string | null;
}

export type RowOutcomes = FourOutcomes | SomeDataCount | SomeDataPercent | { readonly scheme: "none" };

/** What a row's `country_code` names. */
export type PlaceKind = "country" | "place" | "total";

/** One row of a counts section's period file, as the model keeps it. */
export interface CountsRow {
  /** Line of the file, for messages that point back at it. */
  readonly line: number;
  /** ISO code, a declared place's id, or `total`. */
  readonly place: string;
  readonly placeKind: PlaceKind;
  /** The name as written in the file. */
  readonly name: string;
  /** A declared process id or `all`; undefined when the section declares no processes. */
  readonly process: string | undefined;
  /** `null` when the publisher's cell gives no count (it is never taken as 0); undefined: the section counts only accounts. */
  readonly requests: number | null | undefined;
  /** `null`: not reported; undefined: the section does not have the measure. */
  readonly accounts: number | null | undefined;
  readonly notified: number | null | undefined;
  readonly outcomes: RowOutcomes;
  /**
   * The row's outcomes do not add up to its base (or exceed it), and the publisher gives them so: they are
   * shown as published and never added into a worldwide outcome. Only in sections with `asPublishedRows`.
   */
  readonly asPublished: boolean;
}

const FOUR_COLUMNS = ["content", "non_content", "no_data", "rejected"] as const;

/** The columns a section's files must have, in the order the downloads write them. */
export function countsColumns(section: CountsSectionDescription): string[] {
  const columns = ["country_code", "country"];
  if (section.processes) columns.push("process");
  if (section.measures.requests) columns.push("requests");
  if (section.measures.accounts) columns.push("accounts");
  if (section.measures.notified) columns.push("notified");
  const scheme = section.outcomes;
  if (scheme.scheme === "four") columns.push(...FOUR_COLUMNS);
  else if (scheme.scheme === "some-data") columns.push(scheme.given === "count" ? "some_data" : "some_data_percent");
  if (section.asPublishedRows) columns.push("as_published");
  return columns;
}

/** A published percentage: 0–100 with at most four decimals, written as the publisher wrote it. */
const PERCENT = /^(?:100(?:\.0{1,4})?|\d{1,2}(?:\.\d{1,4})?)$/;

const percentCell = z.string().superRefine((raw, ctx) => {
  if (raw === "" || PERCENT.test(raw)) return;
  const number = Number(raw.replace(/%$/, ""));
  const message = raw.endsWith("%")
    ? "has a % sign; write the number only, such as 73"
    : Number.isFinite(number) && number > 100
      ? "is above 100; a percentage is at most 100"
      : Number.isFinite(number) && number < 0
        ? "is negative; a percentage is at least 0"
        : "is not a percentage written as digits, such as 73 or 12.5 (at most four decimals)";
  ctx.addIssue({ code: "custom", message });
});

function codeCell(section: CountsSectionDescription, places: readonly PlaceDescription[]) {
  const placeIds = new Set(places.map((p) => p.id));
  return z.string().superRefine((code, ctx) => {
    if (placeIds.has(code)) return;
    if (code === "total") {
      if (!section.statedTotals) {
        ctx.addIssue({
          code: "custom",
          message: `is a stated total, but the section does not allow them; set "statedTotals": true in report.json, or remove the row (totals are computed)`,
        });
      }
      return;
    }
    if (/^[A-Z]{2}$/.test(code) && isKnownCountryCode(code)) return;
    const known = [...placeIds].map((id) => `"${id}"`).join(", ");
    ctx.addIssue({
      code: "custom",
      message: `is neither an ISO 3166-1 alpha-2 code${known === "" ? "" : `, a declared place (${known})`}${section.statedTotals ? ` nor "total"` : ""}; declare places that are not countries in report.json`,
    });
  });
}

function processCell(section: CountsSectionDescription) {
  const ids = (section.processes ?? []).map((p) => p.id);
  return z.string().superRefine((value, ctx) => {
    if (value === "all" || ids.includes(value)) return;
    ctx.addIssue({
      code: "custom",
      message: `is not a process of this section; use all or one of ${ids.join(", ")} (declared in report.json)`,
    });
  });
}

/** `yes` where the publisher's outcomes for the row do not add up; empty otherwise. */
const asPublishedCell = z.enum(["", "yes"], {
  error: "is not yes or empty: write yes where the outcomes are kept as published",
});

/** The zod schema of one row of the section's files. */
function rowSchema(section: CountsSectionDescription, places: readonly PlaceDescription[]) {
  const shape: Record<string, z.ZodType> = {
    country_code: codeCell(section, places),
    country: countryNameCell,
  };
  // Even requests may be left blank: an importer keeps a source cell it cannot read as a count blank
  // rather than invent one, and every total that would need it then says it is incomplete.
  if (section.measures.requests) shape["requests"] = optionalCountCell;
  if (section.processes) shape["process"] = processCell(section);
  if (section.measures.accounts) shape["accounts"] = optionalCountCell;
  if (section.measures.notified) shape["notified"] = optionalCountCell;
  const scheme = section.outcomes;
  if (scheme.scheme === "four") for (const column of FOUR_COLUMNS) shape[column] = optionalCountCell;
  if (scheme.scheme === "some-data")
    shape[scheme.given === "count" ? "some_data" : "some_data_percent"] =
      scheme.given === "count" ? optionalCountCell : percentCell;
  if (section.asPublishedRows) shape["as_published"] = asPublishedCell;
  const baseColumn = scheme.scheme !== "none" && scheme.per === "account" ? "accounts" : "requests";
  return z.object(shape).superRefine((row, ctx) => {
    const asPublished = row["as_published"] === "yes";
    // Outcomes that do not add up are refused, unless the row says the publisher gives them so.
    const unbalanced: { path: string; message: string }[] = [];
    const code = row["country_code"] as string;
    const name = row["country"] as string;
    // A declared place's id is never a code, so only country rows get the check every section's rows get.
    if (/^[A-Z]{2}$/.test(code)) checkNameBelongsToCode({ country_code: code, country: name }, ctx);
    // The stated total is the publisher's figure for the whole section; one process's total would be shown as it.
    if (code === "total" && section.processes && row["process"] !== "all") {
      ctx.addIssue({
        code: "custom",
        path: ["process"],
        message:
          "is the process of a stated total row, which covers every process: write all, or leave out a total given for one process",
      });
    }
    const base = row[baseColumn] as number | null;
    if (scheme.scheme === "four") {
      const values = FOUR_COLUMNS.map((c) => row[c] as number | null);
      const given = values.filter((v): v is number => v !== null);
      if (base !== null && given.length === values.length) {
        const sum = given.reduce((a, v) => a + v, 0);
        if (sum !== base) {
          unbalanced.push({
            path: baseColumn,
            message: `does not match the outcomes (counted per ${scheme.per}): content + non_content + no_data + rejected = ${values.join(" + ")} = ${sum}`,
          });
        }
      } else if (base !== null) {
        FOUR_COLUMNS.forEach((column, i) => {
          const value = values[i];
          if (value !== null && value !== undefined && value > base)
            unbalanced.push({ path: column, message: `is more than ${baseColumn} (${base})` });
        });
      }
    }
    if (scheme.scheme === "some-data" && scheme.given === "count") {
      const some = row["some_data"] as number | null;
      if (some !== null && base !== null && some > base)
        unbalanced.push({
          path: "some_data",
          message: `is more than ${baseColumn} (${base}); some data cannot have been produced for more than were received`,
        });
    }
    if (asPublished && unbalanced.length === 0) {
      // A row with a blank base or no outcome has nothing that could fail to add up: say so, not that it adds up.
      const outcomeColumns = scheme.scheme === "four" ? FOUR_COLUMNS : ["some_data"];
      const blank =
        base === null ? baseColumn : outcomeColumns.every((c) => row[c] === null) ? "every outcome" : undefined;
      ctx.addIssue({
        code: "custom",
        path: ["as_published"],
        message:
          blank === undefined
            ? "marks the row as published, but its outcomes add up and stay within the base; leave the cell empty"
            : `marks the row as published, but the row leaves ${blank} blank, so nothing on it can fail to add up; leave the cell empty`,
      });
    }
    if (!asPublished) {
      for (const issue of unbalanced) {
        const hint = section.asPublishedRows ? "; if the publisher gives it so, write yes in as_published" : "";
        ctx.addIssue({ code: "custom", path: [issue.path], message: `${issue.message}${hint}` });
      }
    }
  });
}

function outcomesOf(section: CountsSectionDescription, row: Record<string, unknown>): RowOutcomes {
  const scheme = section.outcomes;
  if (scheme.scheme === "four") {
    return {
      scheme: "four",
      content: row["content"] as number | null,
      nonContent: row["non_content"] as number | null,
      noData: row["no_data"] as number | null,
      rejected: row["rejected"] as number | null,
    };
  }
  if (scheme.scheme === "some-data" && scheme.given === "count")
    return { scheme: "some-data-count", someData: row["some_data"] as number | null };
  if (scheme.scheme === "some-data") {
    const raw = row["some_data_percent"] as string;
    return { scheme: "some-data-percent", percent: raw === "" ? null : raw };
  }
  return { scheme: "none" };
}

/** Measures an `all` row is compared on with its process rows. */
const COMPARED = ["requests", "accounts", "notified"] as const;

/**
 * Where a place has both an `all` row and process rows, the `all` row must equal the sum of the process
 * rows that count in totals, on every measure all of them give. They are never added together; this only
 * refuses a file that contradicts itself.
 */
function allRowIssues(file: string, section: CountsSectionDescription, rows: readonly CountsRow[]): DataIssue[] {
  const inTotals = new Set((section.processes ?? []).filter((p) => p.inTotals).map((p) => p.id));
  const issues: DataIssue[] = [];
  const byPlace = new Map<string, CountsRow[]>();
  for (const row of rows) byPlace.set(row.place, [...(byPlace.get(row.place) ?? []), row]);
  for (const placeRows of byPlace.values()) {
    const all = placeRows.find((r) => r.process === "all");
    const parts = placeRows.filter((r) => r.process !== "all" && r.process !== undefined && inTotals.has(r.process));
    if (!all || parts.length === 0) continue;
    for (const measure of COMPARED) {
      const stated = all[measure];
      const values = parts.map((r) => r[measure]);
      if (stated === null || stated === undefined || values.some((v) => v === null || v === undefined)) continue;
      const sum = values.reduce<number>((a, v) => a + (v ?? 0), 0);
      if (sum === stated) continue;
      issues.push({
        file,
        line: all.line,
        column: measure,
        value: String(stated),
        message: `is this place's all-process figure, but its process rows (lines ${parts.map((r) => r.line).join(", ")}) add up to ${sum}; the all row and the process rows must agree`,
      });
    }
  }
  return issues;
}

/** Validates one period file of a described counts section. */
export function validateCountsFile(
  file: string,
  text: string,
  section: CountsSectionDescription,
  places: readonly PlaceDescription[],
): { rows: CountsRow[]; issues: DataIssue[] } {
  const placeIds = new Set(places.map((p) => p.id));
  const hasProcesses = section.processes !== undefined;
  const result = validateTableFile(file, text, {
    columns: countsColumns(section),
    schema: rowSchema(section, places),
    rowNoun: "country",
    duplicate: (row) => {
      const code = row["country_code"] as string;
      const process = hasProcesses ? (row["process"] as string) : undefined;
      return {
        key: `${code}\u0000${process ?? ""}`,
        column: hasProcesses ? "process" : "country_code",
        value: hasProcesses ? `${code},${process ?? ""}` : code,
        message: (first) =>
          hasProcesses
            ? `repeats the place and process of line ${first}; each appears once per file`
            : `repeats the place of line ${first}; each appears once per file`,
      };
    },
    toRow: (row, line): CountsRow => {
      const code = row["country_code"] as string;
      return {
        line,
        place: code,
        placeKind: code === "total" ? "total" : placeIds.has(code) ? "place" : "country",
        name: row["country"] as string,
        process: hasProcesses ? (row["process"] as string) : undefined,
        requests: section.measures.requests ? (row["requests"] as number | null) : undefined,
        accounts: section.measures.accounts ? (row["accounts"] as number | null) : undefined,
        notified: section.measures.notified ? (row["notified"] as number | null) : undefined,
        outcomes: outcomesOf(section, row),
        asPublished: row["as_published"] === "yes",
      };
    },
  });
  if (result.issues.length === 0 && hasProcesses) result.issues.push(...allRowIssues(file, section, result.rows));
  return result;
}
