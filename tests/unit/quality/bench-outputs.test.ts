import { describe, expect, it } from "vitest";
import { routeSeconds, searchIndexSeconds } from "../../../scripts/bench/outputs.ts";

// The shape of `npm run build`'s output: Astro's per-route log, then the search-index integration's line.
const log = [
  "01:26:06   ├─ /downloads/transparency-report-2025-h2.xlsx/ (+153ms) ",
  "01:26:06   ├─ /downloads/transparency-report-2025-h2.csv/ (+12ms) ",
  "01:26:14   ├─ /previews/overview.png (+113ms) ",
  "01:26:14   └─ /previews/period-2013-h1.png (+1.5s) ",
  "✓ Search index: 232 pages in 4.8 s",
].join("\n");

describe("the bench's reading of the build output", () => {
  it("sums the routes of one kind, in ms and s", () => {
    expect(routeSeconds(log, /^\/previews\/.+\.png$/)).toEqual({ routes: 2, seconds: 1.613 });
    expect(routeSeconds(log, /\.xlsx\/?$/)).toEqual({ routes: 1, seconds: 0.153 });
  });

  it("reads the search-index time, and says when there is none", () => {
    expect(searchIndexSeconds(log)).toBe(4.8);
    expect(searchIndexSeconds("✓ Built into dist/")).toBeNaN();
  });
});
