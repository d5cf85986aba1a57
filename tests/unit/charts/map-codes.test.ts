import { describe, expect, it } from "vitest";
import { worldMapGeometry } from "../../../src/charts/map-geometry.ts";
import { MAP_CODES } from "../../../src/charts/map-codes.ts";
import { renderMap, mapState } from "../../../src/charts/map.ts";
import { toHtml } from "../../../src/render/tree.ts";

describe("MAP_CODES", () => {
  it("lists exactly the countries the map has a shape or a dot for", () => {
    const drawn = worldMapGeometry().countries.flatMap((c) => (c.code && c.d ? [c.code] : []));
    expect([...MAP_CODES].sort()).toEqual([...new Set(drawn)].sort());
  });

  it("draws countries too small for the atlas's outlines as a dot, and never points at a shape that is not there", () => {
    const row = { country: "Singapore", requests: 9, accounts: 9, content: 9, nonContent: 0, noData: 0, rejected: 0 };
    const state = mapState({ year: 2020, half: 2 }, [
      { ...row, countryCode: "SG" },
      { ...row, countryCode: "HK", country: "Hong Kong" },
      { ...row, countryCode: "DE", country: "Germany" },
      // A code the map has no place for (an exceptionally reserved one), which must be left to the table.
      { ...row, countryCode: "EU", country: "European Union" },
    ]);
    const html = toHtml(renderMap(state, { id: "m" }));
    expect(html).toContain("#c-de");
    expect(html).toContain("#c-sg");
    expect(html).toContain("#c-hk");
    expect(html).not.toContain("#c-eu");
    const ids = worldMapGeometry().countries.filter((c) => c.code === "SG" || c.code === "HK");
    expect(ids.map((c) => c.code).sort()).toEqual(["HK", "SG"]);
    for (const c of ids) expect(c.d).toMatch(/^M[\d.]+,[\d.]+A3,3 /);
  });
});
