/**
 * The words of a described report's figures, written once: column labels (each outcome labelled per request or
 * per account as declared), process labels, bands, and the sentences that explain a total. The pages
 * (src/views/report-model/), the workbook and the PDF (src/downloads/report-model/) all read them from here, so
 * a figure is explained the same way in every output.
 */
import type { ReportBand } from "../data/report/bands-file.ts";
import type { CountsRow } from "../data/report/counts-file.ts";
import type { BandsSectionDescription, CountsSectionDescription } from "../data/report/description-schema.ts";
import type { CountMeasure, CountOutcome, MeasureTotal, StatedAgainstSum } from "../data/report/report-aggregate.ts";
import { formatCount } from "../data/format.ts";

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

/** One outcome of one row as a figure: a count, the publisher's percentage as written, or null (not reported). */
export function outcomeFigure(row: CountsRow, key: CountOutcome | "percent"): number | string | null {
  const o = row.outcomes;
  if (key === "percent") return o.scheme === "some-data-percent" ? o.percent : null;
  if (o.scheme === "four" && key !== "someData") return o[key];
  if (o.scheme === "some-data-count" && key === "someData") return o.someData;
  return null;
}

/** A process id as readers see it; `all` is every process together, and a process outside totals says so. */
export function processLabel(section: CountsSectionDescription, id: string | undefined): string {
  if (id === undefined) return "";
  if (id === "all") return "All processes";
  const process = section.processes?.find((p) => p.id === id);
  if (!process) return id;
  return process.inTotals ? process.label : `${process.label} (not in totals)`;
}

/** Process rows in the order report.json declares them, the `all` row last. */
export function orderedRows(section: CountsSectionDescription, rows: readonly CountsRow[]): CountsRow[] {
  const order = (section.processes ?? []).map((p) => p.id);
  const rank = (r: CountsRow) =>
    r.process === "all" || r.process === undefined ? order.length : order.indexOf(r.process);
  return [...rows].sort((a, b) => rank(a) - rank(b));
}

/** A band as shown: `0–249`, or `2–499` with the stated minimum said in words. */
export function bandText(band: ReportBand | null): string {
  if (band === null) return "not reported";
  const text = `${formatCount(band.low)}\u2013${formatCount(band.high)}`;
  return band.knownMinimum ? `${text} (at least ${formatCount(band.low)})` : text;
}

/** A band in words, for screen readers: `0 to 249`, or `at least 2 and at most 499` for a stated minimum. */
export function bandWords(band: ReportBand): string {
  return band.knownMinimum
    ? `at least ${formatCount(band.low)} and at most ${formatCount(band.high)}`
    : `${formatCount(band.low)} to ${formatCount(band.high)}`;
}

/**
 * What a band that starts at a stated minimum means, and how a chart draws it: "at least 2 is a minimum the
 * publisher states inside the band 0–499". Written once for every output.
 */
export function knownMinimumWords(band: ReportBand, width: number): string {
  const start = band.high + 1 - width;
  return `at least ${formatCount(band.low)} is a minimum the publisher states inside the band ${formatCount(start)}\u2013${formatCount(band.high)}, and is drawn as the band's lower bound`;
}

/** An authority id as readers see it: the label report.json gives it. */
export function authorityLabel(section: BandsSectionDescription, id: string): string {
  return section.authorities.find((a) => a.id === id)?.label ?? id;
}

/**
 * How many places a note on a history of every period names at most: a long history repeats its notes period by
 * period, so past this it gives the count and links to the period's page, whose own note names every place.
 */
export const PLACES_NAMED_IN_HISTORY = 5;

/** The places an incomplete total leaves out, apart: those that left it blank and those whose outcomes do not add up. */
function incompleteGroups(total: MeasureTotal): string[][] {
  const unbalanced = new Set(total.unbalanced ?? []);
  return [total.missing.filter((code) => !unbalanced.has(code)), [...unbalanced]];
}

/** Whether the sentence about an incomplete total leaves some places unnamed when it names at most `nameUpTo`. */
export function incompleteLeavesUnnamed(total: MeasureTotal, nameUpTo: number): boolean {
  return total.value === null && incompleteGroups(total).some((codes) => codes.length > nameUpTo);
}

/** The words of the link from a note that leaves places unnamed to the period page that names them. */
export function namedOnPeriodPage(periodLabel: string): string {
  return `The ${periodLabel} page names them.`;
}

/**
 * Why a worldwide total is missing, naming who left it blank, or only how many when more than `nameUpTo` did;
 * undefined when the total is complete.
 */
export function incompleteSentence(
  label: string,
  total: MeasureTotal,
  names: ReadonlyMap<string, string>,
  when = "",
  nameUpTo = Number.POSITIVE_INFINITY,
): string | undefined {
  if (total.value !== null) return undefined;
  const [blank = [], unbalanced = []] = incompleteGroups(total);
  const places = (codes: readonly string[]) => {
    const count = codes.length === 1 ? "1 place" : `${formatCount(codes.length)} places`;
    if (codes.length > nameUpTo) return count;
    return `${count} (${codes.map((code) => names.get(code) ?? code).join(", ")})`;
  };
  const reasons = [
    blank.length > 0 && `${places(blank)} did not report it`,
    unbalanced.length > 0 &&
      `${places(unbalanced)} gave outcomes that do not add up, shown as published on their own rows`,
  ].filter((reason): reason is string => typeof reason === "string");
  // With no other place reporting, there is no sum to give: "add up to 0" would be a figure nobody published.
  const others =
    total.reportedBy === 0
      ? "No other place gave a figure to add up."
      : `The other places add up to ${formatCount(total.reported)}; that is not the worldwide figure.`;
  return `No complete worldwide figure for ${label.toLowerCase()}${when}: ${reasons.join("; ")}. ${others}`;
}

/** Why a row's outcomes read "(as published)"; written once, for every output that shows such a row. */
export function asPublishedSentence(section: CountsSectionDescription): string {
  const scheme = section.outcomes;
  const base = scheme.scheme !== "none" && scheme.per === "account" ? "accounts" : "requests";
  return `Outcomes marked "as published" do not add up to the row's ${base}, or exceed them, in the publisher's own figures. They are shown exactly as given, and are not added into any worldwide outcome.`;
}

/** A stated total that differs from the sum of the rows, in words; undefined when they agree. */
export function statedTotalSentence(label: string, against: StatedAgainstSum | undefined): string | undefined {
  if (!against || against.difference === 0) return undefined;
  return against.sum === null
    ? `The publisher states a total of ${formatCount(against.stated)} for ${label.toLowerCase()}; the rows give no complete sum to set it against.`
    : `The publisher states a total of ${formatCount(against.stated)} for ${label.toLowerCase()}, but its rows add up to ${formatCount(against.sum)} (a difference of ${formatCount(Math.abs(against.difference ?? 0))}). Both are shown as published; neither has been corrected.`;
}

/** Which processes are kept out of every total; undefined when none is. */
export function outsideTotalsSentence(section: CountsSectionDescription): string | undefined {
  const outside = (section.processes ?? []).filter((p) => !p.inTotals);
  if (outside.length === 0) return undefined;
  return `${outside.map((p) => p.label).join(", ")} are shown in their own rows and are not added into any total, as the publisher counts them.`;
}

/** Why a published percentage has no worldwide figure; undefined when the section gives none. */
export function percentSentence(section: CountsSectionDescription): string | undefined {
  if (section.outcomes.scheme !== "some-data" || section.outcomes.given !== "percent") return undefined;
  return `${section.outcomes.label} is published as a percentage for each row. Percentages cannot be added up, so there is no worldwide percentage.`;
}

/** How a place's own figure is made when a section breaks its rows down by legal process; written once. */
export const PLACE_FIGURE_RULE =
  "Each place's figure is its row for all processes, or else the sum of its rows for the processes that count in totals.";

/**
 * What the rows for all processes are, and how many places gave only such a row (so are in no process's
 * sum); for the table of each process's worldwide figure, on the period page and in its PDF.
 */
export function allProcessesSentence(notBrokenDown: number): string {
  const only =
    notBrokenDown === 0
      ? ""
      : ` ${notBrokenDown === 1 ? "1 place gave" : `${formatCount(notBrokenDown)} places gave`} only such a row, so the process sums do not include ${notBrokenDown === 1 ? "it" : "them"}.`;
  return `All processes holds the rows that cover every process together; they are never added to the process rows.${only}`;
}
