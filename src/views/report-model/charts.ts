/**
 * The charts of a described report's pages and the sentences about them, built from the same payloads as the
 * tables beside them (src/payloads/report-model.ts, report-series.ts). Each sentence is written here once;
 * nothing is drawn that the tables do not give: a total some places left blank is drawn hatched as "at
 * least", a period without a figure is marked, never drawn as 0, and a published percentage is drawn as
 * published, never combined across places.
 */
import { basisPoints } from "../../data/aggregate.ts";
import type { CountsRow } from "../../data/report/counts-file.ts";
import type { CountsSectionDescription } from "../../data/report/description-schema.ts";
import {
  type CountMeasure,
  type CountOutcome,
  isEmptyTotal,
  leadMeasure,
  type MeasureTotal,
  measureOf,
  type PeriodTotals,
  placeFigure,
  statedAgainstSum,
} from "../../data/report/report-aggregate.ts";
import { type ReportPeriod, reportPeriodLabel, reportPeriodSlug } from "../../data/report/report-period.ts";
import { formatCount, formatCountOf, formatShare } from "../../data/format.ts";
import {
  type LegendEntry,
  renderHistoryChart,
  renderRowsChart,
  renderShareChart,
} from "../../charts/report-history.ts";
import {
  type HistoryFigure,
  historyLayout,
  type HistoryPoint,
  rowsLayout,
  shareLayout,
  type SharePoint,
} from "../../charts/report-history-layout.ts";
import { type Child, h } from "../../render/tree.ts";
import { measureColumns, outcomeColumns } from "./cells.ts";

/** One period of a section's worldwide history on its chart axis; `totals` null where the section has no file. */
export interface TotalsPoint {
  readonly period: ReportPeriod;
  readonly totals: PeriodTotals | null;
  readonly rows: readonly CountsRow[] | null;
}

const X_TITLE = "Period, labelled by year";
const SECOND_HEIGHT = 170;

/**
 * A worldwide total as drawn: the figure, "at least" what the places that reported add up to (0 too, when
 * every one of them reported 0), or none when no place gave a figure.
 */
export function totalFigure(total: MeasureTotal): HistoryFigure {
  if (total.value !== null) return { kind: "value", value: total.value };
  return total.reportedBy > 0 ? { kind: "incomplete", reported: total.reported } : { kind: "none" };
}

function points(entries: readonly { period: ReportPeriod; figure: HistoryFigure }[]): HistoryPoint[] {
  return entries.map((e) => ({ slug: reportPeriodSlug(e.period), year: e.period.year, figure: e.figure }));
}

/** "3 periods have" / "1 period has", through the project's plural helper. */
function periodsHave(n: number): string {
  return formatCountOf(n, "period has", "periods have");
}

/**
 * The summary of a history chart: first, last and largest complete figure, then how many periods are
 * incomplete or have no figure, and how the chart marks them. `subject` names the measure and where it is
 * from ("Requests worldwide", "Requests from France").
 */
export function historySummary(
  subject: string,
  entries: readonly { period: ReportPeriod; figure: HistoryFigure }[],
  noneWords = "no figure",
): string {
  const complete = entries.flatMap((e) =>
    e.figure.kind === "value" ? [{ period: e.period, value: e.figure.value }] : [],
  );
  const first = complete[0];
  const last = complete.at(-1);
  let text: string;
  if (!first || !last) text = `${subject}: no period has a complete figure.`;
  else if (first === last) text = `${subject}: ${formatCount(first.value)} in ${reportPeriodLabel(first.period)}.`;
  else {
    const peak = complete.reduce((a, b) => (b.value > a.value ? b : a));
    text =
      `${subject}: ${formatCount(first.value)} in ${reportPeriodLabel(first.period)}, ` +
      `${formatCount(last.value)} in ${reportPeriodLabel(last.period)}; ` +
      `the most, ${formatCount(peak.value)}, in ${reportPeriodLabel(peak.period)}.`;
  }
  const incomplete = entries.filter((e) => e.figure.kind === "incomplete").length;
  const none = entries.filter((e) => e.figure.kind === "none").length;
  if (incomplete > 0)
    text += ` ${periodsHave(incomplete)} an incomplete total (some places did not report it), drawn hatched and marked ≥: at least that many.`;
  if (none > 0) text += ` ${periodsHave(none)} ${noneWords}, marked ? on the baseline.`;
  const kinds = new Set(entries.map((e) => e.period.kind));
  if (kinds.size > 1)
    text +=
      " Whole years and half-years are drawn as published, so a year's bar counts twelve months and a half-year's six.";
  return text;
}

function legendFor(measure: string, entries: readonly { figure: HistoryFigure }[], noneLabel: string): LegendEntry[] {
  const kinds = new Set(entries.map((e) => e.figure.kind));
  return [
    { key: "value", label: measure },
    ...(kinds.has("incomplete") ? [{ key: "incomplete", label: "Incomplete total: at least this many" } as const] : []),
    ...(kinds.has("none") ? [{ key: "none", label: noneLabel } as const] : []),
  ];
}

function historyChart(
  id: string,
  title: string,
  summary: string,
  measure: string,
  entries: readonly { period: ReportPeriod; figure: HistoryFigure }[],
  noneLabel: string,
  height?: number,
): Child {
  if (entries.length === 0) return null;
  return renderHistoryChart({ id, title, summary }, historyLayout(points(entries), height), {
    yTitle: measure,
    xTitle: X_TITLE,
    legend: legendFor(measure, entries, noneLabel),
  });
}

const NO_FILE = "No figures published for the period";

/** Sentences about the publisher's own total where it differs from the rows' sum; the table gives both. */
function statedNote(series: readonly TotalsPoint[], measure: CountMeasure): string {
  const differs = series.filter((p) => {
    const against = p.totals && statedAgainstSum(p.totals, measure);
    return against !== undefined && against !== null && against.difference !== 0;
  }).length;
  return differs > 0
    ? ` The chart draws the sum of the rows; in ${formatCountOf(differs, "period", "periods")} the publisher states a different total, given in the table.`
    : "";
}

/** The worldwide history of one measure of a section. */
function measureChart(
  section: CountsSectionDescription,
  series: readonly TotalsPoint[],
  measure: { key: CountMeasure; label: string },
  height?: number,
): Child {
  const entries = series.map((p) => ({
    period: p.period,
    figure: p.totals ? totalFigure(p.totals.sum[measure.key]) : ({ kind: "none" } as const),
  }));
  const summary =
    historySummary(`${measure.label} worldwide`, entries, "no figures published") +
    (measure.key === leadMeasure(section) ? statedNote(series, measure.key) : "");
  return historyChart(
    `${section.id}-chart-${measure.key}`,
    `${section.label}: ${measure.label.toLowerCase()} worldwide, by period`,
    summary,
    measure.label,
    entries,
    NO_FILE,
    height,
  );
}

/** A share as shown: two decimals from basis points, or the publisher's percentage exactly as written. */
interface ShareEntry {
  readonly period: ReportPeriod;
  /** Parts in percent for drawing, with the text each is shown as; null: no share for the period. */
  readonly parts: readonly { key: string; percent: number; text: string }[] | null;
}

const FOUR: readonly Exclude<CountOutcome, "someData">[] = ["content", "nonContent", "noData", "rejected"];

/** The publisher's own percentage for the whole period: its `total` row's, never one made from places. */
function statedPercent(rows: readonly CountsRow[] | null): string | null {
  const total = rows?.find((r) => r.place === "total" && (r.process === "all" || r.process === undefined));
  return total?.outcomes.scheme === "some-data-percent" ? total.outcomes.percent : null;
}

/** The headline share of each period, where the scheme allows one; empty when it never does. */
export function shareEntries(section: CountsSectionDescription, series: readonly TotalsPoint[]): ShareEntry[] {
  const scheme = section.outcomes;
  if (scheme.scheme === "none") return [];
  return series.map((p): ShareEntry => {
    const t = p.totals;
    if (!t) return { period: p.period, parts: null };
    if (scheme.scheme === "four") {
      const values = FOUR.map((o) => t.outcomes.get(o)?.value ?? null);
      if (values.some((v) => v === null)) return { period: p.period, parts: null };
      const whole = values.reduce<number>((a, v) => a + (v ?? 0), 0);
      if (whole === 0) return { period: p.period, parts: null };
      return {
        period: p.period,
        parts: FOUR.map((o, i) => {
          const bp = basisPoints(values[i] ?? 0, whole) ?? 0;
          return { key: o, percent: bp / 100, text: formatShare(bp) };
        }),
      };
    }
    if (scheme.given === "percent") {
      const stated = statedPercent(p.rows);
      return {
        period: p.period,
        parts: stated === null ? null : [{ key: "share", percent: Number(stated), text: `${stated}%` }],
      };
    }
    const part = t.outcomes.get("someData")?.value ?? null;
    const whole = t.sum[scheme.per === "account" ? "accounts" : "requests"].value;
    const bp = part === null || whole === null ? null : basisPoints(part, whole);
    return {
      period: p.period,
      parts: bp === null ? null : [{ key: "share", percent: bp / 100, text: formatShare(bp) }],
    };
  });
}

function shareTitle(section: CountsSectionDescription): string {
  const scheme = section.outcomes;
  if (scheme.scheme === "four")
    return `${section.label}: share of ${scheme.per === "account" ? "accounts" : "requests"} by outcome, worldwide`;
  if (scheme.scheme === "some-data" && scheme.given === "percent")
    return `${section.label}: ${scheme.label.toLowerCase()}, as the publisher states it for the whole period`;
  return `${section.label}: ${scheme.scheme === "some-data" ? scheme.label.toLowerCase() : ""}, share of ${
    scheme.scheme === "some-data" && scheme.per === "account" ? "accounts" : "requests"
  } worldwide`;
}

/** The sentence under a share chart: the latest period with a share, and the first for comparison. */
export function shareSummary(section: CountsSectionDescription, entries: readonly ShareEntry[]): string {
  const withShare = entries.filter((e) => e.parts !== null);
  const last = withShare.at(-1);
  const first = withShare[0];
  const columns = outcomeColumns(section);
  const none = entries.length - withShare.length;
  const tail = none > 0 ? ` ${periodsHave(none)} no share, marked ? on the baseline.` : "";
  if (!last?.parts || !first?.parts) return `No period has a share to draw.${tail}`;
  const scheme = section.outcomes;
  if (scheme.scheme === "four") {
    const parts = last.parts.map((part, i) => `${(columns[i]?.label ?? part.key).toLowerCase()} ${part.text}`);
    return `${reportPeriodLabel(last.period)}: ${parts.join(", ")}.${tail}`;
  }
  const label = scheme.scheme === "some-data" ? scheme.label : "";
  const now = `${label}: ${last.parts[0]?.text ?? ""} in ${reportPeriodLabel(last.period)}`;
  const then = first === last ? "" : `, against ${first.parts[0]?.text ?? ""} in ${reportPeriodLabel(first.period)}`;
  const stated =
    scheme.scheme === "some-data" && scheme.given === "percent"
      ? " (the publisher's own figure for the whole period)"
      : "";
  return `${now}${then}${stated}.${tail}`;
}

function shareTable(
  section: CountsSectionDescription,
  entries: readonly ShareEntry[],
  heads: readonly string[],
): Child {
  return h(
    "details",
    { class: "chart-data" },
    h("summary", {}, "Shares as a table"),
    h(
      "div",
      { class: "table-scroll", tabindex: 0, role: "region", "aria-label": `${section.label}: shares by period` },
      h(
        "table",
        {},
        h("caption", {}, shareTitle(section)),
        h(
          "thead",
          {},
          h(
            "tr",
            {},
            h("th", { scope: "col" }, "Period"),
            heads.map((t) => h("th", { scope: "col", class: "num" }, t)),
          ),
        ),
        h(
          "tbody",
          {},
          entries.map((e) =>
            h(
              "tr",
              {},
              h("th", { scope: "row" }, reportPeriodLabel(e.period)),
              heads.map((_, i) =>
                e.parts
                  ? h("td", { class: "num" }, e.parts[i]?.text ?? "")
                  : h("td", { class: "num not-reported" }, "no share"),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}

function shareChart(section: CountsSectionDescription, series: readonly TotalsPoint[]): Child {
  const entries = shareEntries(section, series);
  if (!entries.some((e) => e.parts !== null)) return null;
  const columns = outcomeColumns(section);
  const scheme = section.outcomes;
  const heads = scheme.scheme === "four" ? columns.map((c) => c.label) : [columns[0]?.label ?? ""];
  const legend: LegendEntry[] =
    scheme.scheme === "four"
      ? FOUR.map((o, i) => ({ key: o, label: columns[i]?.label ?? o }))
      : [{ key: "share", label: heads[0] ?? "" }];
  if (entries.some((e) => e.parts === null)) legend.push({ key: "none", label: "No share for the period" });
  const layoutPoints: SharePoint[] = entries.map((e) => ({
    slug: reportPeriodSlug(e.period),
    year: e.period.year,
    parts: e.parts && e.parts.map((p) => ({ key: p.key, percent: p.percent })),
  }));
  return [
    renderShareChart(
      { id: `${section.id}-chart-share`, title: shareTitle(section), summary: shareSummary(section, entries) },
      shareLayout(layoutPoints, scheme.scheme === "four" ? undefined : SECOND_HEIGHT),
      { xTitle: X_TITLE, legend },
    ),
    shareTable(section, entries, heads),
  ];
}

function figureText(figure: HistoryFigure): string {
  return figure.kind === "value"
    ? formatCount(figure.value)
    : figure.kind === "incomplete"
      ? `at least ${formatCount(figure.reported)} (incomplete)`
      : "no rows";
}

/** A process's worldwide total as drawn; an empty total (no place broke down into it) is "no rows", as in the table. */
function processFigure(total: MeasureTotal | undefined): HistoryFigure {
  if (!total || isEmptyTotal(total)) return { kind: "none" };
  return totalFigure(total);
}

/** Worldwide requests per legal process in the latest period, with all processes together kept apart. */
export function processChart(section: CountsSectionDescription, series: readonly TotalsPoint[]): Child {
  const processes = section.processes;
  const latest = [...series].reverse().find((p) => p.totals !== null);
  if (!processes || !latest?.totals) return null;
  const t = latest.totals;
  // The section's lead measure: requests, or accounts in a section that counts only accounts.
  const lead = leadMeasure(section);
  const measure = section.measures[lead]?.label ?? "";
  const items = processes.map((p) => ({ process: p, figure: processFigure(t.byProcess.get(p.id)?.[lead]) }));
  const all = totalFigure(t.sum[lead]);
  const labels = [
    ...items.map((i) => ({
      key: i.process.id,
      label: `${i.process.label}${i.process.inTotals ? "" : " (not in totals)"}: ${figureText(i.figure)}`,
      outside: !i.process.inTotals,
    })),
    { key: "all", label: `All processes together, the section's total: ${figureText(all)}`, outside: false },
  ];
  const period = reportPeriodLabel(latest.period);
  const counted = items.filter((i) => i.process.inTotals && i.figure.kind === "value");
  const most = counted.reduce<(typeof counted)[number] | undefined>(
    (a, b) => (a && a.figure.kind === "value" && b.figure.kind === "value" && a.figure.value >= b.figure.value ? a : b),
    undefined,
  );
  const outside = processes.filter((p) => !p.inTotals);
  const gaveAll = t.notBrokenDown.length;
  const summary =
    `${period}: ` +
    (most && most.figure.kind === "value"
      ? `the largest process in totals is ${most.process.label}, with ${formatCount(most.figure.value)}; `
      : "") +
    `all processes together come to ${figureText(all)}.` +
    (outside.length > 0 ? ` Not in totals, and drawn hatched: ${outside.map((p) => p.label).join(", ")}.` : "") +
    (gaveAll > 0
      ? ` ${formatCountOf(gaveAll, "place", "places")} gave only a figure for all processes together, so the process bars leave ${gaveAll === 1 ? "it" : "them"} out.`
      : "");
  const legend: LegendEntry[] = [{ key: "value", label: measure }];
  if (outside.length > 0) legend.push({ key: "outside", label: "Not in totals" });
  if ([...items.map((i) => i.figure), all].some((f) => f.kind === "incomplete"))
    legend.push({ key: "incomplete", label: "Incomplete total: at least this many" });
  if (items.some((i) => i.figure.kind === "none")) legend.push({ key: "none", label: "No rows for the process" });
  return renderRowsChart(
    {
      id: `${section.id}-chart-processes`,
      title: `${section.label}: ${measure.toLowerCase()} by legal process, worldwide, ${period}`,
      summary,
    },
    rowsLayout([...items.map((i) => ({ key: i.process.id, figure: i.figure })), { key: "all", figure: all }]),
    labels,
    { apart: 1, legend },
  );
}

/** The overview's charts for one counts section: requests, the second measure, the headline share, processes. */
export function sectionCharts(section: CountsSectionDescription, series: readonly TotalsPoint[]): Child {
  const [requests, second] = measureColumns(section);
  if (!requests) return null;
  return h(
    "div",
    { class: "report-charts" },
    measureChart(section, series, requests),
    second ? measureChart(section, series, second, SECOND_HEIGHT) : null,
    shareChart(section, series),
    processChart(section, series),
  );
}

/** One place's requests in a section, period by period: its `all` row, else its in-totals process rows added. */
export function placeChart(
  section: CountsSectionDescription,
  placeName: string,
  series: readonly { period: ReportPeriod; rows: readonly CountsRow[] }[],
): Child {
  const inTotals = new Set((section.processes ?? []).filter((p) => p.inTotals).map((p) => p.id));
  const lead = leadMeasure(section);
  const measure = section.measures[lead]?.label ?? "";
  const entries = series.map((p) => {
    const value = p.rows.length > 0 ? placeFigure(p.rows, measureOf(lead), inTotals) : undefined;
    return {
      period: p.period,
      figure: typeof value === "number" ? ({ kind: "value", value } as const) : ({ kind: "none" } as const),
    };
  });
  return historyChart(
    `${section.id}-chart-place`,
    `${section.label}: ${measure.toLowerCase()} from ${placeName}, by period`,
    historySummary(`${measure} from ${placeName}`, entries, "no row or no figure for it"),
    measure,
    entries,
    "No row, or not reported",
  );
}
