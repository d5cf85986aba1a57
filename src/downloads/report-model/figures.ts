/**
 * One period of a described report as the workbook and the PDF both lay it out: per section the columns,
 * every row as published, the sum of the rows and the publisher's stated total beside it, and the notes that
 * explain them. Built from the same payload the period page reads (periodSections) and worded by the same
 * sentences (src/payloads/report-words.ts), so the three never disagree about a figure.
 */
import type { ReportBand } from "../../data/report/bands-file.ts";
import type { ReportData, ReportSectionData } from "../../data/report/load-report.ts";
import { statedAgainstSum } from "../../data/report/report-aggregate.ts";
import type { ReportPeriod } from "../../data/report/report-period.ts";
import type { CountOutcome } from "../../data/report/report-aggregate.ts";
import { coverageNotes, periodSections, type SectionPeriod } from "../../payloads/report-model.ts";
import { ALL_PROCESSES, placeFigures, processRows } from "../../payloads/report-period-processes.ts";
import {
  allProcessesSentence,
  asPublishedSentence,
  authorityLabel,
  incompleteSentence,
  measureColumns,
  outcomeColumns,
  outcomeFigure,
  orderedRows,
  outsideTotalsSentence,
  percentSentence,
  PLACE_FIGURE_RULE,
  processLabel,
  statedTotalSentence,
} from "../../payloads/report-words.ts";

/**
 * One cell. A count or percentage that is `null` was not reported (or, in a sum, has no complete figure):
 * it stays blank, never 0. A percentage keeps the publisher's own digits. `none` is a cell where no figure
 * can exist, such as the sum of percentages.
 */
export type FigureCell =
  | { readonly kind: "text"; readonly text: string }
  | {
      readonly kind: "count";
      readonly value: number | null;
      readonly blank: "not reported" | "no complete figure" | "no row counted in totals";
    }
  | { readonly kind: "percent"; readonly value: string | null }
  | { readonly kind: "band"; readonly band: ReportBand | null }
  | { readonly kind: "none" };

export interface FigureColumn {
  readonly label: string;
  /** The place's code: the workbook keeps it for scripts; in the PDF the name is enough. */
  readonly code?: true;
  /** Text columns (place, code, process, authority) are left-aligned, figures right-aligned. */
  readonly figure: boolean;
  /** A band column: the workbook gives its low and high bounds a number column each, under these headers. */
  readonly bounds?: readonly [string, string];
}

/** One section's figures in one period. */
export interface FigureTable {
  readonly id: string;
  readonly label: string;
  readonly shortLabel: string;
  readonly definition: string;
  readonly kind: "counts" | "bands";
  readonly columns: readonly FigureColumn[];
  /** Every row as published; the first cell is the place's name, the second its code. */
  readonly rows: readonly (readonly FigureCell[])[];
  /** The sum of the rows and, when the publisher states one, its total: shown after the rows, never among them. */
  readonly totals: readonly { readonly label: string; readonly cells: readonly FigureCell[] }[];
  /** Coverage notes, then why a total is incomplete, how a stated total differs, what totals leave out. */
  readonly notes: readonly string[];
}

/** The sum row's label and the stated total's: the words the period page uses. */
export const SUM_LABEL = "Sum of the rows";
export const STATED_LABEL = "Total stated by the publisher";

/** What every output says about a blank, once. */
export const BLANK_NOTE =
  "A blank figure is one the publisher did not report. It is not 0, and a total that would need it is left blank too, with a note saying which places did not report it.";

/** Why band figures are ranges, once. */
export const BANDS_NOTE =
  "National-security figures are published only as bands: each is a range that the true number lies within, never a single figure, and bands are never added up. Where the publisher states a minimum inside the first band, the low bound is that minimum.";

/** What a section's table says of the section: the same words in the workbook's sheet and the PDF's part. */
function sectionHeading(
  section: ReportSectionData["description"],
  kind: FigureTable["kind"],
): Pick<FigureTable, "id" | "label" | "shortLabel" | "definition" | "kind"> {
  return { id: section.id, label: section.label, shortLabel: section.shortLabel, definition: section.definition, kind };
}

const text = (t: string): FigureCell => ({ kind: "text", text: t });
const count = (value: number | null | undefined): FigureCell => ({
  kind: "count",
  value: value ?? null,
  blank: "not reported",
});

type CountsPeriod = Extract<SectionPeriod, { kind: "counts" }>;

function countsTable(entry: CountsPeriod, period: ReportPeriod): FigureTable {
  const { section, places } = entry;
  const measures = measureColumns(section);
  const outcomes = outcomeColumns(section);
  const processes = section.processes !== undefined;
  const columns: FigureColumn[] = [
    { label: "Country or place", figure: false },
    { label: "Code", figure: false, code: true },
    ...(processes ? [{ label: "Legal process", figure: false }] : []),
    ...measures.map((m) => ({ label: m.label, figure: true })),
    ...outcomes.map((o) => ({ label: o.label, figure: true })),
    // The mark the period page writes as "(as published)" after each outcome, as a column of its own here.
    ...(section.asPublishedRows ? [{ label: "Outcomes as published", figure: false }] : []),
  ];
  const rows = places.flatMap((p) =>
    orderedRows(section, p.rows).map((row): FigureCell[] => [
      text(p.place.name),
      text(p.place.code),
      ...(processes ? [text(processLabel(section, row.process))] : []),
      ...measures.map((m) => count(row[m.key])),
      ...outcomes.map((o): FigureCell => {
        const figure = outcomeFigure(row, o.key);
        return o.key === "percent"
          ? { kind: "percent", value: typeof figure === "string" ? figure : null }
          : count(typeof figure === "number" ? figure : null);
      }),
      ...(section.asPublishedRows ? [text(row.asPublished ? "yes" : "")] : []),
    ]),
  );
  const lead = (label: string) => [text(label), text(""), ...(processes ? [text("")] : [])];
  return {
    ...sectionHeading(section, "counts"),
    columns,
    rows,
    totals: totalRows(entry, measures, outcomes, lead),
    notes: countsNotes(
      entry,
      period,
      measures,
      outcomes,
      [],
      places.some((p) => p.rows.some((r) => r.asPublished)),
    ),
  };
}

type Measures = ReturnType<typeof measureColumns>;
type Outcomes = ReturnType<typeof outcomeColumns>;

/** The sum of the rows and, when the publisher states one, its total, each led by `lead`'s text cells. */
function totalRows(
  entry: CountsPeriod,
  measures: Measures,
  outcomes: Outcomes,
  lead: (label: string) => FigureCell[],
): FigureTable["totals"] {
  const { section, totals } = entry;
  const asPublished = section.asPublishedRows ? [text("")] : [];
  const sum: FigureCell[] = [
    ...lead(SUM_LABEL),
    ...measures.map((m): FigureCell => ({
      kind: "count",
      value: totals.sum[m.key].value,
      blank: "no complete figure",
    })),
    ...outcomes.map((o): FigureCell => {
      const total = o.key === "percent" ? undefined : totals.outcomes.get(o.key);
      return total ? { kind: "count", value: total.value, blank: "no complete figure" } : { kind: "none" };
    }),
    ...asPublished,
  ];
  const stated = totals.stated;
  return [
    { label: SUM_LABEL, cells: sum },
    ...(stated
      ? [
          {
            label: STATED_LABEL,
            cells: [
              ...lead(STATED_LABEL),
              ...measures.map((m) => count(stated[m.key])),
              ...outcomes.map((): FigureCell => ({ kind: "none" })),
              ...asPublished,
            ],
          },
        ]
      : []),
  ];
}

/** Coverage notes, `extra`, then why a total is incomplete, how a stated total differs, what totals leave out. */
function countsNotes(
  entry: CountsPeriod,
  period: ReportPeriod,
  measures: Measures,
  outcomes: Outcomes,
  extra: readonly (string | undefined)[],
  anyAsPublished: boolean,
): string[] {
  const { section, totals, places } = entry;
  const names = new Map(places.map((p) => [p.place.code, p.place.name]));
  return [
    ...coverageNotes(section, period),
    ...extra,
    ...measures.map((m) => incompleteSentence(m.label, totals.sum[m.key], names)),
    ...outcomes.map((o) => {
      const total = o.key === "percent" ? undefined : totals.outcomes.get(o.key);
      return total && incompleteSentence(o.label, total, names);
    }),
    ...measures.map((m) => statedTotalSentence(m.label, statedAgainstSum(totals, m.key))),
    anyAsPublished ? asPublishedSentence(section) : undefined,
    outsideTotalsSentence(section),
    percentSentence(section),
  ].filter((n): n is string => n !== undefined);
}

/**
 * A section with legal processes as its period page gives it: one row per place with the place's own figure
 * (its row for all processes, else the sum of its in-totals process rows), then the sum and stated total.
 * A published percentage is never combined, so this table has none: it stays on the process rows.
 */
function placeFiguresTable(entry: CountsPeriod, period: ReportPeriod, periodPage: string): FigureTable {
  const { section } = entry;
  const measures = measureColumns(section);
  const outcomes = outcomeColumns(section).filter((o) => o.key !== "percent");
  const percent = outcomeColumns(section).find((o) => o.key === "percent");
  const figure = (value: number | null | undefined): FigureCell =>
    value === undefined
      ? { kind: "count", value: null, blank: "no row counted in totals" }
      : { kind: "count", value, blank: "not reported" };
  const figures = placeFigures(entry);
  return {
    ...sectionHeading(section, "counts"),
    columns: [
      { label: "Country or place", figure: false },
      { label: "Code", figure: false, code: true },
      ...measures.map((m) => ({ label: m.label, figure: true })),
      ...outcomes.map((o) => ({ label: o.label, figure: true })),
      ...(section.asPublishedRows ? [{ label: "Outcomes as published", figure: false }] : []),
    ],
    rows: figures.map((p): FigureCell[] => [
      text(p.place.name),
      text(p.place.code),
      ...measures.map((m) => figure(p.measures.get(m.key))),
      ...outcomes.map((o) => figure(p.outcomes.get(o.key as CountOutcome))),
      ...(section.asPublishedRows ? [text(p.asPublished ? "yes" : "")] : []),
    ]),
    totals: totalRows(entry, measures, outcomes, (label) => [text(label), text("")]),
    notes: countsNotes(
      entry,
      period,
      measures,
      outcomes,
      [
        `${PLACE_FIGURE_RULE} Every row, process by process, is in this period's workbook and on a page for each legal process, linked from ${periodPage}.`,
        percent &&
          `${percent.label} is published for each row, so it is in the workbook and on the page for each legal process.`,
      ],
      figures.some((p) => p.asPublished),
    ),
  };
}

/** Each legal process's worldwide figure in the period (the sum of its rows), the rows for all processes last. */
function processSumsTable(entry: CountsPeriod): FigureTable {
  const { section, places, totals } = entry;
  const names = new Map(places.map((p) => [p.place.code, p.place.name]));
  const measures = measureColumns(section);
  const processes = processRows(entry);
  return {
    id: `${section.id}-processes`,
    label: `${section.label} by legal process, worldwide`,
    shortLabel: `${section.shortLabel} by process`,
    definition: "",
    kind: "counts",
    columns: [
      { label: "Legal process", figure: false },
      { label: "Places with a row", figure: true },
      ...measures.map((m) => ({ label: `${m.label} (sum of the rows)`, figure: true })),
    ],
    rows: processes.map((process): FigureCell[] => [
      text(process.label),
      count(process.rows.length),
      ...measures.map((m): FigureCell => {
        const total = process.total?.[m.key];
        return total ? { kind: "count", value: total.value, blank: "no complete figure" } : { kind: "none" };
      }),
    ]),
    totals: [],
    notes: [
      outsideTotalsSentence(section),
      processes.some((p) => p.id === ALL_PROCESSES) ? allProcessesSentence(totals.notBrokenDown.length) : undefined,
      ...processes.flatMap((process) =>
        measures.map((m) => {
          const total = process.total?.[m.key];
          return total && incompleteSentence(`${process.label}: ${m.label}`, total, names);
        }),
      ),
    ].filter((n): n is string => n !== undefined),
  };
}

function bandsTable(entry: Extract<SectionPeriod, { kind: "bands" }>, period: ReportPeriod): FigureTable {
  const section = entry.section;
  if (section.kind !== "bands") throw new Error(`Section ${section.id} is not a bands section`);
  const accounts = section.measures.accounts?.label ?? "Accounts";
  return {
    ...sectionHeading(section, "bands"),
    columns: [
      { label: "Country or place", figure: false },
      { label: "Code", figure: false, code: true },
      { label: "Authority", figure: false },
      {
        label: `${section.measures.demands.label} (band)`,
        figure: true,
        bounds: [`${section.measures.demands.label}, low`, `${section.measures.demands.label}, high`],
      },
      { label: `${accounts} (band)`, figure: true, bounds: [`${accounts}, low`, `${accounts}, high`] },
    ],
    rows: entry.places.flatMap((p) =>
      p.rows.map((row): FigureCell[] => [
        text(p.place.name),
        text(p.place.code),
        text(authorityLabel(section, row.authority)),
        { kind: "band", band: row.demands },
        { kind: "band", band: row.accounts },
      ]),
    ),
    totals: [],
    notes: [...coverageNotes(section, period), BANDS_NOTE],
  };
}

/** Every section that reported `period`, in the report's order, as tables of figures. */
export function periodFigures(report: ReportData, period: ReportPeriod): FigureTable[] {
  return periodSections(report, period).map((entry) =>
    entry.kind === "counts" ? countsTable(entry, period) : bandsTable(entry, period),
  );
}

/** One section of a period's PDF: its table and, for a section with legal processes, each process's sum. */
export interface PdfSection {
  readonly table: FigureTable;
  readonly processes?: FigureTable;
}

/**
 * Every section that reported `period`, as its PDF prints it: what the period page shows. A section with legal
 * processes gives each place's own figure and each process's worldwide figure, as the period page does; its
 * every row is in the workbook (periodFigures) and on the process pages, so that the PDF stays a readable
 * length, and a reasonable size, for a report with many processes. `periodPage` is the period page's address.
 */
export function periodPdfFigures(report: ReportData, period: ReportPeriod, periodPage: string): PdfSection[] {
  return periodSections(report, period).map((entry): PdfSection => {
    if (entry.kind === "bands") return { table: bandsTable(entry, period) };
    if (!entry.section.processes) return { table: countsTable(entry, period) };
    return { table: placeFiguresTable(entry, period, periodPage), processes: processSumsTable(entry) };
  });
}
