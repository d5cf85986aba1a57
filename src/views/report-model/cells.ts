/**
 * How a described report's figures read in a table cell. A figure the publisher did not report reads "not
 * reported", never 0; a published percentage reads exactly as published; a band reads as a band.
 */
import type { ReportBand } from "../../data/report/bands-file.ts";
import type { CountsRow } from "../../data/report/counts-file.ts";
import type { CountsSectionDescription } from "../../data/report/description-schema.ts";
import type { CountMeasure, CountOutcome, MeasureTotal } from "../../data/report/report-aggregate.ts";
import { formatCount } from "../../data/format.ts";
import type { ReportPeriod } from "../../data/report/report-period.ts";
import { type Child, h } from "../../render/tree.ts";

/**
 * The "†" marks of one cell, one per correction that changed it (views/report-model/corrections.ts); `place` is
 * a place's code, or "sum" for the worldwide sum of the rows.
 */
export type CellMarks = (place: string, period: ReportPeriod, column: string) => Child;

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
export function countCell(value: number | null | undefined, mark: Child = null): Child {
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

/** The sentence under a table that says why a total is missing, naming who left it blank. */
export function incompleteNote(
  label: string,
  total: MeasureTotal,
  names: ReadonlyMap<string, string>,
  id: string,
  when = "",
): Child {
  if (total.value !== null) return null;
  const who = total.missing.map((code) => names.get(code) ?? code);
  const count = who.length === 1 ? "1 place" : `${formatCount(who.length)} places`;
  return h(
    "p",
    { id, class: "note" },
    `* No complete worldwide figure for ${label.toLowerCase()}${when}: ${count} did not report it (${who.join(", ")}). The places that did report it add up to ${formatCount(total.reported)}; that is not the worldwide figure.`,
  );
}

/** A band as shown: `0–249`, or `2–499` with the stated minimum said in words. */
export function bandText(band: ReportBand | null): string {
  if (band === null) return "not reported";
  const text = `${formatCount(band.low)}\u2013${formatCount(band.high)}`;
  return band.knownMinimum ? `${text} (at least ${formatCount(band.low)})` : text;
}

/** The measures a section has, in column order, with the publisher's words. */
export function measureColumns(section: CountsSectionDescription): { key: CountMeasure; label: string }[] {
  const out: { key: CountMeasure; label: string }[] = [{ key: "requests", label: section.measures.requests.label }];
  if (section.measures.accounts) out.push({ key: "accounts", label: section.measures.accounts.label });
  if (section.measures.notified) out.push({ key: "notified", label: section.measures.notified.label });
  return out;
}

/** The outcome columns of a section's scheme, each labelled with the word it counts per. */
export function outcomeColumns(section: CountsSectionDescription): { key: CountOutcome | "percent"; label: string }[] {
  const scheme = section.outcomes;
  if (scheme.scheme === "none") return [];
  const per = scheme.per === "account" ? " (accounts)" : "";
  if (scheme.scheme === "some-data") {
    return [
      {
        key: scheme.given === "count" ? "someData" : "percent",
        label: `${scheme.label}${scheme.given === "percent" ? " (% of requests)" : per}`,
      },
    ];
  }
  return [
    { key: "content", label: `Content disclosed${per}` },
    { key: "nonContent", label: `Only non-content data disclosed${per}` },
    { key: "noData", label: `No data found${per}` },
    { key: "rejected", label: `Rejected${per}` },
  ];
}

/** One outcome of one row, as its cell. */
export function outcomeCell(row: CountsRow, key: CountOutcome | "percent", mark: Child = null): Child {
  const o = row.outcomes;
  if (key === "percent") {
    if (o.scheme !== "some-data-percent" || o.percent === null) return countCell(null, mark);
    return h("td", { class: "num" }, `${o.percent}%`, mark);
  }
  if (o.scheme === "four" && key !== "someData") return countCell(o[key], mark);
  if (o.scheme === "some-data-count" && key === "someData") return countCell(o.someData, mark);
  return countCell(null, mark);
}
