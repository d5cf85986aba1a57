/**
 * How a described report's figures read in a table cell. A figure the publisher did not report reads "not
 * reported", never 0; a published percentage reads exactly as published; a band reads as a band.
 */
import type { ReportBand } from "../../data/report/bands-file.ts";
import type { CountsRow } from "../../data/report/counts-file.ts";
import type { CountsSectionDescription } from "../../data/report/description-schema.ts";
import type { CountMeasure, CountOutcome, MeasureTotal } from "../../data/report/report-aggregate.ts";
import { formatCount } from "../../data/format.ts";
import { type Child, type El, h } from "../../render/tree.ts";

/** A count, or "not reported" for a blank the publisher left. */
export function countCell(value: number | null | undefined): El {
  if (value === null || value === undefined) return h("td", { class: "num not-reported" }, "not reported");
  return h("td", { class: "num" }, formatCount(value));
}

/** A worldwide total: the figure, or no figure with a mark that points at the note under the table. */
export function totalCell(total: MeasureTotal, noteId: string): Child {
  if (total.value !== null) return h("td", { class: "num" }, formatCount(total.value));
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
  const unbalanced = new Set(total.unbalanced ?? []);
  const places = (codes: readonly string[]) => {
    const who = codes.map((code) => names.get(code) ?? code);
    return `${who.length === 1 ? "1 place" : `${formatCount(who.length)} places`} (${who.join(", ")})`;
  };
  const blank = total.missing.filter((code) => !unbalanced.has(code));
  const reasons = [
    blank.length > 0 && `${places(blank)} did not report it`,
    unbalanced.size > 0 &&
      `${places([...unbalanced])} gave outcomes that do not add up, shown as published on their own rows`,
  ].filter((reason): reason is string => typeof reason === "string");
  return h(
    "p",
    { id, class: "note" },
    `* No complete worldwide figure for ${label.toLowerCase()}${when}: ${reasons.join("; ")}. The other places add up to ${formatCount(total.reported)}; that is not the worldwide figure.`,
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
  const out: { key: CountMeasure; label: string }[] = [];
  if (section.measures.requests) out.push({ key: "requests", label: section.measures.requests.label });
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
export function outcomeCell(row: CountsRow, key: CountOutcome | "percent"): Child {
  const cell = plainOutcomeCell(row, key);
  // Said in words in the cell itself, so that it is not lost when the row is copied or read aloud on its own.
  if (!row.asPublished || cell.attrs["class"] === "num not-reported") return cell;
  return { ...cell, children: [...cell.children, " (as published)"] };
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
