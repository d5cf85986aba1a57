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

/**
 * The light colours the page's stylesheets give the charts' classes (src/styles/global.css, charts.css and
 * report-charts.css), so a snapshot file opens in a browser or image viewer looking like the page.
 */
const SNAPSHOT_STYLE = [
  "text{font:12px sans-serif;fill:#1a1a1a}",
  ".rc-fill,.paint-content{fill:#0b5cad}",
  ".paint-content{fill:#0072b2}.paint-nonContent{fill:#c75400}.paint-noData{fill:#00856a}.paint-rejected{fill:#5b5b5b}",
  ".rc-outline{stroke:#0b5cad}.rc-hatch-line{stroke:#0b5cad}.paint-bg{fill:#ffffff}.pattern-overlay{stroke:#ffffff}",
  ".axis-line,.baseline{stroke:#1a1a1a}.grid{stroke:#d0d0d0}.none-mark,.rc-divider{stroke:#767676}",
  ".bar-empty{fill:#f4f6f8;stroke:#767676}.rc-glyph{font-weight:700}",
].join("");

/**
 * A chart's SVGs as one file a reviewer can open: the axis column and the plot side by side on a 600px plot,
 * with the page's light colours; the markup itself is the chart's, one element a line.
 */
export function openableSvg(html: string): string {
  const svgs = [...html.matchAll(/<svg class="(?:trend-axis[^"]*|chart-svg[^"]*)"[^>]*>[\s\S]*?<\/svg>/g)].map(
    (m) => m[0],
  );
  const heights = svgs.map((s) => Number(/height="(\d+)"/.exec(s)?.[1] ?? 0));
  const axis = svgs.find((s) => s.startsWith('<svg class="trend-axis'));
  const plot = svgs.find((s) => s.startsWith('<svg class="chart-svg')) ?? "";
  const left = axis ? 56 : 8;
  const placedPlot = plot.replace('width="100%"', `x="${left}" width="600"`);
  const height = Math.max(...heights) + 8;
  return normaliseSvg(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${left + 616}" height="${height}">` +
      `<style>${SNAPSHOT_STYLE}</style><rect width="100%" height="100%" fill="#ffffff"/>` +
      (axis ?? "") +
      placedPlot +
      "</svg>\n",
  );
}

/** The colours of a band (charts.css, `.chart-ranges`): a hatch in the accent between caps in the text colour. */
const BANDS_STYLE = ".range-hatch-line{stroke:#0b5cad}.range-caps{stroke:#1a1a1a}.range-band{stroke:none}";

/**
 * A chart of panels (a bands history) as one file a reviewer can open: each panel's axis column and plot side by
 * side on a 600px plot, the panels one under another, with the page's light colours.
 */
export function openablePanels(html: string): string {
  const panels = [...html.matchAll(/<div class="chart-frame trend-frame">([\s\S]*?)<\/svg><\/div>/g)].map(
    (m) => `${m[1] ?? ""}</svg>`,
  );
  let top = 0;
  const placed = panels.map((panel) => {
    const axis = /<svg class="trend-axis[^"]*"[^>]*>[\s\S]*?<\/svg>/.exec(panel)?.[0] ?? "";
    const plot = /<svg class="chart-svg[^"]*"[^>]*>[\s\S]*<\/svg>$/.exec(panel)?.[0] ?? "";
    const height = Number(/height="(\d+)"/.exec(plot)?.[1] ?? 0);
    const out =
      axis.replace('<svg class="trend-axis', `<svg y="${top}" class="trend-axis`) +
      plot.replace('width="100%"', `x="56" y="${top}" width="600"`);
    top += height + 8;
    return out;
  });
  return normaliseSvg(
    `<svg xmlns="http://www.w3.org/2000/svg" width="672" height="${top}">` +
      `<style>${SNAPSHOT_STYLE}${BANDS_STYLE}</style><rect width="100%" height="100%" fill="#ffffff"/>` +
      placed.join("") +
      "</svg>\n",
  );
}
