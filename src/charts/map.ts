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

/** One place on a choropleth: its figure (null where it has none), the name its tip gives, and its page. */
export interface MapPlace {
  readonly name: string;
  readonly value: number | null;
  readonly href: string;
}

/**
 * What one choropleth draws and says. The fixed layout's map of requests and a described report's map of a
 * section's lead measure are both one of these, so both draw and label the same way.
 */
export interface MapSpec {
  /** The prefix of the map's hatch id: unique on the page. */
  readonly id: string;
  /** The period's slug, from periodSlug or reportPeriodSlug. */
  readonly slug: string;
  readonly title: string;
  readonly summary: string;
  /** By ISO code; places the outline file does not hold (non-country rows, tiny islands) are left off. */
  readonly places: ReadonlyMap<string, MapPlace>;
  /** A place's tip: `Germany: 1 request`. */
  readonly tipText: (name: string, value: number) => string;
  /** The noun after a bin in the legend: `1–9 requests`. */
  readonly legendNoun: string;
  /** What the blank outline means: `Not in this period's report`. */
  readonly blankText: string;
}

/**
 * Render: a choropleth of requests. Every country is first drawn blank ("not in this period's report");
 * countries whose row says 0 requests are drawn hatched over it, and countries with requests in their bin's
 * colour, linking to the country's page for the period. The links
 * stay out of the tab order and the SVG is hidden from assistive technology: the keyboard and screen-reader
 * path is the summary and the country table beside the map.
 */
export function renderMap(state: MapState, options: { id: string }): El {
  return renderPlaceMap({
    id: options.id,
    slug: periodSlug(state.period),
    title: `Requests by country or region, ${periodLabel(state.period)}`,
    summary: mapSummary(state),
    places: new Map(
      [...state.requests].map(([code, r]) => [
        code,
        { name: r.name, value: r.requests, href: urls.countryPeriod(code, state.period) },
      ]),
    ),
    tipText: (name, value) => `${isolate(name)}: ${formatRequests(value)}`,
    legendNoun: "requests",
    blankText: "Not in this period's report",
  });
}

/** Render any choropleth: see renderMap for what each paint means. A place without a figure stays blank. */
export function renderPlaceMap(spec: MapSpec): El {
  const hatch = `${spec.id}-none`;
  const drawn = [...spec.places.entries()].filter(([code]) => MAP_CODES.has(code));
  const zero = drawn.filter(([, p]) => p.value === 0);
  const ranked = drawn
    .flatMap(([code, p]) => (p.value !== null && p.value > 0 ? [{ code, place: p, value: p.value }] : []))
    .sort((a, b) => a.value - b.value || a.code.localeCompare(b.code));
  return h(
    "chart-figure",
    { class: "chart chart-map", "data-chart": "map", "data-period": spec.slug },
    h(
      "figure",
      {},
      h("figcaption", { class: "chart-title" }, spec.title),
      h("p", { class: "chart-summary" }, spec.summary),
      h(
        "svg",
        { class: "chart-svg map-svg", viewBox: `0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`, "aria-hidden": "true" },
        h("defs", {}, noneHatchDef(hatch)),
        // Outline colour (charts.css) and width are set once on the group and inherited by every shape.
        h(
          "g",
          { class: "map-shapes", "stroke-width": 0.5 },
          h("use", { class: "paint-bg", href: `${WORLD_MAP_SVG}#world`, "data-tip": spec.blankText }),
          zero.map(([code, p]) =>
            h("use", {
              class: "country",
              href: `${WORLD_MAP_SVG}#${shapeId(code)}`,
              fill: `url(#${hatch})`,
              "data-code": code,
              "data-tip": spec.tipText(p.name, 0),
            }),
          ),
          // Largest last, so big countries' outlines are not drawn over by small neighbours.
          ranked.map(({ code, place, value }) => {
            const bin = mapBin(value) ?? 0;
            return h(
              "a",
              { href: place.href, tabindex: -1 },
              h("use", {
                class: `country ${mapBinClass(bin)}`,
                href: `${WORLD_MAP_SVG}#${shapeId(code)}`,
                "data-code": code,
                "data-tip": spec.tipText(place.name, value),
              }),
            );
          }),
        ),
      ),
      h(
        "ul",
        { class: "chart-legend map-legend" },
        MAP_RAMP.map((_colour, i) =>
          h("li", {}, swatch({ class: mapBinClass(i), fill: null }), `${MAP_BIN_LABELS[i] ?? ""} ${spec.legendNoun}`),
        ),
        h("li", {}, swatch({ class: null, fill: `url(#${hatch})` }), `0 ${spec.legendNoun} (hatched)`),
        h("li", {}, swatch(MAP_ABSENT), `${spec.blankText} (blank)`),
      ),
      h(
        "p",
        { class: "chart-note" },
        "Countries too small to outline at this scale are drawn as dots; the table lists every country and region.",
      ),
    ),
  );
}
