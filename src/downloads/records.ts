import { basisPoints, countrySeries } from "../data/aggregate.ts";
import type { Dataset, PeriodData, RequestRow } from "../data/dataset.ts";
import { COLUMNS } from "../data/columns.ts";
import { periodId } from "../data/period.ts";
import { SHARE_COLUMNS } from "./columns.ts";

/** A cell of a download: text, a count, a percentage in basis points, or nothing (blank). */
export type Cell = string | number | { readonly basisPoints: number } | null;

/** One row of a download, keyed by column name. */
export type DownloadRecord = Readonly<Record<string, Cell>>;

/** A row of the data as a download record: the contract's columns plus the computed percentages. */
export function rowRecord(row: RequestRow): DownloadRecord {
  // COLUMNS names the row field behind each CSV column, so this mapping is not written twice.
  const record: Record<string, Cell> = {};
  for (const column of COLUMNS) record[column.name] = row[column.field];
  for (const column of SHARE_COLUMNS) {
    const bp = basisPoints(row[column.outcome], row.requests);
    record[column.name] = bp === null ? null : { basisPoints: bp };
  }
  return record;
}

/** Every row of one period, in the order of its file. */
export function periodRecords(data: PeriodData): DownloadRecord[] {
  return data.rows.map(rowRecord);
}

/** Every row of every period, oldest period first, a period at a time, each with its `period`. */
export function* allPeriodBatches(dataset: Dataset): Generator<DownloadRecord[]> {
  for (const p of dataset.periods) {
    const period = periodId(p.period);
    yield p.rows.map((row) => ({ period, ...rowRecord(row) }));
  }
}

/** A country's rows, oldest first. Periods in which it made no requests have no row, as in the data. */
export function countryRecords(dataset: Dataset, code: string): DownloadRecord[] {
  return countrySeries(dataset, code).flatMap(({ period, row }) =>
    row ? [{ period: periodId(period), ...rowRecord(row) }] : [],
  );
}

/** Every correction as a download record, newest first; the CSV writer guards the notes against formulas. */
export function correctionRecords(dataset: Dataset): DownloadRecord[] {
  return (dataset.corrections ?? []).map((c) => ({
    date: c.date,
    period: c.period,
    country_code: c.countryCode ?? "",
    section: c.section ?? "",
    figures: (c.figures ?? []).map((f) => COLUMNS.find((col) => col.field === f)?.name ?? f).join(" "),
    note: c.note,
  }));
}
