import { loadDataset } from "../../../src/data/load.ts";

/** Three periods built for the charts: 2020-H2 adds up to the published reference figures; Brazil and France have gaps. */
export const chartData = loadDataset({ dataDir: "tests/fixtures/charts" });

/**
 * SVG markup with each element on its own line and any number longer than two
 * decimals rounded to two. Layouts already round; this guards the snapshots
 * against floating-point noise that would slip past them, without touching
 * the shares shown to readers (which have exactly two decimals).
 */
export function normaliseSvg(html: string): string {
  return html.replace(/-?\d+\.\d{3,}/g, (n) => String(Math.round(Number(n) * 100) / 100)).replace(/></g, ">\n<");
}

/** Attribute values of every element matching a tag and a marker attribute. */
export function attrsOf(html: string, selector: RegExp, attr: string): string[] {
  return [...html.matchAll(selector)].map((m) => new RegExp(`${attr}="([^"]*)"`).exec(m[0])?.[1] ?? "");
}
