import { describe, expect, it } from "vitest";
import { worldMapGeometry } from "../../../src/charts/map-geometry.ts";
import { MAP_CODES } from "../../../src/charts/map-codes.ts";
import { renderMap, mapState } from "../../../src/charts/map.ts";
import { toHtml } from "../../../src/render/tree.ts";

describe("MAP_CODES", () => {
  it("lists exactly the countries that have an outline in the atlas", () => {
    const drawn = worldMapGeometry().countries.flatMap((c) => (c.code && c.d ? [c.code] : []));
    expect([...MAP_CODES].sort()).toEqual([...new Set(drawn)].sort());
  });

  it("keeps the map from pointing at outlines that do not exist", () => {
    const row = { country: "Singapore", requests: 9, accounts: 9, content: 9, nonContent: 0, noData: 0, rejected: 0 };
    const state = mapState({ year: 2020, half: 2 }, [
      { ...row, countryCode: "SG" },
      { ...row, countryCode: "DE", country: "Germany" },
    ]);
    const html = toHtml(renderMap(state, { id: "m" }));
    expect(html).toContain("#c-de");
    expect(html).not.toContain("#c-sg");
  });
});
