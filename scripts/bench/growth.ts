/**
 * Growth: the project build at ¼, ½ and 1× the bench's countries, per page. Time per page should stay
 * about the same (linear growth) and peak memory should barely move (no per-page state kept).
 *
 * Why smaller sets rather than 2× and 4×: the data can only hold real ISO 3166 codes (250 with XK) and
 * half-years from 2013 to now (26), so 200 × 26 is close to the largest valid data set.
 */
import type { BuildResult } from "./builds.ts";
import { generate, projectBuild } from "./builds.ts";
import { dec1, dec2, int, MB, table } from "./report.ts";

export function growthTable(dataDir: string, countries: number, periods: number, full: BuildResult): void {
  const sizes = [Math.round(countries / 4), Math.round(countries / 2)];
  const results: [number, BuildResult][] = sizes.map((n) => {
    const dir = `${dataDir}-${String(n)}`;
    generate(dir, n, periods);
    return [n, projectBuild(dir, `growth-${String(n)}`)];
  });
  results.push([countries, full]);
  console.log("Growth (project build, cold cache, validation included)");
  table([
    ["countries", "pages", "build", "ms per page", "peak memory", "kB per page"],
    ...results.map(([n, r]) => [
      int.format(n),
      int.format(r.pages),
      `${dec1.format(r.seconds)} s`,
      dec2.format((r.seconds * 1000) / r.pages),
      MB(r.peakBytes),
      int.format(r.peakBytes / 1024 / r.pages),
    ]),
  ]);
}
