import { geoEqualEarth, geoPath } from "d3-geo";
import countries from "i18n-iso-countries";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import atlas from "world-atlas/countries-110m.json" with { type: "json" };
import { h, toHtml } from "../render/tree.ts";
import { MAP_HEIGHT, MAP_WIDTH, shapeId } from "./map.ts";

/** Projected country outlines: computed once per build, shared by every page that shows the map. */
export interface MapGeometry {
  width: number;
  height: number;
  countries: { code: string | null; name: string; d: string }[];
}

// world-atlas keys countries by ISO 3166-1 numeric code; a few disputed areas have none.
const BY_NAME: Record<string, string> = { Kosovo: "XK" };
const ANTARCTICA = "010";

let cached: MapGeometry | undefined;

/**
 * Projects Natural Earth 1:110m once (Equal Earth keeps areas honest for a
 * choropleth) and rounds coordinates to one decimal, which is far below a pixel
 * at any size the map is shown and keeps the SVG small.
 */
export function worldMapGeometry(): MapGeometry {
  if (cached) return cached;
  const topology = atlas as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const collection = feature(topology, topology.objects.countries);
  const shown = collection.features.filter((f) => f.id !== ANTARCTICA);
  const projection = geoEqualEarth().fitSize([MAP_WIDTH, MAP_HEIGHT], { type: "FeatureCollection", features: shown });
  const path = geoPath(projection).digits(1);
  cached = {
    width: MAP_WIDTH,
    height: MAP_HEIGHT,
    countries: shown.map((f) => {
      const name = f.properties.name;
      const code = f.id === undefined ? BY_NAME[name] : countries.numericToAlpha2(String(f.id));
      return { code: code ?? null, name, d: path(f) ?? "" };
    }),
  };
  return cached;
}

/**
 * The outline file that every map references with `<use>`: one `<g id="world">` holding each country's
 * path, with the id `shapeId(code)` where the country has a code. It has no colours of its own, so fill and
 * stroke come from the `<use>` in the page.
 */
export function worldMapSvg(): string {
  const geometry = worldMapGeometry();
  const seen = new Set<string>();
  const paths = geometry.countries.map((c) => {
    const id = c.code && !seen.has(c.code) ? shapeId(c.code) : null;
    if (c.code) seen.add(c.code);
    return h("path", { id, d: c.d });
  });
  return toHtml(
    h(
      "svg",
      { xmlns: "http://www.w3.org/2000/svg", viewBox: `0 0 ${geometry.width} ${geometry.height}` },
      h("g", { id: "world" }, paths),
    ),
  );
}
