/**
 * What the files added for issue 14 cost: the XLSX workbooks, the link-preview PNGs and the Pagefind index,
 * in bytes from the built folder; and in time, all read from the build's own output, so nothing is rendered
 * twice: the search index as scripts/build.ts times it, and the previews and workbooks as the sum of Astro's
 * per-route times ("├─ /previews/de.png (+44ms)"; Astro renders routes one after another). The build's worker
 * makes those files beside the pages (src/downloads/background/), so a route's time is how long the main
 * thread waited for its file, not what making it cost.
 * Their budgets per file are in budgets.ts; the search index's is checked against searchIndexFigures, which
 * indexes the built folder again on its own, as the build's figure overlaps Astro's last steps.
 */
import { readdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { type SearchScope, writeSearchIndex } from "../../src/integrations/search-index.ts";
import type { FileFigures } from "./budgets.ts";
import { dec1, int, kB, median, table } from "./report.ts";

interface Files {
  count: number;
  bytes: number;
  median: number;
}

/** The files under `dir/sub` whose names match, with their total and median size; none when the folder is absent. */
function filesIn(dir: string, sub: string, match: RegExp): Files {
  let names: string[];
  try {
    names = readdirSync(join(dir, sub), { recursive: true, encoding: "utf8" });
  } catch {
    return { count: 0, bytes: 0, median: 0 };
  }
  const sizes = names
    .filter((n) => match.test(n))
    .map((n) => statSync(join(dir, sub, n)))
    .filter((s) => s.isFile())
    .map((s) => s.size);
  return { count: sizes.length, bytes: sizes.reduce((a, b) => a + b, 0), median: median(sizes) };
}

/** The summed time of the routes Astro logged whose path matches, and how many there were. */
export function routeSeconds(buildOutput: string, path: RegExp): { routes: number; seconds: number } {
  let routes = 0;
  let seconds = 0;
  for (const m of buildOutput.matchAll(/[├└]─ (\S+) \(\+([\d.]+)(ms|s)\)/g)) {
    if (!path.test(m[1] ?? "")) continue;
    routes += 1;
    seconds += Number(m[2]) / (m[3] === "ms" ? 1000 : 1);
  }
  return { routes, seconds };
}

/** "✓ Search index: 290 pages in 4.2 s", as src/integrations/search-index.ts prints it. */
export function searchIndexSeconds(buildOutput: string): number {
  const match = /Search index: [\d,]+ pages in ([\d.]+) s/.exec(buildOutput);
  return match ? Number(match[1]) : Number.NaN;
}

export function outputsTable(build: { outDir: string; seconds: number; stdout: string }): void {
  const xlsx = filesIn(build.outDir, "downloads", /\.xlsx$/);
  const png = filesIn(build.outDir, "previews", /\.png$/);
  const search = filesIn(build.outDir, "pagefind", /./);
  const searchSeconds = searchIndexSeconds(build.stdout);
  const previews = routeSeconds(build.stdout, /^\/previews\/.+\.png$/);
  const workbooks = routeSeconds(build.stdout, /\.xlsx\/?$/);
  const share = (seconds: number) => `${dec1.format((seconds / build.seconds) * 100)}% of the build`;
  const files = (f: Files) => `${int.format(f.count)} files, ${kB(f.bytes)} (median ${kB(f.median)})`;
  console.log("New outputs: spreadsheets, link previews, search");
  table([
    ["measure", "value"],
    ["XLSX workbooks (per period and all periods)", files(xlsx)],
    ["preview PNGs", files(png)],
    ["Pagefind index", `${int.format(search.count)} files, ${kB(search.bytes)}`],
    [
      "search index time (its integration, overlapping Astro's last steps)",
      Number.isNaN(searchSeconds)
        ? "n/a (not in the build's output)"
        : `${dec1.format(searchSeconds)} s, ${share(searchSeconds)}`,
    ],
    [
      `preview PNG routes, mostly waiting on the build's worker (${int.format(previews.routes)}, Astro's log)`,
      `${dec1.format(previews.seconds)} s, ${share(previews.seconds)}`,
    ],
    [
      `XLSX routes, mostly waiting on the build's worker (${int.format(workbooks.routes)}, Astro's log)`,
      `${dec1.format(workbooks.seconds)} s, ${share(workbooks.seconds)}`,
    ],
  ]);
}

/**
 * The search index made again from the built folder, alone, with the site's own choice of pages (`scope`: a
 * described report passes its own; the fixed layout's otherwise), in place of the build's own: its wall time in ms
 * (Pagefind indexes in its own process, so this process's CPU time would miss it) and the bytes of the whole index.
 */
export async function searchIndexFigures(outDir: string, language: string, scope?: SearchScope): Promise<FileFigures> {
  // From nothing: a file of the build's index that the new one does not have would otherwise stay and be counted.
  rmSync(join(outDir, "pagefind"), { recursive: true, force: true });
  const start = performance.now();
  await writeSearchIndex(outDir, language, scope);
  const ms = performance.now() - start;
  return { ms, bytes: filesIn(outDir, "pagefind", /./).bytes };
}
