import { describe, expect, it } from "vitest";
import { MAP_BIN_LABELS, mapBin, mapState, mapSummary, renderMap } from "../../../src/charts/map.ts";
import { type MapGeometry, worldMapGeometry } from "../../../src/charts/map-geometry.ts";
import { MAP_RAMP } from "../../../src/charts/palette.ts";
import { toHtml } from "../../../src/render/tree.ts";
import { chartData, normaliseSvg } from "./helpers.ts";

const period = chartData.periods[2]!; // 2021-H1: US 15,000, DE 9, IS 0
const state = mapState(period.period, period.rows);

/** Three made-up shapes, so the snapshot shows the fills and links rather than Natural Earth's coastlines. */
const tiny: MapGeometry = {
  width: 30,
  height: 10,
  countries: [
    { code: "US", name: "United States of America", d: "M0,0L10,0L10,10Z" },
    { code: "DE", name: "Germany", d: "M10,0L20,0L20,10Z" },
    { code: "IS", name: "Iceland", d: "M20,0L30,0L30,10Z" },
    { code: null, name: "Somaliland", d: "M25,5L30,5L30,10Z" },
  ],
};

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
  const html = toHtml(renderMap(state, tiny, { id: "m" }));

  it("fills each country by its bin and hatches countries without requests", () => {
    const fills: Record<string, string> = {};
    for (const m of html.matchAll(/fill="([^"]*)"[^>]*data-code="([A-Z]{2})"/g)) fills[m[2] ?? ""] = m[1] ?? "";
    expect(fills).toEqual({ US: MAP_RAMP[4], DE: MAP_RAMP[0], IS: "url(#m-none)" });
    expect(html).toContain('data-tip="Iceland: no requests"');
    expect(html).toContain('data-tip="Germany: 9 requests"');
    expect(html).toContain('data-tip="United States: 15,000 requests"');
  });

  it("links countries with requests to their page for the period, outside the tab order", () => {
    const links = [...html.matchAll(/<a href="([^"]*)" tabindex="-1">/g)].map((m) => m[1]);
    expect(links).toEqual(["/countries/us/2021-h1/", "/countries/de/2021-h1/"]);
  });

  it("states the key figures in a summary beside it", () => {
    expect(mapSummary(state)).toBe(
      "In 2021 (Jan–Jun), 2 countries or regions made requests; the most came from United States (15,000) and Germany (9). " +
        "Countries with no requests are hatched; the table below lists every country with its figures.",
    );
  });

  it("matches the snapshot", () => {
    expect(normaliseSvg(html)).toMatchSnapshot();
  });

  it("leaves an empty frame for the browser to fill when it has no outlines", () => {
    const pending = toHtml(renderMap(state, null, { id: "m" }));
    expect(pending).toContain('data-pending=""');
    expect(pending).toContain('data-period="2021-h1"');
    expect(pending).not.toContain('<path class="country');
  });
});

describe("world map geometry", () => {
  const geometry = worldMapGeometry();

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
});
