/**
 * One country table of a Law Enforcement Requests Report workbook (criminal, emergency, civil or Skype), read into
 * rows of counts with every adjustment logged. The figures are the workbook's own: typed values, or the results its
 * formulas stored when Microsoft saved it.
 */
import type ExcelJS from "exceljs";
import { codeForName, displayName, normaliseName } from "../aliases.ts";
import { SourceError, type Adjustment } from "../types.ts";
import { isMergedCopy, plain, readCell, shown, type CellRead } from "./cells.ts";
import { MEASURES, TITLES, type Measure, type SheetSpec } from "./layouts.ts";

export type Counts = Record<Measure, number | undefined>;

export interface CountsRow {
  /** The sheet row, for positions in the log. */
  readonly row: number;
  readonly code: string;
  readonly name: string;
  readonly values: Counts;
}

export interface CountsTable {
  readonly rows: readonly CountsRow[];
  readonly total?: Counts;
  /** Footnotes found under the table, by the name they mark. */
  readonly footnotes: readonly string[];
  /** Sheet rows whose outcomes do not add up to the base: kept as Microsoft gives them, marked `as_published`. */
  readonly asPublished: ReadonlySet<number>;
  /** True when the total row's outcomes do not add up either. */
  readonly totalAsPublished: boolean;
}

const OUTCOMES: readonly Measure[] = ["content", "nonContent", "noData", "rejected"];

/** Within this of a whole number, a fraction is floating-point noise from the workbook's own arithmetic. */
const NOISE = 1e-6;

/**
 * A count as the data folder holds it: a whole number, or undefined (not reported). A fraction far from a whole
 * number is not rounded: in the 2015-H2 workbook such a cell is a formula that added a percentage to a count, so any
 * whole number written for it would be one Microsoft never stated.
 */
export function countFrom(source: string, read: CellRead, log: Adjustment[]): number | undefined {
  switch (read.kind) {
    case "empty":
      log.push({
        kind: "not-reported",
        source,
        before: read.raw ?? "",
        after: "",
        note: read.formula
          ? "The formula has no stored result; kept as not reported."
          : read.raw
            ? "The cell holds only spaces; kept as not reported."
            : "The cell is empty; kept as not reported.",
      });
      return undefined;
    case "error":
      throw new SourceError(source, read.value, "is an error value where a count belongs");
    case "text":
      throw new SourceError(source, read.value, "is text where a count belongs");
    case "number": {
      const value = read.value;
      if (value < 0) throw new SourceError(source, String(value), "is negative where a count belongs");
      if (Number.isInteger(value)) return value;
      const whole = Math.round(value);
      if (Math.abs(value - whole) < NOISE) {
        log.push({
          kind: "rounded",
          source,
          before: String(value),
          after: String(whole),
          note: "Floating-point noise in the workbook's arithmetic, rounded to the whole count.",
        });
        return whole;
      }
      log.push({
        kind: "not-reported",
        source,
        before: String(value),
        after: "",
        note: "A count cannot be fractional and rounding would state a figure the workbook does not hold; kept as not reported.",
      });
      return undefined;
    }
  }
}

function checkTitles(file: string, sheet: ExcelJS.Worksheet, spec: SheetSpec): void {
  const { layout } = spec;
  for (const measure of MEASURES) {
    const place = layout.columns[measure];
    const address = `${place.title}${layout.titleRow}`;
    const read = readCell(sheet, address);
    const text = read.kind === "text" ? plain(read.value) : shown(read);
    if (read.kind !== "text" || !TITLES[measure].pattern.test(text)) {
      throw new SourceError(
        `${file}!${spec.sheet}!${address}`,
        text,
        `is not the column title the ${layout.id} layout has here ("${TITLES[measure].expected}")`,
      );
    }
    // Where the title cell is merged down over the mark row (2013-H1's requests and accounts) there is no mark.
    if (layout.markRow !== undefined && !isMergedCopy(sheet, `${place.value}${layout.markRow}`)) {
      const markAddress = `${place.value}${layout.markRow}`;
      const mark = readCell(sheet, markAddress);
      if (mark.kind !== "text" || mark.value.trim() !== "#") {
        throw new SourceError(
          `${file}!${spec.sheet}!${markAddress}`,
          shown(mark),
          'is not the "#" mark over a column of counts',
        );
      }
    }
  }
}

function nameAt(sheet: ExcelJS.Worksheet, address: string): string | undefined {
  const read = readCell(sheet, address);
  if (read.kind === "empty") return undefined;
  return shown(read);
}

/** True when any count column of the row holds something. */
function hasFigures(sheet: ExcelJS.Worksheet, spec: SheetSpec, row: number): boolean {
  return MEASURES.some((m) => readCell(sheet, `${spec.layout.columns[m].value}${row}`).kind !== "empty");
}

export function readCountsTable(
  file: string,
  sheet: ExcelJS.Worksheet,
  spec: SheetSpec,
  per: "request" | "account",
  log: Adjustment[],
): CountsTable {
  checkTitles(file, sheet, spec);
  const { layout } = spec;
  const where = (address: string): string => `${file}!${spec.sheet}!${address}`;
  const totalName = nameAt(sheet, `${layout.nameColumn}${layout.totalRow}`);
  if (totalName?.trim() !== "TOTAL") {
    throw new SourceError(
      where(`${layout.nameColumn}${layout.totalRow}`),
      totalName ?? "",
      'is not the "TOTAL" row the layout has here',
    );
  }

  const readRow = (row: number): Counts => {
    const values = {} as Counts;
    for (const m of MEASURES) {
      const address = `${layout.columns[m].value}${row}`;
      values[m] = countFrom(where(address), readCell(sheet, address), log);
    }
    return values;
  };

  // Said once per sheet rather than per cell: the data folder has no place for Microsoft's own percentages.
  log.push({
    kind: "other",
    source: where(`${layout.columns.content.title}${layout.titleRow}`),
    before: "%",
    after: "",
    note: "Microsoft's percentage columns are not kept: the data folder holds the counts they come from, and shares are computed from those.",
  });
  const total = readRow(layout.totalRow);
  log.push({
    kind: "stated-total",
    source: where(`${layout.nameColumn}${layout.totalRow}`),
    before: "TOTAL",
    after: "total",
    note: "Microsoft's own total row, kept as the stated total beside the sum of the rows.",
  });

  const rows: CountsRow[] = [];
  const seen = new Map<string, string>();
  const footnotes: string[] = [];
  let row = layout.totalRow + 1;
  let ended = false;
  for (; row <= sheet.rowCount; row++) {
    const address = `${layout.nameColumn}${row}`;
    const raw = nameAt(sheet, address);
    if (raw === undefined) {
      if (hasFigures(sheet, spec, row))
        throw new SourceError(where(address), "", "is a row of figures without a country name");
      ended = true;
      continue;
    }
    if (raw.trim().startsWith("*")) {
      footnotes.push(plain(raw.trim().replace(/^\*+/, "")));
      log.push({
        kind: "other",
        source: where(address),
        before: plain(raw),
        after: "",
        note: "A footnote under the table, kept as a coverage note.",
      });
      continue;
    }
    if (ended) {
      // Some sheets (2017-H2 emergencies, 2022-H1 civil and emergencies) hold stray names far below the table.
      if (hasFigures(sheet, spec, row))
        throw new SourceError(where(address), raw, "has figures below the end of the table");
      log.push({
        kind: "other",
        source: where(address),
        before: raw,
        after: "",
        note: "A name with no figures below the end of the table; not a row of the report.",
      });
      continue;
    }
    const code = codeForName(raw);
    if (!code) {
      throw new SourceError(
        where(address),
        raw,
        "is not a country name in the alias table (scripts/import/aliases.ts)",
      );
    }
    const earlier = seen.get(code);
    if (earlier) throw new SourceError(where(address), raw, `names the same country (${code}) as ${earlier}`);
    seen.set(code, where(address));
    const name = displayName(code);
    if (raw !== name) {
      const { changes } = normaliseName(raw);
      log.push({
        kind: "name-mapped",
        source: where(address),
        before: raw,
        after: `${code} ${name}`,
        note: changes.length ? `Alias table, after normalising the name (${changes.join(", ")}).` : "Alias table.",
      });
    }
    rows.push({ row, code, name, values: readRow(row) });
  }

  // Compared on the figures as the workbook holds them, before any row's outcomes are set aside below.
  for (const m of MEASURES) {
    const stated = total[m];
    if (stated === undefined) continue;
    const reported = rows.map((x) => x.values[m]).filter((v): v is number => v !== undefined);
    const sum = reported.reduce((a, b) => a + b, 0);
    if (sum !== stated) {
      log.push({
        kind: "total-differs",
        source: where(`${layout.columns[m].value}${layout.totalRow}`),
        before: String(stated),
        after: String(sum),
        note: `The stated total differs from the sum of the ${reported.length === rows.length ? "" : "reported "}rows; both are kept.`,
      });
    }
  }

  const asPublished = new Set<number>();
  const checkOutcomes = (values: Counts, row: number): boolean => {
    const base = per === "account" ? values.accounts : values.requests;
    const outcomes = OUTCOMES.map((m) => values[m]);
    if (base === undefined || outcomes.some((v) => v === undefined)) return false;
    const sum = (outcomes as number[]).reduce((a, b) => a + b, 0);
    if (sum === base) return false;
    const first = layout.columns.content.value;
    const last = layout.columns.rejected.value;
    log.push({
      kind: "other",
      source: where(`${first}${row}:${last}${row}`),
      before: (outcomes as number[]).join(" + "),
      after: (outcomes as number[]).join(" + "),
      note: `The four outcomes add up to ${sum}, not the row's ${base} ${per}s; kept as Microsoft gives them, marked as_published, and never added into a worldwide outcome.`,
    });
    return true;
  };
  const totalAsPublished = checkOutcomes(total, layout.totalRow);
  for (const entry of rows) if (checkOutcomes(entry.values, entry.row)) asPublished.add(entry.row);

  return { rows, total, footnotes, asPublished, totalAsPublished };
}
