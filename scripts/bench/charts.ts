/**
 * How much of a build the charts cost: renders and serialises every chart the
 * build draws (breakdown and map per period page, trend per country, comparison
 * per country × period, the world trend) and times it on one core.
 */
import { countries, periodTotals, rowTotals } from "../../src/data/aggregate.ts";
import type { Dataset } from "../../src/data/dataset.ts";
import { toHtml } from "../../src/render/tree.ts";
import { breakdownChart, compareChart, countryTrend, worldMap, worldTrend } from "../../src/views/charts.ts";
import { countryPayload, periodPayload } from "../../src/payloads/payloads.ts";
import { dec1, failures, int, table } from "./report.ts";

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

/** Charts are drawn at build time; their share of the build must stay under 20%. */
export const BUDGET_CHART_SHARE = 0.2;

export function chartTable(dataset: Dataset, buildSeconds: number): void {
  const charts = chartCost(dataset);
  const share = charts.seconds / buildSeconds;
  console.log("Charts drawn at build time");
  table([
    ["measure", "value"],
    ["charts rendered and serialised", int.format(charts.charts)],
    ["time on one core", `${dec1.format(charts.seconds)} s`],
    ["share of the build time (budget ≤ 20%)", `${dec1.format(share * 100)}%`],
    ["SVG and markup written (uncompressed)", `${int.format(charts.bytes / 1e6)} MB`],
  ]);
  if (share > BUDGET_CHART_SHARE) {
    failures.push(`Chart budget: drawing charts took ${dec1.format(share * 100)}% of the build (budget 20%)`);
  }
}
