import { scaleThreshold } from "d3-scale";
import { formatCount } from "../data/format.ts";
import { type Period, periodLabel, periodSlug } from "../data/period.ts";
import { urls } from "../lib/urls.ts";
import { type El, h } from "../render/tree.ts";
import type { PublicRow } from "../views/payloads.ts";
import type { MapGeometry } from "./map-geometry.ts";
import { MAP_OUTLINE, MAP_RAMP } from "./palette.ts";
import { noneHatchDef, swatch } from "./svg.ts";

/** Served by src/pages/data/world-map.json.ts; fetched only by a map drawn in place. */
export const WORLD_MAP_JSON = "/data/world-map.json";

/** Bins of requests, by order of magnitude: readers compare "hundreds" with "thousands", not exact shades. */
export const MAP_THRESHOLDS = [10, 100, 1000, 10000] as const;
const binOf = scaleThreshold()
  .domain([...MAP_THRESHOLDS])
  .range([0, 1, 2, 3, 4]);

export const MAP_BIN_LABELS = ["1–9", "10–99", "100–999", "1,000–9,999", "10,000 or more"] as const;

/** State: requests per country code for one period; a country that is absent made no requests. */
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
  const top = ranked.slice(0, 3).map((r) => `${r.name} (${formatCount(r.requests)})`);
  const most = top.length > 1 ? `${top.slice(0, -1).join(", ")} and ${top.at(-1) ?? ""}` : (top[0] ?? "");
  return (
    `In ${periodLabel(state.period)}, ${ranked.length} countries or regions made requests` +
    (most ? `; the most came from ${most}` : "") +
    ". Countries with no requests are hatched; the table below lists every country with its figures."
  );
}

/**
 * Render: a choropleth of requests. Country shapes link to the country's page
 * for the period but stay out of the tab order: the keyboard and screen-reader
 * path is the country table beside the map. Without `geometry` (an in-place
 * redraw in the browser) the figure is an empty frame that the client script
 * fills once it has fetched the outlines.
 */
export function renderMap(state: MapState, geometry: MapGeometry | null, options: { id: string }): El {
  const hatch = `${options.id}-none`;
  const slug = periodSlug(state.period);
  return h(
    "chart-figure",
    {
      class: "chart chart-map",
      "data-chart": "map",
      "data-period": slug,
      "data-pending": geometry ? null : "",
      "data-id": options.id,
    },
    h(
      "figure",
      {},
      h("figcaption", { class: "chart-title" }, `Requests by country or region, ${periodLabel(state.period)}`),
      h("p", { class: "chart-summary" }, mapSummary(state)),
      h(
        "svg",
        {
          class: "chart-svg map-svg",
          viewBox: geometry ? `0 0 ${geometry.width} ${geometry.height}` : "0 0 960 440",
          // Hidden from assistive technology: the summary above and the country table are its text, and its
          // links stay out of the tab order, so screen-reader and keyboard users meet each country once, in the table.
          "aria-hidden": "true",
        },
        h("defs", {}, noneHatchDef(hatch)),
        geometry
          ? // Outline colour and width are set once on the group and inherited, which saves a few kB per page.
            h(
              "g",
              { stroke: MAP_OUTLINE, "stroke-width": 0.5 },
              geometry.countries.map((c) => {
                const entry = c.code ? state.requests.get(c.code) : undefined;
                const bin = entry ? mapBin(entry.requests) : null;
                const name = entry?.name ?? c.name;
                const fill = bin === null ? `url(#${hatch})` : (MAP_RAMP[bin] ?? MAP_RAMP[0]);
                const shape = h("path", {
                  class: bin === null ? "country none" : "country",
                  d: c.d,
                  fill,
                  "data-code": c.code,
                  "data-tip":
                    bin === null ? `${name}: no requests` : `${name}: ${formatCount(entry?.requests ?? 0)} requests`,
                });
                return entry && c.code && bin !== null
                  ? h("a", { href: urls.countryPeriod(c.code, state.period), tabindex: -1 }, shape)
                  : shape;
              }),
            )
          : h("text", { x: 480, y: 220, "text-anchor": "middle", class: "map-loading" }, "Loading the map…"),
      ),
      h(
        "ul",
        { class: "chart-legend map-legend" },
        MAP_RAMP.map((colour, i) => h("li", {}, swatch(colour), `${MAP_BIN_LABELS[i] ?? ""} requests`)),
        h("li", {}, swatch(`url(#${hatch})`), "No requests (hatched)"),
      ),
      h(
        "p",
        { class: "chart-note" },
        "Small countries may be too small to see at this scale; the table lists every country and region.",
      ),
    ),
  );
}
