/**
 * The country × period page of a described report, as element trees: per section, the place's rows (process
 * rows, the `all` row apart) and its figures beside the worldwide ones of the same period, with the notes that
 * say what the worldwide figure includes and where it is incomplete. Figures come from
 * src/payloads/report-place-period.ts; nothing here adds anything up.
 */
import type { CountsRow } from "../../data/report/counts-file.ts";
import type { CountsSectionDescription } from "../../data/report/description-schema.ts";
import {
  type ReportPeriod,
  reportPeriodLabel,
  reportPeriodLongLabel,
  reportPeriodSlug,
} from "../../data/report/report-period.ts";
import { reportUrls } from "../../lib/urls.ts";
import type { PlaceEntry } from "../../payloads/report-model.ts";
import { coverageNotes } from "../../payloads/report-model.ts";
import type { PlaceFigure, PlacePeriodSection } from "../../payloads/report-place-period.ts";
import { type Child, h } from "../../render/tree.ts";
import { countCell, measureColumns, outcomeCell, outcomeColumns, totalCell } from "./cells.ts";
import { processLabel } from "../../payloads/report-words.ts";
import { authorityLabeller, bandsTable, totalsNotes } from "./tables.ts";
import { bandsPeriodChart } from "./bands-charts.ts";
import { isolate } from "../../data/format.ts";
import type { PlacePeriodGap } from "../../payloads/report-place-gaps.ts";
import { placePeriodLede } from "./place-gap.ts";

/** How a section's outcomes are counted, as declared: per request or per account. */
export function outcomesSentence(section: CountsSectionDescription): string | undefined {
  const o = section.outcomes;
  if (o.scheme === "none") return undefined;
  const per = o.per === "account" ? "accounts" : "requests";
  if (o.scheme === "some-data" && o.given === "percent")
    return `${o.label} is the publisher's own percentage of ${per}, shown as published.`;
  return `Outcomes count ${per}, as the publisher gives them.`;
}

function rowCells(section: CountsSectionDescription, row: CountsRow): Child[] {
  return [
    measureColumns(section).map((m) => countCell(row[m.key])),
    outcomeColumns(section).map((o) => outcomeCell(row, o.key)),
  ];
}

function scrollTable(caption: string, head: Child, body: Child, foot?: Child): Child {
  return h(
    "div",
    { class: "table-scroll", tabindex: 0, role: "region", "aria-label": caption },
    h("table", {}, h("caption", {}, caption), h("thead", {}, head), h("tbody", {}, body), foot && h("tfoot", {}, foot)),
  );
}

/** The place's own rows: one per process in the declared order, the `all` row below them in the table's foot. */
function rowsTable(entry: Extract<PlacePeriodSection, { kind: "counts" }>, place: PlaceEntry, period: ReportPeriod) {
  const { section, processRows, allRow } = entry;
  const head = h(
    "tr",
    {},
    h("th", { scope: "col" }, section.processes ? "Legal process" : "Country or place"),
    measureColumns(section).map((m) => h("th", { scope: "col", class: "num" }, m.label)),
    outcomeColumns(section).map((o) => h("th", { scope: "col", class: "num" }, o.label)),
  );
  const label = (row: CountsRow) => (section.processes ? processLabel(section, row.process) : h("bdi", {}, place.name));
  const line = (row: CountsRow) => h("tr", {}, h("th", { scope: "row" }, label(row)), rowCells(section, row));
  const inBody = processRows.length > 0 ? processRows : allRow ? [allRow] : [];
  const foot = processRows.length > 0 && allRow ? line(allRow) : null;
  return scrollTable(`${section.label}, ${place.name}, ${reportPeriodLongLabel(period)}`, head, inBody.map(line), foot);
}

function placeCell(figure: PlaceFigure<string>): Child {
  // No row that counts in totals (only processes the publisher keeps out of them): there is no figure to show.
  if (figure.place === undefined) return h("td", { class: "num not-reported" }, "no row counted in totals");
  return countCell(figure.place);
}

/** What the place's own figure is made of, in a sentence, when the section has processes. */
function figureSentence(entry: Extract<PlacePeriodSection, { kind: "counts" }>, place: PlaceEntry): string | undefined {
  const { section, processRows, allRow } = entry;
  if (!section.processes || processRows.length === 0) return undefined;
  if (allRow) return `The figure for ${place.name} is its row for all processes; its process rows are not added to it.`;
  const counted = processRows.filter((r) => section.processes?.find((p) => p.id === r.process)?.inTotals);
  const labels = counted.map((r) => processLabel(section, r.process));
  const list = labels.length > 1 ? `${labels.slice(0, -1).join(", ")} and ${labels.at(-1)}` : (labels[0] ?? "");
  return labels.length === 0
    ? `${place.name} has no row for a process that counts in totals, so it has no figure of its own here.`
    : `The figure for ${place.name} is the sum of its rows for ${list}.`;
}

/** The place beside the worldwide figure of the same period, per measure and counted outcome. */
function besideWorldwide(
  entry: Extract<PlacePeriodSection, { kind: "counts" }>,
  place: PlaceEntry,
  period: ReportPeriod,
) {
  const { section, totals } = entry;
  const idBase = `${section.id}-worldwide`;
  const stated = totals.stated;
  const labels = new Map<string, string>([
    ...measureColumns(section).map((m) => [m.key, m.label] as const),
    ...outcomeColumns(section).map((o) => [o.key, o.label] as const),
  ]);
  const head = h(
    "tr",
    {},
    h("th", { scope: "col" }, "Figure"),
    h("th", { scope: "col", class: "num" }, h("bdi", {}, place.name)),
    h("th", { scope: "col", class: "num" }, "Worldwide (sum of the rows)"),
    stated && h("th", { scope: "col", class: "num" }, "Worldwide, stated by the publisher"),
  );
  const measureRows = entry.measures.map((figure) =>
    h(
      "tr",
      {},
      h("th", { scope: "row" }, labels.get(figure.key) ?? figure.key),
      placeCell(figure),
      totalCell(totals.sum[figure.key], `${idBase}-${figure.key}`),
      stated && countCell(stated[figure.key]),
    ),
  );
  const outcomeRows = entry.outcomes.map((figure) => {
    const total = totals.outcomes.get(figure.key);
    return h(
      "tr",
      {},
      h("th", { scope: "row" }, labels.get(figure.key) ?? figure.key),
      placeCell(figure),
      total ? totalCell(total, `${idBase}-${figure.key}`) : h("td", { class: "num" }, "–"),
      stated && h("td", { class: "num" }, "–"),
    );
  });
  const includes = entry.inWorldwide
    ? `The worldwide figure includes ${place.name}.`
    : `The worldwide figure does not include ${place.name}: the publisher does not count it in worldwide totals.`;
  return [
    scrollTable(`${section.label}: ${place.name} beside the worldwide figure, ${reportPeriodLabel(period)}`, head, [
      measureRows,
      outcomeRows,
    ]),
    h(
      "div",
      { class: "table-notes" },
      h("p", { class: "note" }, includes),
      totalsNotes(section, totals, entry.names, idBase),
    ),
  ];
}

/** One section of the page: its heading is the page's, the rows, the worldwide figures and every note. */
export function placePeriodSection(entry: PlacePeriodSection, place: PlaceEntry, period: ReportPeriod): Child {
  const notes = (texts: readonly (string | undefined)[]) => {
    const kept = texts.filter((t): t is string => t !== undefined);
    return kept.length > 0
      ? h(
          "div",
          { class: "table-notes" },
          kept.map((t) => h("p", { class: "note" }, t)),
        )
      : null;
  };
  if (entry.kind === "bands") {
    const section = entry.section;
    if (section.kind !== "bands") return null;
    return [
      bandsPeriodChart(
        section,
        entry.rows.map((row) => ({ placeName: place.name, row })),
        isolate(place.name),
        period,
      ),
      bandsTable(
        `${section.label}, ${place.name}, ${reportPeriodLongLabel(period)}`,
        entry.rows.map((row) => ({ first: h("bdi", {}, place.name), row })),
        authorityLabeller(section),
        "Country or place",
      ),
      notes([
        ...coverageNotes(section, period),
        "Bands are published as ranges and are never added up, so there is no worldwide figure beside them.",
      ]),
    ];
  }
  const { section } = entry;
  return [
    rowsTable(entry, place, period),
    notes([...coverageNotes(section, period), figureSentence(entry, place), outcomesSentence(section)]),
    besideWorldwide(entry, place, period),
  ];
}

/** The whole of a country × period page inside its `<main>`: heading, lede, each section, and the place's other periods. */
export function placePeriodPage(page: {
  organisation: string;
  place: PlaceEntry;
  period: ReportPeriod;
  entries: readonly PlacePeriodSection[];
  /** Labels of the report's sections in which the place has no row in this period. */
  absent: readonly string[];
  /** The periods in which the place has a row, in time order. */
  others: readonly ReportPeriod[];
  /** Set when the place has no row in this period: the page says so and links to the nearest that have one. */
  gap?: PlacePeriodGap | undefined;
}): Child {
  const { place, period, entries, absent, others, gap } = page;
  const name = h("bdi", {}, place.name);
  const slug = reportPeriodSlug(period);
  return [
    h("h1", {}, name, `, ${reportPeriodLongLabel(period)}`, gap ? ": no figures" : ""),
    placePeriodLede(page.organisation, place, period, gap),
    entries.length > 1 &&
      h(
        "nav",
        { "aria-label": "Sections on this page" },
        h(
          "ul",
          {},
          entries.map((e) => h("li", {}, h("a", { href: `#${e.section.id}` }, e.section.label))),
        ),
      ),
    absent.length > 0 && !gap && h("p", {}, "No figures for ", name, ` in this period: ${absent.join(", ")}.`),
    entries.map((e) =>
      h(
        "section",
        { "aria-labelledby": e.section.id },
        h("h2", { id: e.section.id }, e.section.label),
        placePeriodSection(e, place, period),
      ),
    ),
    others.some((p) => reportPeriodSlug(p) !== slug) &&
      h(
        "nav",
        { "aria-labelledby": "other-periods" },
        h("h2", { id: "other-periods" }, name, " in other periods"),
        h(
          "ul",
          { class: "period-links" },
          others.map((p) =>
            h(
              "li",
              {},
              h(
                "a",
                {
                  href: reportUrls.placePeriod(place.code, p),
                  "aria-current": reportPeriodSlug(p) === slug ? "page" : undefined,
                },
                reportPeriodLabel(p),
              ),
            ),
          ),
        ),
      ),
  ];
}
