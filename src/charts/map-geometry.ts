import { geoCentroid, geoEqualEarth, geoPath } from "d3-geo";
import countries from "i18n-iso-countries";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import atlas from "world-atlas/countries-110m.json" with { type: "json" };
import detailed from "world-atlas/countries-50m.json" with { type: "json" };
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
/** The radius, in map units (the map is 960 wide), of the dot that stands for a country too small for 1:110m. */
export const DOT_RADIUS = 3;

type Countries = Topology<{ countries: GeometryCollection<{ name: string }> }>;

/** A closed circle as path data, so a dot is a shape like any outline and the map's `<use>` works the same. */
function dot(x: number, y: number): string {
  const r = DOT_RADIUS;
  const f = (n: number) => String(Math.round(n * 10) / 10);
  return `M${f(x - r)},${f(y)}A${r},${r} 0 1,0 ${f(x + r)},${f(y)}A${r},${r} 0 1,0 ${f(x - r)},${f(y)}Z`;
}

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
  const outlined = shown.map((f) => {
    const name = f.properties.name;
    const code = f.id === undefined ? BY_NAME[name] : countries.numericToAlpha2(String(f.id));
    return { code: code ?? null, name, d: path(f) ?? "" };
  });
  // Countries too small for 1:110m (Singapore, Hong Kong, Malta, Bahrain …) are a dot at their centre, placed
  // from 1:50m, so a country with requests is never missing from the map.
  const have = new Set(shown.map((f) => f.id));
  const fine = detailed as unknown as Countries;
  const dots = feature(fine, fine.objects.countries).features.flatMap((f) => {
    const code = f.id === undefined ? undefined : countries.numericToAlpha2(String(f.id));
    const at = projection(geoCentroid(f));
    if (have.has(f.id) || f.id === ANTARCTICA || !code || !at) return [];
    return [{ code, name: f.properties.name, d: dot(at[0], at[1]) }];
  });
  cached = { width: MAP_WIDTH, height: MAP_HEIGHT, countries: [...outlined, ...dots] };
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
