/**
 * A period page's tables for a counts section with legal processes, and the page of each process: the period
 * page gives each place's own figure (one row per place) and the worldwide figure per process, and links a page
 * per process with every place's row for it, as published. Figures come from
 * src/payloads/report-period-processes.ts; nothing here adds anything up.
 */
import type { CountsRow } from "../../data/report/counts-file.ts";
import type { CountOutcome } from "../../data/report/report-aggregate.ts";
import { type ReportPeriod, reportPeriodLabel, reportPeriodLongLabel } from "../../data/report/report-period.ts";
import { reportUrls } from "../../lib/urls.ts";
import type { SectionPeriod } from "../../payloads/report-model.ts";
import { coverageNotes } from "../../payloads/report-model.ts";
import {
  ALL_PROCESSES,
  type PlaceFigures,
  placeFigures,
  type ProcessRows,
} from "../../payloads/report-period-processes.ts";
import {
  allProcessesSentence,
  asPublishedSentence,
  outsideTotalsSentence,
  PLACE_FIGURE_RULE,
  percentSentence,
} from "../../payloads/report-words.ts";
import { type Child, h } from "../../render/tree.ts";
import {
  type CellMarks,
  countCell,
  fileColumn,
  incompleteNote,
  measureColumns,
  outcomeCell,
  outcomeColumns,
  totalCell,
} from "./cells.ts";
import { periodNotesBase, totalsFoot, totalsNotes } from "./tables.ts";

type CountsPeriod = Extract<SectionPeriod, { kind: "counts" }>;

function scrollTable(caption: string, label: string, head: Child, body: Child, foot?: Child): Child {
  return h(
    "div",
    { class: "table-scroll", tabindex: 0, role: "region", "aria-label": label },
    h("table", {}, h("caption", {}, caption), h("thead", {}, head), h("tbody", {}, body), foot && h("tfoot", {}, foot)),
  );
}

function notes(items: readonly Child[]): Child {
  const kept = items.filter((n) => n !== null && n !== undefined && n !== false);
  return kept.length > 0 ? h("div", { class: "table-notes" }, kept) : null;
}

const note = (text: string | undefined): Child => (text === undefined ? null : h("p", { class: "note" }, text));

function placeLink(place: { code: string; name: string }): Child {
  return h("a", { href: reportUrls.place(place.code) }, h("bdi", {}, place.name));
}

/** A place's own figure: "no row counted in totals" when it has only rows the totals leave out. */
function figureCell(value: number | null | undefined, asPublished: boolean, mark: Child): Child {
  if (value === undefined) return h("td", { class: "num not-reported" }, "no row counted in totals");
  if (value === null || !asPublished) return countCell(value, mark);
  return h("td", { class: "num" }, countCell(value).children, " (as published)", mark);
}

/** What a place's figure on the period page is, and where its rows are. */
export const PLACE_FIGURE_SENTENCE = `${PLACE_FIGURE_RULE} Every row, process by process, is on the page of each legal process, linked above.`;

/** The period page's table of a section with processes: one row per place, its own figure, then the worldwide sum. */
export function periodPlaceTable(entry: CountsPeriod, period: ReportPeriod, marks: CellMarks = () => null): Child {
  const { section, totals, places } = entry;
  const names = new Map(places.map((p) => [p.place.code, p.place.name]));
  const idBase = periodNotesBase(section.id);
  const measures = measureColumns(section);
  // A published percentage is never combined, so a place's figure has none: it stays on each process's page.
  const outcomes = outcomeColumns(section).filter((o) => o.key !== "percent");
  const head = h(
    "tr",
    {},
    h("th", { scope: "col" }, "Country or place"),
    measures.map((m) => h("th", { scope: "col", class: "num" }, m.label)),
    outcomes.map((o) => h("th", { scope: "col", class: "num" }, o.label)),
  );
  const body = placeFigures(entry).map((p: PlaceFigures) =>
    h(
      "tr",
      {},
      h("th", { scope: "row" }, placeLink(p.place)),
      measures.map((m) => figureCell(p.measures.get(m.key), false, marks(p.place.code, period, fileColumn(m.key)))),
      outcomes.map((o) =>
        figureCell(
          p.outcomes.get(o.key as CountOutcome),
          p.asPublished,
          marks(p.place.code, period, fileColumn(o.key)),
        ),
      ),
    ),
  );
  const foot = totalsFoot(totals, period, marks, { idBase, measures, outcomes, spacer: null });
  const percent = outcomeColumns(section).find((o) => o.key === "percent");
  return [
    scrollTable(
      `${section.label}, ${reportPeriodLongLabel(period)}`,
      `${section.label}, ${reportPeriodLabel(period)}`,
      head,
      body,
      foot,
    ),
    notes([
      ...coverageNotes(section, period).map((n) => note(n)),
      note(PLACE_FIGURE_SENTENCE),
      percent && note(`${percent.label} is published for each row, so it is on the pages for each legal process.`),
      ...totalsNotes(section, totals, names, idBase),
    ]),
  ];
}

/** The worldwide figure of each process in the period, each linking its page; the rows for all processes last. */
export function periodProcessTable(
  entry: CountsPeriod,
  period: ReportPeriod,
  processes: readonly ProcessRows[],
): Child {
  const { section, places, totals } = entry;
  const names = new Map(places.map((p) => [p.place.code, p.place.name]));
  const measures = measureColumns(section);
  const idBase = `${section.id}-process-notes`;
  const incomplete: Child[] = [];
  const head = h(
    "tr",
    {},
    h("th", { scope: "col" }, "Legal process"),
    h("th", { scope: "col", class: "num" }, "Places with a row"),
    measures.map((m) => h("th", { scope: "col", class: "num" }, `${m.label} (sum of the rows)`)),
  );
  const body = processes.map((process) => {
    const link = h("a", { href: reportUrls.periodProcess(period, section.id, process.id) }, process.label);
    const cells = measures.map((m) => {
      if (process.total === undefined) return h("td", { class: "num" }, "–");
      const id = `${idBase}-${process.id}-${m.key}`;
      incomplete.push(incompleteNote(`${process.label}: ${m.label}`, process.total[m.key], names, id));
      return totalCell(process.total[m.key], id);
    });
    return h("tr", {}, h("th", { scope: "row" }, link), h("td", { class: "num" }, String(process.rows.length)), cells);
  });
  const notBrokenDown = totals.notBrokenDown.length;
  return [
    scrollTable(
      `${section.label} by legal process, worldwide, ${reportPeriodLongLabel(period)}`,
      `${section.label} by legal process, ${reportPeriodLabel(period)}`,
      head,
      body,
    ),
    notes([
      note(outsideTotalsSentence(section)),
      processes.some((p) => p.id === ALL_PROCESSES) && note(allProcessesSentence(notBrokenDown)),
      ...incomplete,
    ]),
  ];
}

/** A process page's table: every place's row for the process as published, and the process's worldwide sum. */
export function processPageTable(
  entry: CountsPeriod,
  period: ReportPeriod,
  process: ProcessRows,
  marks: CellMarks = () => null,
): Child {
  const { section, places } = entry;
  const names = new Map(places.map((p) => [p.place.code, p.place.name]));
  const measures = measureColumns(section);
  const outcomes = outcomeColumns(section);
  const idBase = `${section.id}-${process.id}-notes`;
  const head = h(
    "tr",
    {},
    h("th", { scope: "col" }, "Country or place"),
    measures.map((m) => h("th", { scope: "col", class: "num" }, m.label)),
    outcomes.map((o) => h("th", { scope: "col", class: "num" }, o.label)),
  );
  const rowLine = (place: { code: string; name: string }, row: CountsRow) =>
    h(
      "tr",
      {},
      h("th", { scope: "row" }, placeLink(place)),
      measures.map((m) => countCell(row[m.key], marks(place.code, period, fileColumn(m.key)))),
      outcomes.map((o) => outcomeCell(row, o.key, marks(place.code, period, fileColumn(o.key)))),
    );
  const total = process.total;
  const foot =
    total &&
    h(
      "tr",
      {},
      h("th", { scope: "row" }, "Sum of the rows"),
      measures.map((m) => totalCell(total[m.key], `${idBase}-${m.key}`)),
      outcomes.map(() => h("td", { class: "num" }, "–")),
    );
  return [
    scrollTable(
      `${section.label}, ${process.label}, ${reportPeriodLongLabel(period)}`,
      `${section.label}, ${process.label}, ${reportPeriodLabel(period)}`,
      head,
      process.rows.map((r) => rowLine(r.place, r.row)),
      foot,
    ),
    notes([
      ...coverageNotes(section, period).map((n) => note(n)),
      ...(total ? measures.map((m) => incompleteNote(m.label, total[m.key], names, `${idBase}-${m.key}`)) : []),
      process.id === ALL_PROCESSES
        ? note("These rows cover every process together; they are never added to the rows for each process.")
        : note(outsideTotalsSentence(section)),
      note(percentSentence(section)),
      process.rows.some((r) => r.row.asPublished) && note(asPublishedSentence(section)),
    ]),
  ];
}
