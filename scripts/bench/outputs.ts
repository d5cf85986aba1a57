/**
 * What the files added for issue 14 cost: the XLSX workbooks, the link-preview PNGs and the Pagefind index,
 * in bytes from the built folder; and in time, the search index (timed by scripts/build.ts, read from the
 * build's output) and the previews (the same cards rendered here in turn on one core, as the endpoints do).
 * Printed only: these have no budget of their own, they count in the build's ratio to the floor.
 */
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Dataset } from "../../src/data/dataset.ts";
import { cardSvg } from "../../src/previews/card.ts";
import { previewCards } from "../../src/previews/previews.ts";
import { renderPng } from "../../src/previews/render.ts";
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

/** Renders every preview card to PNG as the build's endpoint does, timed on one core. */
export function previewCost(dataset: Dataset): { cards: number; seconds: number; bytes: number } {
  const start = performance.now();
  let bytes = 0;
  const cards = previewCards(dataset);
  for (const card of cards) bytes += renderPng(cardSvg(card.content)).length;
  return { cards: cards.length, seconds: (performance.now() - start) / 1000, bytes };
}

/** "✓ Search index: 290 pages in 4.2 s", as scripts/build.ts prints it. */
export function searchIndexSeconds(buildOutput: string): number {
  const match = /Search index: [\d,]+ pages in ([\d.]+) s/.exec(buildOutput);
  return match ? Number(match[1]) : Number.NaN;
}

export function outputsTable(dataset: Dataset, build: { outDir: string; seconds: number; stdout: string }): void {
  const xlsx = filesIn(build.outDir, "downloads", /\.xlsx$/);
  const png = filesIn(build.outDir, "previews", /\.png$/);
  const search = filesIn(build.outDir, "pagefind", /./);
  const searchSeconds = searchIndexSeconds(build.stdout);
  const previews = previewCost(dataset);
  const share = (seconds: number) => `${dec1.format((seconds / build.seconds) * 100)}% of the build`;
  const files = (f: Files) => `${int.format(f.count)} files, ${kB(f.bytes)} (median ${kB(f.median)})`;
  console.log("New outputs: spreadsheets, link previews, search");
  table([
    ["measure", "value"],
    ["XLSX workbooks (per period and all periods)", files(xlsx)],
    ["preview PNGs", files(png)],
    ["Pagefind index", `${int.format(search.count)} files, ${kB(search.bytes)}`],
    [
      "search index time (scripts/build.ts)",
      Number.isNaN(searchSeconds)
        ? "n/a (not in the build's output)"
        : `${dec1.format(searchSeconds)} s, ${share(searchSeconds)}`,
    ],
    [
      `preview PNGs rendered (${int.format(previews.cards)} cards, one core)`,
      `${dec1.format(previews.seconds)} s, ${share(previews.seconds)}`,
    ],
  ]);
}
