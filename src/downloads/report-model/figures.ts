/**
 * One period of a described report as the workbook and the PDF both lay it out: per section the columns,
 * every row as published, the sum of the rows and the publisher's stated total beside it, and the notes that
 * explain them. Built from the same payload the period page reads (periodSections) and worded by the same
 * sentences (src/payloads/report-words.ts), so the three never disagree about a figure.
 */
import type { ReportBand } from "../../data/report/bands-file.ts";
import type { ReportData } from "../../data/report/load-report.ts";
import { statedAgainstSum } from "../../data/report/report-aggregate.ts";
import type { ReportPeriod } from "../../data/report/report-period.ts";
import { coverageNotes, periodSections, type SectionPeriod } from "../../payloads/report-model.ts";
import {
  asPublishedSentence,
  authorityLabel,
  incompleteSentence,
  measureColumns,
  outcomeColumns,
  outcomeFigure,
  orderedRows,
  outsideTotalsSentence,
  percentSentence,
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
  | { readonly kind: "count"; readonly value: number | null; readonly blank: "not reported" | "no complete figure" }
  | { readonly kind: "percent"; readonly value: string | null }
  | { readonly kind: "band"; readonly band: ReportBand | null }
  | { readonly kind: "none" };

export interface FigureColumn {
  readonly label: string;
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

const text = (t: string): FigureCell => ({ kind: "text", text: t });
const count = (value: number | null | undefined): FigureCell => ({
  kind: "count",
  value: value ?? null,
  blank: "not reported",
});

function countsTable(entry: Extract<SectionPeriod, { kind: "counts" }>, period: ReportPeriod): FigureTable {
  const { section, totals, places } = entry;
  const measures = measureColumns(section);
  const outcomes = outcomeColumns(section);
  const processes = section.processes !== undefined;
  const columns: FigureColumn[] = [
    { label: "Country or place", figure: false },
    { label: "Code", figure: false },
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
    ...(section.asPublishedRows ? [text("")] : []),
  ];
  const stated = totals.stated;
  const names = new Map(places.map((p) => [p.place.code, p.place.name]));
  const notes = [
    ...coverageNotes(section, period),
    ...measures.map((m) => incompleteSentence(m.label, totals.sum[m.key], names)),
    ...outcomes.map((o) => {
      const total = o.key === "percent" ? undefined : totals.outcomes.get(o.key);
      return total && incompleteSentence(o.label, total, names);
    }),
    ...measures.map((m) => statedTotalSentence(m.label, statedAgainstSum(totals, m.key))),
    places.some((p) => p.rows.some((r) => r.asPublished)) ? asPublishedSentence(section) : undefined,
    outsideTotalsSentence(section),
    percentSentence(section),
  ].filter((n): n is string => n !== undefined);
  return {
    id: section.id,
    label: section.label,
    shortLabel: section.shortLabel,
    definition: section.definition,
    kind: "counts",
    columns,
    rows,
    totals: [
      { label: SUM_LABEL, cells: sum },
      ...(stated
        ? [
            {
              label: STATED_LABEL,
              cells: [
                ...lead(STATED_LABEL),
                ...measures.map((m) => count(stated[m.key])),
                ...outcomes.map((): FigureCell => ({ kind: "none" })),
                ...(section.asPublishedRows ? [text("")] : []),
              ],
            },
          ]
        : []),
    ],
    notes,
  };
}

function bandsTable(entry: Extract<SectionPeriod, { kind: "bands" }>, period: ReportPeriod): FigureTable {
  const section = entry.section;
  if (section.kind !== "bands") throw new Error(`Section ${section.id} is not a bands section`);
  const accounts = section.measures.accounts?.label ?? "Accounts";
  return {
    id: section.id,
    label: section.label,
    shortLabel: section.shortLabel,
    definition: section.definition,
    kind: "bands",
    columns: [
      { label: "Country or place", figure: false },
      { label: "Code", figure: false },
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
