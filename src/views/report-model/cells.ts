/**
 * How a described report's figures read in a table cell. A figure the publisher did not report reads "not
 * reported", never 0; a published percentage reads exactly as published; a band reads as a band.
 */
import type { CountsRow } from "../../data/report/counts-file.ts";
import type { CountMeasure, CountOutcome, MeasureTotal } from "../../data/report/report-aggregate.ts";
import { formatCount } from "../../data/format.ts";
import type { ReportPeriod } from "../../data/report/report-period.ts";
import {
  bandText,
  incompleteLeavesUnnamed,
  incompleteSentence,
  measureColumns,
  namedOnPeriodPage,
  outcomeColumns,
} from "../../payloads/report-words.ts";
import { type Child, type El, h } from "../../render/tree.ts";

/**
 * The "†" marks of one cell, one per correction that changed it (views/report-model/corrections.ts); `place` is
 * a place's code, or "sum" for the worldwide sum of the rows; `process` is the process of the row the cell is in.
 */
export type CellMarks = (place: string, period: ReportPeriod, column: string, process?: string) => Child;

/** The column of a section's files that holds a measure or outcome: what a correction names. */
export function fileColumn(key: CountMeasure | CountOutcome | "percent"): string {
  const columns: Partial<Record<string, string>> = {
    nonContent: "non_content",
    noData: "no_data",
    someData: "some_data",
    percent: "some_data_percent",
  };
  return columns[key] ?? key;
}

/** A count, or "not reported" for a blank the publisher left; `mark` follows it when a correction changed it. */
export function countCell(value: number | null | undefined, mark: Child = null): El {
  if (value === null || value === undefined) return h("td", { class: "num not-reported" }, "not reported", mark);
  return h("td", { class: "num" }, formatCount(value), mark);
}

/**
 * A worldwide total: the figure, or no figure with a mark that points at the note under the table. A
 * correction's mark goes only beside a figure: a total that is not given has none to mark.
 */
export function totalCell(total: MeasureTotal, noteId: string, mark: Child = null): Child {
  if (total.value !== null) return h("td", { class: "num" }, formatCount(total.value), mark);
  return h(
    "td",
    { class: "num not-reported" },
    "no complete figure",
    h("a", { href: `#${noteId}`, "aria-label": "why there is no complete figure" }, "*"),
  );
}

/** Where a note that names only a few places sends readers for the rest: the period page's own note. */
export interface NamedElsewhere {
  readonly nameUpTo: number;
  readonly href: string;
  readonly periodLabel: string;
}

/**
 * The sentence under a table that says why a total is missing, naming who left it blank; with `elsewhere`, a
 * note that would name more places than it allows gives their count and links to the page that names them.
 */
export function incompleteNote(
  label: string,
  total: MeasureTotal,
  names: ReadonlyMap<string, string>,
  id: string,
  when = "",
  elsewhere?: NamedElsewhere,
): Child {
  const sentence = incompleteSentence(label, total, names, when, elsewhere?.nameUpTo);
  if (sentence === undefined) return null;
  const link =
    elsewhere && incompleteLeavesUnnamed(total, elsewhere.nameUpTo)
      ? [" ", h("a", { href: elsewhere.href }, namedOnPeriodPage(elsewhere.periodLabel))]
      : [];
  return h("p", { id, class: "note" }, `* ${sentence}`, link);
}

export { bandText, measureColumns, outcomeColumns };

/** One outcome of one row, as its cell. */
export function outcomeCell(row: CountsRow, key: CountOutcome | "percent", mark: Child = null): El {
  const cell = plainOutcomeCell(row, key);
  // Said in words in the cell itself, so that it is not lost when the row is copied or read aloud on its own.
  const asPublished = row.asPublished && cell.attrs["class"] !== "num not-reported" ? [" (as published)"] : [];
  // The cell is new (plainOutcomeCell makes one per call), so it takes the words and the mark in place: a
  // copy of it for each of a period's thousands of cells was the largest part of what its tables allocated.
  cell.children.push(...asPublished, mark);
  return cell;
}

function plainOutcomeCell(row: CountsRow, key: CountOutcome | "percent"): El {
  const o = row.outcomes;
  if (key === "percent") {
    if (o.scheme !== "some-data-percent" || o.percent === null) return countCell(null);
    return h("td", { class: "num" }, `${o.percent}%`);
  }
  if (o.scheme === "four" && key !== "someData") return countCell(o[key]);
  if (o.scheme === "some-data-count" && key === "someData") return countCell(o.someData);
  return countCell(null);
}
