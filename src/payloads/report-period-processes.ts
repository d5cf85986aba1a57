/**
 * A counts section with legal processes in one period, split for its pages: each place's own figure (the
 * period page's table, one row per place) and every row grouped by process (one page per process, so that no
 * page carries every place × process row of a period). Worked out from periodSections' objects, so the period
 * page, its process pages and the country × period pages never disagree.
 */
import type { CountsRow } from "../data/report/counts-file.ts";
import type { CountsSectionDescription } from "../data/report/description-schema.ts";
import type { ReportData } from "../data/report/load-report.ts";
import {
  type CountMeasure,
  type CountOutcome,
  type MeasureTotal,
  measureOf,
  outcomeOf,
  placeFigure,
} from "../data/report/report-aggregate.ts";
import type { ReportPeriod } from "../data/report/report-period.ts";
import { type PlaceEntry, periodSections, reportPeriods, type SectionPeriod } from "./report-model.ts";
import { processLabel } from "./report-words.ts";

type CountsPeriod = Extract<SectionPeriod, { kind: "counts" }>;

/** The id of the rows that cover every process together, and of their page. */
export const ALL_PROCESSES = "all";

/** One process of a section in one period: every place's row for it, in place order. */
export interface ProcessRows {
  /** A declared process id, or ALL_PROCESSES for the places' rows covering every process. */
  readonly id: string;
  readonly label: string;
  readonly rows: readonly { readonly place: PlaceEntry; readonly row: CountsRow }[];
  /** The worldwide sum of the process's rows per measure; undefined for the rows covering every process. */
  readonly total: Readonly<Record<CountMeasure, MeasureTotal>> | undefined;
}

/** Every process with at least one row in the period, in the declared order, the rows for all processes last. */
export function processRows(entry: CountsPeriod): ProcessRows[] {
  const { section } = entry;
  const ids = [...(section.processes ?? []).map((p) => p.id), ALL_PROCESSES];
  return ids.flatMap((id): ProcessRows[] => {
    const rows = entry.places.flatMap((p) =>
      p.rows.filter((r) => (r.process ?? ALL_PROCESSES) === id).map((row) => ({ place: p.place, row })),
    );
    if (rows.length === 0) return [];
    return [
      {
        id,
        label: processLabel(section, id),
        rows,
        total: id === ALL_PROCESSES ? undefined : entry.totals.byProcess.get(id),
      },
    ];
  });
}

/** A place's figure as totals count it: null is "not reported", undefined "no row counted in totals". */
export interface PlaceFigures {
  readonly place: PlaceEntry;
  readonly measures: ReadonlyMap<CountMeasure, number | null | undefined>;
  readonly outcomes: ReadonlyMap<CountOutcome, number | null | undefined>;
  /** Whether any of the rows behind the figure gives outcomes that do not add up ("as published"). */
  readonly asPublished: boolean;
}

const MEASURES: readonly CountMeasure[] = ["requests", "accounts", "notified"];

/** The outcomes a place's figure can add up: counts, never a published percentage. */
export function countedOutcomes(section: CountsSectionDescription): CountOutcome[] {
  const o = section.outcomes;
  if (o.scheme === "four") return ["content", "nonContent", "noData", "rejected"];
  if (o.scheme === "some-data" && o.given === "count") return ["someData"];
  return [];
}

/** Each place's own figure in the period: its `all` row, else the sum of its in-totals process rows. */
export function placeFigures(entry: CountsPeriod): PlaceFigures[] {
  const { section } = entry;
  const inTotals = new Set((section.processes ?? []).filter((p) => p.inTotals).map((p) => p.id));
  const measures = MEASURES.filter((m) => section.measures[m] !== undefined);
  const outcomes = countedOutcomes(section);
  return entry.places.map((p) => {
    const all = p.rows.find((r) => r.process === ALL_PROCESSES || r.process === undefined);
    const behind = all ? [all] : p.rows.filter((r) => r.process !== undefined && inTotals.has(r.process));
    return {
      place: p.place,
      measures: new Map(measures.map((m) => [m, placeFigure(p.rows, measureOf(m), inTotals)])),
      outcomes: new Map(outcomes.map((o) => [o, placeFigure(p.rows, outcomeOf(o), inTotals)])),
      asPublished: behind.some((r) => r.asPublished),
    };
  });
}

/** The counts section `sectionId` in `period`, when the period has it. */
export function countsPeriod(report: ReportData, period: ReportPeriod, sectionId: string): CountsPeriod | undefined {
  const entry = periodSections(report, period).find((e) => e.section.id === sectionId);
  return entry?.kind === "counts" ? entry : undefined;
}

/** Every period × section with processes × process that has rows: one page each. */
export function processPages(
  report: ReportData,
): { period: ReportPeriod; entry: CountsPeriod; process: ProcessRows; processes: readonly ProcessRows[] }[] {
  return reportPeriods(report).flatMap((period) =>
    periodSections(report, period).flatMap((entry) => {
      if (entry.kind !== "counts" || !entry.section.processes) return [];
      const processes = processRows(entry);
      return processes.map((process) => ({ period, entry, process, processes }));
    }),
  );
}
