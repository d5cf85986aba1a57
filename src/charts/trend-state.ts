import { OUTCOMES, sharesOf, type Totals } from "../data/aggregate.ts";
import { formatCount, formatCountOf, formatRequests, formatShare } from "../data/format.ts";
import { type Period, periodInText, periodLabel } from "../data/period.ts";
import { OUTCOME_LABELS } from "../registry/outcomes.ts";

/**
 * The history chart's state and its words. `totals` is null where the period's report has no row for the
 * subject: that is "not in the report", never zero requests (see the definitions page, #absent-countries).
 */
export interface TrendPoint {
  period: Period;
  totals: Totals | null;
}

export interface TrendState {
  subject: string;
  points: TrendPoint[];
}

/** The words for a period with no row, shared by the tooltip, the table and the summary. */
export const NOT_IN_REPORT = "not in this period's report";

/** One period's figures as short lines: the tooltip shows one per line. */
export function periodLines(p: TrendPoint): string[] {
  const label = periodLabel(p.period);
  if (!p.totals) return [label, NOT_IN_REPORT];
  const t = p.totals;
  const s = sharesOf(t);
  return [
    label,
    formatRequests(t.requests),
    t.accounts === null ? "accounts/users not reported" : formatCountOf(t.accounts, "account/user", "accounts/users"),
    ...OUTCOMES.map((o) => `${OUTCOME_LABELS[o]} ${formatShare(s[o])} (${formatCount(t[o])})`),
  ];
}

/** What a screen reader hears for one period; the tooltip shows the same parts one per line (see tip.ts). */
export function describePeriod(p: TrendPoint): string {
  const [label, ...parts] = periodLines(p);
  return `${label ?? ""}: ${parts.join("; ")}`;
}

export function trendSummary(state: TrendState): string {
  const reported = state.points.filter((p) => p.totals);
  const first = reported[0];
  const last = reported.at(-1);
  if (!first?.totals || !last?.totals) return `${state.subject}: not in any period's report.`;
  const peak = reported.reduce((a, b) => ((b.totals?.requests ?? 0) > (a.totals?.requests ?? 0) ? b : a));
  const gaps = state.points.length - reported.length;
  return (
    `${state.subject}: ${formatRequests(first.totals.requests)} in ${periodInText(first.period)}, ` +
    `${formatCount(last.totals.requests)} in ${periodInText(last.period)}; ` +
    `the most, ${formatCount(peak.totals?.requests ?? 0)}, in ${periodInText(peak.period)}.` +
    (gaps > 0 ? ` ${gaps} of ${state.points.length} periods have no row for it (shown as a dashed mark).` : "")
  );
}
