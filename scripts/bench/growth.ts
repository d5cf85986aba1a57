/**
 * Growth: the project build at ¼, ½ and 1× the bench's countries (best of the bench's runs). Linear time
 * shows as a steady cost per added page (a build also has a fixed start-up cost, so the plain time per page
 * falls as pages grow); flat memory as a peak that barely moves with the pages.
 *
 * Why smaller sets rather than 2× and 4×: the data can only hold real ISO 3166 codes (250 with XK) and
 * half-years from 2013 to now, and the bench's full set already has them all.
 */
import { rmSync } from "node:fs";
import { best, type BuildResult, generate, projectBuild } from "./builds.ts";
import { dec1, dec2, int, MB, table } from "./report.ts";

function addedPageMs(before: BuildResult | undefined, after: BuildResult): string {
  if (!before) return "";
  return dec2.format(((after.seconds - before.seconds) * 1000) / (after.pages - before.pages));
}

/**
 * `make` writes a data set of `n` countries into a folder (the fixed-layout set by default; the described
 * report passes its own); `title` names the report in the table's heading.
 */
export function growthTable(
  dataDir: string,
  countries: number,
  periods: number,
  runs: number,
  full: BuildResult,
  {
    make = (dir: string, n: number) => {
      generate(dir, n, periods);
    },
    title = "project",
  } = {},
): void {
  const sizes = [Math.round(countries / 4), Math.round(countries / 2)];
  const results: [number, BuildResult][] = sizes.map((n) => {
    const dir = `${dataDir}-${String(n)}`;
    make(dir, n);
    const build = best(Array.from({ length: runs }, () => projectBuild(dir, `growth-${String(n)}`)));
    rmSync(`bench-out/growth-${String(n)}`, { recursive: true, force: true });
    return [n, build];
  });
  results.push([countries, full]);
  console.log(`Growth (${title} build, cold cache, validation included)`);
  table([
    ["countries", "pages", "build", "ms per page", "ms per added page", "peak memory", "kB per page"],
    ...results.map(([n, r], i) => [
      int.format(n),
      int.format(r.pages),
      `${dec1.format(r.seconds)} s`,
      dec2.format((r.seconds * 1000) / r.pages),
      i === 0 ? "" : addedPageMs(results[i - 1]?.[1], r),
      MB(r.peakBytes),
      int.format(r.peakBytes / 1024 / r.pages),
    ]),
  ]);
}
