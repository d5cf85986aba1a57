/**
 * Microsoft's US National Security Orders Report: FISA orders (content and non-content) and National Security
 * Letters, each half-year as bands ("0 - 999", "11,000 - 11,999"), from July 2011. The same bands for the latest
 * half-year are repeated in the "NS" sheet of the 2022-H1 Law Enforcement Requests Report.
 */
import type ExcelJS from "exceljs";
import { SourceError, type Adjustment } from "../types.ts";
import { isMergedCopy, plain, readCell, shown } from "./cells.ts";
import { parsePeriodId, periodFromIndex, periodId, periodIndex } from "../../../src/data/period.ts";

export type AuthorityId = "fisa-content" | "fisa-non-content" | "nsl";

export interface Band {
  readonly low: number;
  readonly high: number;
}

export interface BandRow {
  readonly authority: AuthorityId;
  readonly width: number;
  readonly demands: Band;
  readonly accounts: Band;
}

/** Rows by period id ("2011-H2"). */
export type BandsByPeriod = Map<string, BandRow[]>;

/** The widths the data folder accepts (national-security.schema.json). */
const WIDTHS = new Set([100, 250, 500, 1000]);

function bandFrom(source: string, text: string, log: Adjustment[]): Band {
  const match = /^(\d{1,3}(?:,\d{3})*|\d+) - (\d{1,3}(?:,\d{3})*|\d+)$/.exec(text.trim());
  if (!match) throw new SourceError(source, text, 'is not a band such as "0 - 499"');
  const [, lowText = "", highText = ""] = match;
  const low = Number(lowText.replaceAll(",", ""));
  const high = Number(highText.replaceAll(",", ""));
  const width = high - low + 1;
  if (!WIDTHS.has(width) || low % width !== 0) {
    throw new SourceError(source, text, "is not a band of 100, 250, 500 or 1000 starting at a multiple of its width");
  }
  log.push({
    kind: "band",
    source,
    before: text,
    after: `${low}–${high}`,
    note: `A band of ${width}, written as its inclusive low and high bounds.`,
  });
  return { low, high };
}

function bandRow(
  where: (address: string) => string,
  sheet: ExcelJS.Worksheet,
  authority: AuthorityId,
  demandsAddress: string,
  accountsAddress: string,
  log: Adjustment[],
): BandRow {
  const text = (address: string): string => {
    const read = readCell(sheet, address);
    if (read.kind !== "text") throw new SourceError(where(address), shown(read), 'is not a band such as "0 - 499"');
    return read.value;
  };
  const demands = bandFrom(where(demandsAddress), text(demandsAddress), log);
  const accounts = bandFrom(where(accountsAddress), text(accountsAddress), log);
  const width = demands.high - demands.low + 1;
  if (accounts.high - accounts.low + 1 !== width) {
    throw new SourceError(
      where(accountsAddress),
      text(accountsAddress),
      `is a band of another width than ${where(demandsAddress)}; a row has one width`,
    );
  }
  return { authority, width, demands, accounts };
}

/** N/A: letters cannot demand content, so there is no figure to keep; logged so every skipped cell is accounted for. */
function notApplicable(
  where: (address: string) => string,
  sheet: ExcelJS.Worksheet,
  addresses: string[],
  log: Adjustment[],
): void {
  for (const address of addresses) {
    const read = readCell(sheet, address);
    if (read.kind !== "text" || read.value.trim() !== "N/A") {
      throw new SourceError(
        where(address),
        shown(read),
        'is not "N/A"; National Security Letters cannot demand content',
      );
    }
    log.push({
      kind: "not-reported",
      source: where(address),
      before: "N/A",
      after: "",
      note: "National Security Letters cannot demand content; no row is written for it.",
    });
  }
}

const HALF = /^(Jan - June|July - Dec) (\d{4})$/;

function periodOf(label: string): string | undefined {
  const match = HALF.exec(plain(label));
  if (!match) return undefined;
  return periodId({ year: Number(match[2]), half: match[1] === "Jan - June" ? 1 : 2 });
}

/** The half-year after a period id this module built. */
function next(period: string): string {
  const parsed = parsePeriodId(period);
  if (!parsed) throw new Error(`not a period id: ${period}`);
  return periodId(periodFromIndex(periodIndex(parsed) + 1));
}

const NSO_TITLES: Readonly<Record<string, RegExp>> = {
  D: /^Orders seeking disclosure of content$/,
  E: /^Accounts impacted by orders seeking content$/,
  F: /^Orders seeking disclosure of only non-content$/,
  G: /^Accounts impacted by non-content orders$/,
};

const FISA = /^Foreign Intelligence Surveillance Act \(FISA\) Orders\**$/;
const NSL = /^National Security Letters \(NSL\**\)$/;

/** The whole US National Security Orders Report workbook. */
export function readNationalSecurityOrders(file: string, sheet: ExcelJS.Worksheet, log: Adjustment[]): BandsByPeriod {
  const where = (address: string): string => `${file}!${sheet.name}!${address}`;
  for (const [column, pattern] of Object.entries(NSO_TITLES)) {
    const read = readCell(sheet, `${column}3`);
    if (read.kind !== "text" || !pattern.test(plain(read.value))) {
      throw new SourceError(
        where(`${column}3`),
        shown(read),
        `is not the column title the report has here (${pattern.source.slice(1, -1)})`,
      );
    }
  }
  const result: BandsByPeriod = new Map();
  let authority: "fisa" | "nsl" | undefined;
  let expected: string | undefined;
  const blocks = new Set<string>();
  for (let row = 4; row <= sheet.rowCount; row++) {
    const head = readCell(sheet, `B${row}`);
    if (head.kind === "text" && head.value.trim() !== "" && !isMergedCopy(sheet, `B${row}`)) {
      const label = plain(head.value);
      if (FISA.test(label)) authority = "fisa";
      else if (NSL.test(label)) authority = "nsl";
      else
        throw new SourceError(
          where(`B${row}`),
          label,
          "is not an authority this report has (FISA orders or National Security Letters)",
        );
      if (blocks.has(authority))
        throw new SourceError(where(`B${row}`), label, "starts a second block for the same authority");
      blocks.add(authority);
      expected = undefined;
    }
    const periodCell = readCell(sheet, `C${row}`);
    if (periodCell.kind === "empty") continue;
    if (!authority)
      throw new SourceError(where(`C${row}`), shown(periodCell), "is a period before any authority's heading");
    const label = shown(periodCell);
    let period = periodOf(label);
    if (!period)
      throw new SourceError(
        where(`C${row}`),
        label,
        'is not a half-year such as "Jan - June 2012" or "July - Dec 2012"',
      );
    if (expected && period !== expected) {
      // The FISA block reads "July - Dec 2019" twice, the first time between Jan - June 2018 and Jan - June 2019:
      // the row's place, and the NSL block's matching row, make it July - Dec 2018.
      const following = periodOf(shown(readCell(sheet, `C${row + 1}`)));
      if (following !== next(expected)) {
        throw new SourceError(
          where(`C${row}`),
          label,
          `is out of sequence: ${expected} was expected after the row above`,
        );
      }
      log.push({
        kind: "other",
        source: where(`C${row}`),
        before: label,
        after: expected,
        note: `The row lies between ${shown(readCell(sheet, `C${row - 1}`))} and ${shown(readCell(sheet, `C${row + 1}`))}, so its label is taken as a slip for ${expected}.`,
      });
      period = expected;
    }
    expected = next(period);
    const rows = result.get(period) ?? [];
    if (authority === "fisa") {
      rows.push(bandRow(where, sheet, "fisa-content", `D${row}`, `E${row}`, log));
      rows.push(bandRow(where, sheet, "fisa-non-content", `F${row}`, `G${row}`, log));
    } else {
      notApplicable(where, sheet, [`D${row}`, `E${row}`], log);
      rows.push(bandRow(where, sheet, "nsl", `F${row}`, `G${row}`, log));
    }
    result.set(period, rows);
  }
  if (!blocks.has("fisa") || !blocks.has("nsl")) {
    throw new SourceError(
      where("B4"),
      shown(readCell(sheet, "B4")),
      "does not start both the FISA and the NSL blocks the report has",
    );
  }
  return result;
}

const NS_TITLES: Readonly<Record<string, RegExp>> = {
  B: /^Orders seeking disclosure of content$/,
  C: /^Accounts impacted by orders seeking content$/,
  D: /^Orders seeking disclosure of only non-content$/,
  E: /^Accounts impacted by non-content orders$/,
};

const REPORTING = /^Reporting Period: (January|July) (\d{4}) - (June|December) (\d{4})$/;

/** The "NS" sheet of the 2022-H1 workbook: one half-year, FISA orders on one row and letters on another. */
export function readNationalSecuritySheet(file: string, sheet: ExcelJS.Worksheet, log: Adjustment[]): BandsByPeriod {
  const where = (address: string): string => `${file}!${sheet.name}!${address}`;
  for (const [column, pattern] of Object.entries(NS_TITLES)) {
    const title = plain([1, 2, 3].map((row) => shown(readCell(sheet, `${column}${row}`))).join(" "));
    if (!pattern.test(title)) {
      throw new SourceError(
        where(`${column}1`),
        title,
        `is not the column title the sheet has here (${pattern.source.slice(1, -1)})`,
      );
    }
  }
  const result: BandsByPeriod = new Map();
  for (let row = 4; row <= sheet.rowCount; row++) {
    const head = readCell(sheet, `A${row}`);
    if (head.kind !== "text" || isMergedCopy(sheet, `A${row}`)) continue;
    const label = plain(head.value);
    const isFisa = FISA.test(label);
    if (!isFisa && !NSL.test(label))
      throw new SourceError(
        where(`A${row}`),
        label,
        "is not an authority this sheet has (FISA orders or National Security Letters)",
      );
    const reporting = plain(shown(readCell(sheet, `F${row}`)));
    const match = REPORTING.exec(reporting);
    if (!match || match[2] !== match[4] || (match[1] === "January") !== (match[3] === "June")) {
      throw new SourceError(
        where(`F${row}`),
        reporting,
        'is not a half-year such as "Reporting Period: July 2021 - December 2021"',
      );
    }
    const period = periodId({ year: Number(match[2]), half: match[1] === "January" ? 1 : 2 });
    const rows = result.get(period) ?? [];
    if (isFisa) {
      rows.push(bandRow(where, sheet, "fisa-content", `B${row}`, `C${row}`, log));
      rows.push(bandRow(where, sheet, "fisa-non-content", `D${row}`, `E${row}`, log));
    } else {
      notApplicable(where, sheet, [`B${row}`, `C${row}`], log);
      rows.push(bandRow(where, sheet, "nsl", `D${row}`, `E${row}`, log));
    }
    result.set(period, rows);
  }
  return result;
}
