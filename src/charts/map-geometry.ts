import { geoEqualEarth, geoPath } from "d3-geo";
import countries from "i18n-iso-countries";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import atlas from "world-atlas/countries-110m.json" with { type: "json" };

/** Projected country outlines: computed once per build, shared by every page that shows the map. */
export interface MapGeometry {
  width: number;
  height: number;
  countries: { code: string | null; name: string; d: string }[];
}

export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 440;

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
