import { describe, expect, it } from "vitest";
import {
  MAP_BIN_LABELS,
  mapBin,
  mapBinClass,
  mapState,
  mapSummary,
  renderMap,
  shapeId,
  WORLD_MAP_SVG,
} from "../../../src/charts/map.ts";
import { worldMapGeometry, worldMapSvg } from "../../../src/charts/map-geometry.ts";
import { MAP_RAMP } from "../../../src/charts/palette.ts";
import { toHtml } from "../../../src/render/tree.ts";
import { chartData, normaliseSvg } from "./helpers.ts";

const period = chartData.periods[2]!; // 2021-H1: US 15,000, DE 9, IS 0
const state = mapState(period.period, period.rows);

describe("map bins", () => {
  it("puts counts into orders of magnitude, and none apart from few", () => {
    expect([0, 1, 9, 10, 99, 100, 999, 1000, 9999, 10000, 250000].map(mapBin)).toEqual([
      null,
      0,
      0,
      1,
      1,
      2,
      2,
      3,
      3,
      4,
      4,
    ]);
    expect(MAP_BIN_LABELS).toHaveLength(MAP_RAMP.length);
  });
});

describe("map chart", () => {
  const html = toHtml(renderMap(state, { id: "m" }));

  it("leaves countries not in the report blank, hatches 0 requests, then fills those with requests by their bin", () => {
    expect(html).toContain(
      `<use class="paint-bg" href="${WORLD_MAP_SVG}#world" data-tip="Not in this period&#39;s report"`,
    );
    // Iceland's row says 0 requests: hatched, which is not the same as having no row.
    expect(html).toContain('fill="url(#m-none)" data-code="IS" data-tip="\u2068Iceland\u2069: 0 requests"');
    const paints: Record<string, string> = {};
    for (const m of html.matchAll(/<use class="country( [a-z0-9-]+)?" href="[^"]*#c-([a-z]{2})"( fill="([^"]*)")?/g)) {
      paints[m[2] ?? ""] = m[4] ?? (m[1] ?? "").trim();
    }
    // Iceland made 0 requests: hatched rather than taking the lightest shade. The bins' classes are painted
    // with the ramp's custom properties (palette.test.ts checks charts.css and global.css for that).
    expect(paints).toEqual({ is: "url(#m-none)", us: mapBinClass(4), de: mapBinClass(0) });
    expect(html).toContain('data-tip="\u2068Germany\u2069: 9 requests"');
    expect(html).toContain('data-tip="\u2068United States\u2069: 15,000 requests"');
  });

  it("writes no colour into the markup, so the page's colour scheme paints the map", () => {
    expect(html).not.toMatch(/(fill|stroke)="#/);
  });

  it("links countries with requests to their page for the period, outside the tab order, largest drawn last", () => {
    const links = [...html.matchAll(/<a href="([^"]*)" tabindex="-1">/g)].map((m) => m[1]);
    expect(links).toEqual(["/countries/de/2021-h1/", "/countries/us/2021-h1/"]);
  });

  it("states the key figures in a summary beside it", () => {
    expect(mapSummary(state)).toBe(
      "In January–June 2021, 2 countries or regions made requests; the most came from \u2068United States\u2069 (15,000) and " +
        "\u2068Germany\u2069 (9). Countries that reported 0 requests are hatched; countries not in this period's report " +
        "are left blank. The table below lists every country in the report with its figures.",
    );
  });

  it("matches the snapshot", () => {
    expect(normaliseSvg(html)).toMatchSnapshot();
  });
});

describe("world map geometry", () => {
  const geometry = worldMapGeometry();
  const file = worldMapSvg();

  it("is computed once per build", () => {
    expect(worldMapGeometry()).toBe(geometry);
  });

  it("maps Natural Earth's numeric ids to the report's alpha-2 codes, Kosovo included", () => {
    const codes = new Set(geometry.countries.map((c) => c.code));
    for (const code of ["DE", "US", "BR", "FR", "XK", "IN", "AU"]) expect(codes.has(code), code).toBe(true);
    expect(codes.has("AQ")).toBe(false); // Antarctica would take a fifth of the map for no requests.
    expect(geometry.countries.length).toBeGreaterThan(170);
  });

  it("rounds coordinates to one decimal and stays inside the frame", () => {
    const numbers = geometry.countries.flatMap((c) => c.d.match(/-?\d+(\.\d+)?/g) ?? []);
    expect(numbers.every((n) => !/\.\d\d/.test(n))).toBe(true);
    const values = numbers.map(Number);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(-1);
    expect(Math.max(...values)).toBeLessThanOrEqual(geometry.width + 1);
  });

  it("writes one outline file with an id per country for the maps to reference", () => {
    expect(file).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 960 440"><g id="world">/);
    for (const code of ["DE", "US", "XK"]) expect(file).toContain(`<path id="${shapeId(code)}" d="M`);
    expect(file.match(/<path /g)).toHaveLength(geometry.countries.length);
    // No colours in the file: fills and outlines come from each page.
    expect(file).not.toMatch(/fill=|stroke=/);
  });
});
