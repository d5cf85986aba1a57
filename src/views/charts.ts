import { rowTotals, type Totals } from "../data/aggregate.ts";
import { isolate } from "../data/format.ts";
import { type Period, periodLabel } from "../data/period.ts";
import { renderBreakdown } from "../charts/breakdown.ts";
import { compareState, renderCompare } from "../charts/compare.ts";
import { mapState, renderMap } from "../charts/map.ts";
import { renderTrend } from "../charts/trend.ts";
import { type El, h } from "../render/tree.ts";
import { urls } from "../lib/urls.ts";
import type { CountryPayload, PeriodPayload } from "../payloads/payloads.ts";
import type { CorrectionRef } from "../publication/note.ts";
import { periodHistoryTable } from "./tables.ts";

/** The charts each view shows, built from the same payloads as the tables beside them. */
export function breakdownChart(totals: Totals, subject: string, period: Period): El {
  return renderBreakdown(totals, {
    id: "breakdown",
    title: `Share of requests by outcome, ${subject}, ${periodLabel(period)}`,
  });
}

export function worldMap(p: PeriodPayload): El {
  return renderMap(mapState(p.period, p.rows), { id: "map" });
}

export function countryTrend(c: CountryPayload): El {
  return renderTrend(
    {
      subject: isolate(c.name),
      points: c.series.map((s) => ({ period: s.period, totals: s.row ? rowTotals(s.row) : null })),
    },
    { id: "trend", title: `Requests from ${isolate(c.name)} by period, stacked by outcome` },
  );
}

export function compareChart(c: CountryPayload, totals: Totals, global: Totals, period: Period): El {
  return renderCompare(compareState(isolate(c.name), totals, global), {
    id: "compare",
    title: `Outcomes in ${isolate(c.name)} against worldwide, ${periodLabel(period)}`,
  });
}

/** Worldwide requests in every period, for the periods index; it carries its own data table. */
export function worldTrend(
  periods: readonly { period: Period; totals: Totals; corrections?: readonly CorrectionRef[] }[],
): El {
  return renderTrend(
    { subject: "Worldwide", points: periods.map((p) => ({ period: p.period, totals: p.totals })) },
    {
      id: "world-trend",
      title: "Requests worldwide by period, stacked by outcome",
      table: h(
        "details",
        { class: "chart-data" },
        h("summary", {}, "Show data"),
        periodHistoryTable(
          periods.map((p) => ({
            period: p.period,
            row: p.totals,
            href: urls.period(p.period),
            corrections: p.corrections ?? [],
          })),
          {
            caption: "Worldwide: requests, accounts/users and outcomes by period",
            id: "world-trend-table",
            totalLabel: (n) => `All ${n} periods`,
          },
        ),
      ),
    },
  );
}
