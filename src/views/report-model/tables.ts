/**
 * The tables of a described report's pages, as element trees (escaped in one place, src/render/tree.ts).
 * Every figure comes from the payloads (src/payloads/report-model.ts); nothing here adds anything up.
 */
import type { BandsRow } from "../../data/report/bands-file.ts";
import type { CountsRow } from "../../data/report/counts-file.ts";
import type { CountsSectionDescription } from "../../data/report/description-schema.ts";
import type { CountMeasure, CountOutcome, PeriodTotals } from "../../data/report/report-aggregate.ts";
import { isEmptyTotal, leadMeasure, statedAgainstSum } from "../../data/report/report-aggregate.ts";
import { type ReportPeriod, reportPeriodLabel, reportPeriodLongLabel } from "../../data/report/report-period.ts";
import { formatCount, formatCountOf, isolate } from "../../data/format.ts";
import { reportUrls } from "../../lib/urls.ts";
import type { PlaceHistory, PlaceRows, SectionHistory, SectionPeriod } from "../../payloads/report-model.ts";
import { coverageNotes } from "../../payloads/report-model.ts";
import {
  PLACES_NAMED_IN_HISTORY,
  orderedRows,
  outsideTotalsSentence,
  percentSentence,
  processLabel,
  statedTotalSentence,
  asPublishedSentence,
} from "../../payloads/report-words.ts";
import { type Child, type El, h } from "../../render/tree.ts";
import { bandsPeriodChart } from "./bands-charts.ts";
import {
  bandText,
  type CellMarks,
  countCell,
  fileColumn,
  incompleteNote,
  measureColumns,
  type NamedElsewhere,
  outcomeCell,
  outcomeColumns,
  totalCell,
} from "./cells.ts";

/** A counts table's heading row; `withProcess` false leaves out the process column, for a table of one process. */
function headerRow(section: CountsSectionDescription, first: string, withProcess = true): El {
  return h(
    "tr",
    {},
    h("th", { scope: "col" }, first),
    withProcess && section.processes && h("th", { scope: "col" }, "Legal process"),
    measureColumns(section).map((m) => h("th", { scope: "col", class: "num" }, m.label)),
    outcomeColumns(section).map((o) => h("th", { scope: "col", class: "num" }, o.label)),
  );
}

/** `mark` gives a cell's correction marks by the file column it shows (and the process of its row). */
type ColumnMarks = (column: string, process?: string) => Child;

function figureCells(
  section: CountsSectionDescription,
  row: CountsRow,
  mark: ColumnMarks = () => null,
  withProcess = true,
): Child[] {
  return [
    withProcess && section.processes && h("td", {}, processLabel(section, row.process)),
    measureColumns(section).map((m) => countCell(row[m.key], mark(fileColumn(m.key), row.process))),
    outcomeColumns(section).map((o) => outcomeCell(row, o.key, mark(fileColumn(o.key), row.process))),
  ];
}

function notesList(notes: readonly Child[]): Child {
  const kept = notes.filter((n) => n !== null && n !== undefined && n !== false);
  return kept.length > 0 ? h("div", { class: "table-notes" }, kept) : null;
}

/** The start of the ids of the notes under a period page's table of a section: its notes are `${base}-${measure}`. */
export function periodNotesBase(sectionId: string): string {
  return `${sectionId}-notes`;
}

/**
 * A note for every measure and counted outcome whose worldwide total is incomplete; each cell's mark links to it.
 * `elsewhere` gives, by measure or outcome, where a note that names only a few places sends readers for the rest.
 */
function incompleteNotes(
  section: CountsSectionDescription,
  totals: PeriodTotals,
  names: ReadonlyMap<string, string>,
  idBase: string,
  when: string,
  elsewhere?: (key: CountMeasure | CountOutcome) => NamedElsewhere,
): Child[] {
  const notes: Child[] = measureColumns(section).map((m) =>
    incompleteNote(m.label, totals.sum[m.key], names, `${idBase}-${m.key}`, when, elsewhere?.(m.key)),
  );
  for (const o of outcomeColumns(section)) {
    const total = o.key === "percent" ? undefined : totals.outcomes.get(o.key);
    if (total && o.key !== "percent")
      notes.push(incompleteNote(o.label, total, names, `${idBase}-${o.key}`, when, elsewhere?.(o.key)));
  }
  return notes;
}

/** Notes on a period's worldwide figures: totals left incomplete, the stated total against the sum, what totals leave out. */
export function totalsNotes(
  section: CountsSectionDescription,
  totals: PeriodTotals,
  names: ReadonlyMap<string, string>,
  idBase: string,
): Child[] {
  const notes = incompleteNotes(section, totals, names, idBase, "");
  const sentences = [
    ...measureColumns(section).map((m) => statedTotalSentence(m.label, statedAgainstSum(totals, m.key))),
    [...totals.outcomes.values()].some((t) => (t.unbalanced ?? []).length > 0)
      ? asPublishedSentence(section)
      : undefined,
    outsideTotalsSentence(section),
    percentSentence(section),
  ];
  for (const sentence of sentences) if (sentence !== undefined) notes.push(h("p", { class: "note" }, sentence));
  return notes;
}

/**
 * The foot of a period's table: the sum of the rows (with its notes when incomplete) and the publisher's stated
 * total when there is one. Outcome columns without a counted total (a percentage) get a dash. `spacer` fills a
 * process column when the table has one.
 */
export function totalsFoot(
  totals: PeriodTotals,
  period: ReportPeriod,
  marks: CellMarks,
  columns: {
    idBase: string;
    measures: readonly { key: CountMeasure }[];
    outcomes: readonly { key: CountOutcome | "percent" }[];
    spacer: Child;
  },
): Child[] {
  const { idBase, measures, outcomes, spacer } = columns;
  const stated = totals.stated;
  return [
    h(
      "tr",
      {},
      h("th", { scope: "row" }, "Sum of the rows"),
      spacer,
      measures.map((m) => totalCell(totals.sum[m.key], `${idBase}-${m.key}`, marks("sum", period, fileColumn(m.key)))),
      outcomes.map((o) => {
        const total = o.key === "percent" ? undefined : totals.outcomes.get(o.key);
        return total
          ? totalCell(total, `${idBase}-${o.key}`, marks("sum", period, fileColumn(o.key)))
          : h("td", { class: "num" }, "–");
      }),
    ),
    stated &&
      h(
        "tr",
        {},
        h("th", { scope: "row" }, "Total stated by the publisher"),
        spacer,
        measures.map((m) => countCell(stated[m.key], marks("total", period, fileColumn(m.key)))),
        outcomes.map(() => h("td", { class: "num" }, "–")),
      ),
  ];
}

/** A counts section in one period, place by place: the period page's table. */
export function periodSectionTable(
  entry: Extract<SectionPeriod, { kind: "counts" }>,
  period: ReportPeriod,
  marks: CellMarks = () => null,
): Child {
  const { section, totals, places } = entry;
  const names = new Map(places.map((p) => [p.place.code, p.place.name]));
  const idBase = periodNotesBase(section.id);
  const body = places.flatMap((p: PlaceRows<CountsRow>) =>
    orderedRows(section, p.rows).map((row) =>
      h(
        "tr",
        {},
        h("th", { scope: "row" }, h("a", { href: reportUrls.place(p.place.code) }, h("bdi", {}, p.place.name))),
        figureCells(section, row, (column, process) => marks(p.place.code, period, column, process)),
      ),
    ),
  );
  const spacer = section.processes ? h("td", {}) : null;
  const foot = totalsFoot(totals, period, marks, {
    idBase,
    measures: measureColumns(section),
    outcomes: outcomeColumns(section),
    spacer,
  });
  return [
    h(
      "div",
      {
        class: "table-scroll",
        tabindex: 0,
        role: "region",
        "aria-label": `${section.label}, ${reportPeriodLabel(period)}`,
      },
      h(
        "table",
        {},
        h("caption", {}, `${section.label}, ${reportPeriodLongLabel(period)}`),
        h("thead", {}, headerRow(section, "Country or place")),
        h("tbody", {}, body),
        h("tfoot", {}, foot),
      ),
    ),
    notesList([
      ...coverageNotes(section, period).map((note) => h("p", { class: "note" }, note)),
      ...totalsNotes(section, totals, names, idBase),
    ]),
  ];
}

/** A bands section in one period: bands only, never a point figure or a total. */
export function bandsTable(
  caption: string,
  rows: readonly { first: Child; place?: Child; row: BandsRow; mark?: ColumnMarks }[],
  authorityLabel: (id: string) => string,
  firstHeader: string,
  placeHeader?: string,
): Child {
  return h(
    "div",
    { class: "table-scroll", tabindex: 0, role: "region", "aria-label": caption },
    h(
      "table",
      {},
      h("caption", {}, caption),
      h(
        "thead",
        {},
        h(
          "tr",
          {},
          h("th", { scope: "col" }, firstHeader),
          placeHeader !== undefined && h("th", { scope: "col" }, placeHeader),
          h("th", { scope: "col" }, "Authority"),
          h("th", { scope: "col", class: "num" }, "Demands (band)"),
          h("th", { scope: "col", class: "num" }, "Accounts (band)"),
        ),
      ),
      h(
        "tbody",
        {},
        rows.map(({ first, place, row, mark = () => null }) =>
          h(
            "tr",
            {},
            h("th", { scope: "row" }, first),
            placeHeader !== undefined && h("td", {}, place),
            h("td", {}, authorityLabel(row.authority)),
            h("td", { class: "num" }, bandText(row.demands), mark("demands")),
            h("td", { class: "num" }, bandText(row.accounts), mark("accounts")),
          ),
        ),
      ),
    ),
  );
}

export function authorityLabeller(section: {
  kind: "bands";
  authorities: readonly { id: string; label: string; combines?: readonly string[] | undefined }[];
}): (id: string) => string {
  return (id) => section.authorities.find((a) => a.id === id)?.label ?? id;
}

/** A bands section in one period. */
export function periodBandsTable(
  entry: Extract<SectionPeriod, { kind: "bands" }>,
  period: ReportPeriod,
  marks: CellMarks = () => null,
): Child {
  const section = entry.section;
  if (section.kind !== "bands") return null;
  const rows = entry.places.flatMap((p) =>
    p.rows.map((row) => ({
      first: h("bdi", {}, p.place.name),
      row,
      mark: (column: string) => marks(p.place.code, period, column),
    })),
  );
  const places = entry.places.filter((p) => p.rows.length > 0);
  return [
    bandsPeriodChart(
      section,
      places.flatMap((p) => p.rows.map((row) => ({ placeName: p.place.name, row }))),
      places.length === 1 && places[0] ? isolate(places[0].place.name) : "worldwide",
      period,
    ),
    bandsTable(`${section.label}, ${reportPeriodLongLabel(period)}`, rows, authorityLabeller(section), "Country"),
    notesList(coverageNotes(section, period).map((n) => h("p", { class: "note" }, n))),
  ];
}

/**
 * A section's worldwide history: the overview's table for it. A note on an incomplete total names the places only
 * when they are few (PLACES_NAMED_IN_HISTORY); otherwise it gives their count and links to the period page's note,
 * which names them: a long history repeats such a note period by period. A bands table names each row's place when
 * more than one place has bands.
 */
export function historyTable(history: SectionHistory, names: ReadonlyMap<string, string>): Child {
  if (history.kind === "bands") {
    const section = history.section;
    if (section.kind !== "bands") return null;
    const several = new Set(history.periods.flatMap((p) => p.rows.map((r) => r.place))).size > 1;
    const name = (code: string) => names.get(code) ?? code;
    const rows = history.periods.flatMap((p) => {
      const link = h("a", { href: reportUrls.period(p.period) }, reportPeriodLabel(p.period));
      const ordered = several ? [...p.rows].sort((a, b) => name(a.place).localeCompare(name(b.place), "en")) : p.rows;
      return ordered.map((row) => ({ first: link, place: h("bdi", {}, name(row.place)), row }));
    });
    const table = bandsTable(
      `${section.label}, every period`,
      rows,
      authorityLabeller(section),
      "Period",
      several ? "Country or place" : undefined,
    );
    // With several places no chart stands above the table (see bands-overview.ts), and every row is on its
    // place's page and its period's page too. Open, a row per place, authority and period made the overview
    // many screens long on a phone, and a closed <details> is neither laid out nor painted until it is opened.
    return several
      ? h(
          "details",
          { class: "chart-data" },
          h("summary", {}, `Every band of every place, period by period: ${formatCountOf(rows.length, "row", "rows")}`),
          table,
        )
      : table;
  }
  const { section } = history;
  const anyStated = history.periods.some((p) => p.totals.stated !== undefined);
  const notes: Child[] = [];
  const body = history.periods.map((p) => {
    const idBase = `${section.id}-${reportPeriodLabel(p.period).replace(/\W+/g, "-").toLowerCase()}`;
    const elsewhere = (key: CountMeasure | CountOutcome): NamedElsewhere => ({
      nameUpTo: PLACES_NAMED_IN_HISTORY,
      href: `${reportUrls.period(p.period)}#${periodNotesBase(section.id)}-${key}`,
      periodLabel: reportPeriodLabel(p.period),
    });
    notes.push(...incompleteNotes(section, p.totals, names, idBase, ` in ${reportPeriodLabel(p.period)}`, elsewhere));
    for (const note of coverageNotes(section, p.period))
      notes.push(h("p", { class: "note" }, `${reportPeriodLabel(p.period)}: ${note}`));
    return h(
      "tr",
      {},
      h("th", { scope: "row" }, h("a", { href: reportUrls.period(p.period) }, reportPeriodLabel(p.period))),
      measureColumns(section).map((m) => totalCell(p.totals.sum[m.key], `${idBase}-${m.key}`)),
      anyStated && countCell(p.totals.stated?.[leadMeasure(section)] ?? null),
      outcomeColumns(section)
        .filter((o) => o.key !== "percent")
        .map((o) => {
          const total = o.key === "percent" ? undefined : p.totals.outcomes.get(o.key);
          return total ? totalCell(total, `${idBase}-${o.key}`) : h("td", { class: "num" }, "–");
        }),
    );
  });
  const head = h(
    "tr",
    {},
    h("th", { scope: "col" }, "Period"),
    measureColumns(section).map((m) => h("th", { scope: "col", class: "num" }, `${m.label} (sum of rows)`)),
    anyStated && h("th", { scope: "col", class: "num" }, `${leadLabel(section)}: total stated by the publisher`),
    outcomeColumns(section)
      .filter((o) => o.key !== "percent")
      .map((o) => h("th", { scope: "col", class: "num" }, o.label)),
  );
  if (section.outcomes.scheme === "some-data" && section.outcomes.given === "percent") {
    notes.push(
      h(
        "p",
        { class: "note" },
        `${section.outcomes.label} is published as a percentage per country and process; it is on each period's page, and is never combined into a worldwide percentage.`,
      ),
    );
  }
  return [
    h(
      "div",
      { class: "table-scroll", tabindex: 0, role: "region", "aria-label": `${section.label}, every period` },
      h(
        "table",
        {},
        h("caption", {}, `${section.label}, worldwide, every period`),
        h("thead", {}, head),
        h("tbody", {}, body),
      ),
    ),
    notesList(notes),
  ];
}

/** The publisher's word for the measure a section leads with. */
function leadLabel(section: CountsSectionDescription): string {
  return section.measures[leadMeasure(section)]?.label ?? "";
}

/** A section's worldwide figures per legal process, period by period (its lead measure), when it declares processes. */
export function processHistoryTable(history: SectionHistory): Child {
  if (history.kind !== "counts" || !history.section.processes) return null;
  const { section } = history;
  const processes = section.processes ?? [];
  const notes: Child[] = [];
  const body = history.periods.map((p) => {
    if (p.totals.notBrokenDown.length > 0) {
      notes.push(
        h(
          "p",
          { class: "note" },
          `${reportPeriodLabel(p.period)}: ${p.totals.notBrokenDown.length === 1 ? "1 place gave" : `${formatCount(p.totals.notBrokenDown.length)} places gave`} only a figure for all processes together, so the process columns do not include ${p.totals.notBrokenDown.length === 1 ? "it" : "them"}.`,
        ),
      );
    }
    return h(
      "tr",
      {},
      h("th", { scope: "row" }, reportPeriodLabel(p.period)),
      processes.map((process) => {
        const total = p.totals.byProcess.get(process.id)?.[leadMeasure(section)];
        if (!total || isEmptyTotal(total)) return h("td", { class: "num not-reported" }, "no rows");
        return total.value === null
          ? h("td", { class: "num not-reported" }, "no complete figure")
          : h("td", { class: "num" }, formatCount(total.value));
      }),
    );
  });
  return [
    h(
      "div",
      { class: "table-scroll", tabindex: 0, role: "region", "aria-label": `${section.label} by legal process` },
      h(
        "table",
        {},
        h("caption", {}, `${section.label}: ${leadLabel(section).toLowerCase()} by legal process, worldwide`),
        h(
          "thead",
          {},
          h(
            "tr",
            {},
            h("th", { scope: "col" }, "Period"),
            processes.map((process) => h("th", { scope: "col", class: "num" }, processLabel(section, process.id))),
          ),
        ),
        h("tbody", {}, body),
      ),
    ),
    notesList(notes),
  ];
}

/**
 * One place's history in one section: a row per period, in one table, or in a table per process for a section with
 * legal processes. `marks` are keyed by `code`.
 */
export function placeHistoryTable(
  history: PlaceHistory,
  placeName: string,
  code = "",
  marks: CellMarks = () => null,
): Child {
  if (history.kind === "bands") {
    const section = history.section;
    if (section.kind !== "bands") return null;
    const rows = history.periods.flatMap((p) =>
      p.rows.map((row) => ({
        first: h("a", { href: reportUrls.period(p.period) }, reportPeriodLabel(p.period)),
        row,
        mark: (column: string) => marks(code, p.period, column),
      })),
    );
    return bandsTable(`${section.label}, ${placeName}`, rows, authorityLabeller(section), "Period");
  }
  const { section } = history;
  const notes = history.periods.flatMap((p) =>
    coverageNotes(section, p.period).map((n) => h("p", { class: "note" }, `${reportPeriodLabel(p.period)}: ${n}`)),
  );
  if (history.periods.some((p) => p.rows.some((r) => r.asPublished)))
    notes.push(h("p", { class: "note" }, asPublishedSentence(section)));
  const periodCell = (period: ReportPeriod) =>
    h("th", { scope: "row" }, h("a", { href: reportUrls.period(period) }, reportPeriodLabel(period)));
  if (!section.processes) {
    const body = history.periods.flatMap((p) =>
      p.rows.map((row) =>
        h(
          "tr",
          {},
          periodCell(p.period),
          figureCells(section, row, (column, process) => marks(code, p.period, column, process)),
        ),
      ),
    );
    return [historyTableBox(`${section.label}, ${placeName}`, headerRow(section, "Period"), body), notesList(notes)];
  }
  // A section with legal processes: a table per process, a row per period, so each process reads down one
  // column of figures over time (the place × period pages set one period's processes side by side). Only the
  // first table is on the first screen: on a phone the others are laid out as they near it (report-tables.css),
  // where one table of every period × process was laid out whole while the page loaded.
  return [
    ...processGroups(section, history.periods).map(({ label, rows }) =>
      historyTableBox(
        `${section.label}, ${placeName}, ${label}`,
        headerRow(section, "Period", false),
        rows.map(({ period, row }) =>
          h(
            "tr",
            {},
            periodCell(period),
            figureCells(section, row, (column, process) => marks(code, period, column, process), false),
          ),
        ),
      ),
    ),
    notesList(notes),
  ];
}

/** A place's history table in its scrolling box; `name` is the box's label and, with "every period", the caption. */
function historyTableBox(name: string, head: El, body: Child[]): El {
  return h(
    "div",
    { class: "table-scroll", tabindex: 0, role: "region", "aria-label": name },
    h("table", {}, h("caption", {}, `${name}, every period`), h("thead", {}, head), h("tbody", {}, body)),
  );
}

/**
 * A place's rows of a section with processes, by process in the order report.json declares them, with the rows
 * for all processes together (a place that gave no breakdown) last, as orderedRows orders one period's.
 */
function processGroups(
  section: CountsSectionDescription,
  periods: Extract<PlaceHistory, { kind: "counts" }>["periods"],
): { label: string; rows: { period: ReportPeriod; row: CountsRow }[] }[] {
  // Keyed in the declared order from the start, so the groups need no sorting after.
  const groups = new Map<string, { period: ReportPeriod; row: CountsRow }[]>(
    [...(section.processes ?? []).map((process) => process.id), "all"].map((id) => [id, []]),
  );
  for (const p of periods)
    for (const row of p.rows) {
      const key = row.process ?? "all";
      const group = groups.get(key) ?? [];
      if (!groups.has(key)) groups.set(key, group);
      group.push({ period: p.period, row });
    }
  return [...groups]
    .filter(([, rows]) => rows.length > 0)
    .map(([key, rows]) => ({ label: processLabel(section, key), rows }));
}
