/**
 * How much of a build the charts cost: renders and serialises every chart the
 * build draws (breakdown and map per period page, trend per country, comparison
 * per country × period, the world trend) and times it on one core.
 */
import { countries, periodTotals, rowTotals } from "../src/data/aggregate.ts";
import type { Dataset } from "../src/data/dataset.ts";
import { toHtml } from "../src/render/tree.ts";
import { breakdownChart, compareChart, countryTrend, worldMap, worldTrend } from "../src/views/charts.ts";
import { countryPayload, periodPayload } from "../src/payloads/payloads.ts";

export interface ChartCost {
  charts: number;
  seconds: number;
  bytes: number;
}

export function chartCost(dataset: Dataset): ChartCost {
  const start = performance.now();
  let charts = 0;
  let bytes = 0;
  const draw = (html: string) => {
    charts += 1;
    bytes += html.length;
  };
  // The overview draws the latest period's charts a second time.
  const periodPages = [...dataset.periods, ...dataset.periods.slice(-1)];
  for (const data of periodPages) {
    const payload = periodPayload(dataset, data);
    draw(toHtml(breakdownChart(payload.totals, "worldwide", data.period)));
    draw(toHtml(worldMap(payload)));
  }
  draw(toHtml(worldTrend(dataset.periods.map((p) => ({ period: p.period, totals: periodTotals(p) })))));
  for (const c of countries(dataset)) {
    const payload = countryPayload(dataset, c.code, c.name);
    draw(toHtml(countryTrend(payload)));
    for (const entry of payload.series) {
      const totals = rowTotals(entry.row);
      draw(toHtml(compareChart(payload, totals, entry.global, entry.period)));
    }
  }
  return { charts, seconds: (performance.now() - start) / 1000, bytes };
}
