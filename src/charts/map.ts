import { scaleThreshold } from "d3-scale";
import { MAP_CODES } from "./map-codes.ts";
import { formatCount, formatRequests, isolate } from "../data/format.ts";
import { type Period, periodInText, periodLabel, periodSlug } from "../data/period.ts";
import { urls } from "../lib/urls.ts";
import { type El, h } from "../render/tree.ts";
import type { PublicRow } from "../payloads/payloads.ts";
import { MAP_RAMP } from "./palette.ts";
import { noneHatchDef, type Paint, swatch } from "./svg.ts";

/** Not in the period's report: the page background, so it reads as "nothing here", unlike the hatch of 0. */
const MAP_ABSENT: Paint = { class: "paint-bg", fill: null };

/**
 * The class of a bin's fill. charts.css paints `map-bin-N` with `--map-(N+1)`, which global.css sets from MAP_RAMP
 * (or the dark scheme's ramp), so the markup holds no colour.
 */
export function mapBinClass(bin: number): string {
  return `map-bin-${bin}`;
}

/**
 * The country outlines live in one SVG file (src/pages/data/world-map.svg.ts) that every map references with
 * `<use>`: the browser fetches and caches it once, and each page only carries its fills and links. That keeps a
 * period page's HTML small, and lets a map drawn in place in the browser come from the same code with no extra data.
 */
export const WORLD_MAP_SVG = "/data/world-map.svg";
export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 440;
/** The id of a country's outline inside the outline file; `world` holds every outline. */
export function shapeId(code: string): string {
  return `c-${code.toLowerCase()}`;
}

/** Bins of requests, by order of magnitude: readers compare "hundreds" with "thousands", not exact shades. */
export const MAP_THRESHOLDS = [10, 100, 1000, 10000] as const;
const binOf = scaleThreshold()
  .domain([...MAP_THRESHOLDS])
  .range([0, 1, 2, 3, 4]);

export const MAP_BIN_LABELS = ["1–9", "10–99", "100–999", "1,000–9,999", "10,000 or more"] as const;

/**
 * State: requests per country code for one period. A country with a row of 0 requests reported none; a country
 * with no row is not in the period's report, which is not the same (see the definitions page).
 */
export interface MapState {
  period: Period;
  requests: Map<string, { name: string; requests: number }>;
}

export function mapState(period: Period, rows: readonly PublicRow[]): MapState {
  return { period, requests: new Map(rows.map((r) => [r.countryCode, { name: r.country, requests: r.requests }])) };
}

/** The ramp index for a count of requests, or null for none: no requests is a kind, not the lightest shade. */
export function mapBin(requests: number): number | null {
  return requests > 0 ? binOf(requests) : null;
}

export function mapSummary(state: MapState): string {
  const ranked = [...state.requests.values()].filter((r) => r.requests > 0).sort((a, b) => b.requests - a.requests);
  const top = ranked.slice(0, 3).map((r) => `${isolate(r.name)} (${formatCount(r.requests)})`);
  const most = top.length > 1 ? `${top.slice(0, -1).join(", ")} and ${top.at(-1) ?? ""}` : (top[0] ?? "");
  return (
    `In ${periodInText(state.period)}, ${ranked.length} countries or regions made requests` +
    (most ? `; the most came from ${most}` : "") +
    ". Countries that reported 0 requests are hatched; countries not in this period's report are left blank. " +
    "The table below lists every country in the report with its figures."
  );
}

/**
 * Render: a choropleth of requests. Every country is first drawn blank ("not in this period's report");
 * countries whose row says 0 requests are drawn hatched over it, and countries with requests in their bin's
 * colour, linking to the country's page for the period. The links
 * stay out of the tab order and the SVG is hidden from assistive technology: the keyboard and screen-reader
 * path is the summary and the country table beside the map.
 */
export function renderMap(state: MapState, options: { id: string }): El {
  const hatch = `${options.id}-none`;
  const zero = [...state.requests.entries()].filter(([code, r]) => r.requests === 0 && MAP_CODES.has(code));
  const ranked = [...state.requests.entries()]
    .filter(([code, r]) => r.requests > 0 && MAP_CODES.has(code))
    .sort((a, b) => a[1].requests - b[1].requests || a[0].localeCompare(b[0]));
  return h(
    "chart-figure",
    { class: "chart chart-map", "data-chart": "map", "data-period": periodSlug(state.period) },
    h(
      "figure",
      {},
      h("figcaption", { class: "chart-title" }, `Requests by country or region, ${periodLabel(state.period)}`),
      h("p", { class: "chart-summary" }, mapSummary(state)),
      h(
        "svg",
        { class: "chart-svg map-svg", viewBox: `0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`, "aria-hidden": "true" },
        h("defs", {}, noneHatchDef(hatch)),
        // Outline colour (charts.css) and width are set once on the group and inherited by every shape.
        h(
          "g",
          { class: "map-shapes", "stroke-width": 0.5 },
          h("use", { class: "paint-bg", href: `${WORLD_MAP_SVG}#world`, "data-tip": "Not in this period's report" }),
          zero.map(([code, r]) =>
            h("use", {
              class: "country",
              href: `${WORLD_MAP_SVG}#${shapeId(code)}`,
              fill: `url(#${hatch})`,
              "data-code": code,
              "data-tip": `${isolate(r.name)}: 0 requests`,
            }),
          ),
          // Largest last, so big countries' outlines are not drawn over by small neighbours.
          ranked.map(([code, r]) => {
            const bin = mapBin(r.requests) ?? 0;
            return h(
              "a",
              { href: urls.countryPeriod(code, state.period), tabindex: -1 },
              h("use", {
                class: `country ${mapBinClass(bin)}`,
                href: `${WORLD_MAP_SVG}#${shapeId(code)}`,
                "data-code": code,
                "data-tip": `${isolate(r.name)}: ${formatRequests(r.requests)}`,
              }),
            );
          }),
        ),
      ),
      h(
        "ul",
        { class: "chart-legend map-legend" },
        MAP_RAMP.map((_colour, i) =>
          h("li", {}, swatch({ class: mapBinClass(i), fill: null }), `${MAP_BIN_LABELS[i] ?? ""} requests`),
        ),
        h("li", {}, swatch({ class: null, fill: `url(#${hatch})` }), "0 requests (hatched)"),
        h("li", {}, swatch(MAP_ABSENT), "Not in this period's report (blank)"),
      ),
      h(
        "p",
        { class: "chart-note" },
        "Countries too small to outline at this scale are drawn as dots; the table lists every country and region.",
      ),
    ),
  );
}
