import { describe, expect, it } from "vitest";
import { renderHistoryChart, renderRowsChart, renderShareChart } from "../../../src/charts/report-history.ts";
import {
  historyLayout,
  type HistoryPoint,
  rowsLayout,
  shareLayout,
  type SharePoint,
} from "../../../src/charts/report-history-layout.ts";
import { TREND_HEIGHT } from "../../../src/charts/trend-layout.ts";
import { toHtml } from "../../../src/render/tree.ts";
import { normaliseSvg, openableSvg } from "./helpers.ts";

const history: HistoryPoint[] = [
  { slug: "2021", year: 2021, figure: { kind: "value", value: 800 } },
  { slug: "2022-h1", year: 2022, figure: { kind: "incomplete", reported: 400 } },
  { slug: "2022-h2", year: 2022, figure: { kind: "none" } },
  { slug: "2023-h1", year: 2023, figure: { kind: "value", value: 0 } },
  { slug: "2023-h2", year: 2023, figure: { kind: "value", value: 200 } },
];

describe("history layout", () => {
  const layout = historyLayout(history);

  it("puts the bars in the order given, on one count scale from 0", () => {
    expect(layout.bars.map((b) => b.slug)).toEqual(["2021", "2022-h1", "2022-h2", "2023-h1", "2023-h2"]);
    expect(layout.ticks.map((t) => t.value)).toEqual([0, 200, 400, 600, 800]);
    expect(layout.baseline).toBe(TREND_HEIGHT - 28);
    const perUnit = (layout.baseline - layout.ticks.at(-1)!.y) / 800;
    expect(layout.bars[0]!.height).toBeCloseTo(800 * perUnit, 0);
    expect(layout.bars[4]!.height).toBeCloseTo(200 * perUnit, 0);
  });

  it("draws an incomplete total up to what was reported, and keeps its kind apart from a figure", () => {
    const bar = layout.bars[1]!;
    expect(bar.kind).toBe("incomplete");
    expect(bar.height).toBeCloseTo(layout.bars[0]!.height / 2, 0);
  });

  it("gives a period with no figure no height and a kind of its own, unlike a real 0", () => {
    expect(layout.bars[2]).toMatchObject({ kind: "none", height: 0, y: layout.baseline });
    expect(layout.bars[3]).toMatchObject({ kind: "value", height: 0 });
  });

  it("labels a year once, under its own bars", () => {
    expect(layout.years.map((y) => y.label)).toEqual(["2021", "2022", "2023"]);
    const b1 = layout.bars[1]!;
    const b2 = layout.bars[2]!;
    expect(layout.years[1]!.x).toBeCloseTo((b1.x + b1.width / 2 + b2.x + b2.width / 2) / 2, 1);
  });

  it("takes a smaller height for a second measure", () => {
    const small = historyLayout(history, 170);
    expect(small.baseline).toBe(170 - 28);
    expect(small.height).toBe(170);
  });
});

const shares: SharePoint[] = [
  {
    slug: "2022-h1",
    year: 2022,
    parts: [
      { key: "content", percent: 25 },
      { key: "nonContent", percent: 50 },
      { key: "noData", percent: 0 },
      { key: "rejected", percent: 25 },
    ],
  },
  { slug: "2022-h2", year: 2022, parts: null },
  { slug: "2023-h1", year: 2023, parts: [{ key: "share", percent: 80.5 }] },
];

describe("share layout", () => {
  const layout = shareLayout(shares);
  const full = layout.baseline - layout.ticks.at(-1)!.y;

  it("uses a fixed 0–100% scale", () => {
    expect(layout.ticks.map((t) => t.value)).toEqual([0, 25, 50, 75, 100]);
  });

  it("stacks parts in order, each as tall as its share, and skips an empty part", () => {
    const bar = layout.bars[0]!;
    expect(bar.segments.map((s) => s.key)).toEqual(["content", "nonContent", "rejected"]);
    expect(bar.segments.map((s) => s.height)).toEqual(
      [full / 4, full / 2, full / 4].map((v) => Math.round(v * 10) / 10),
    );
    expect(bar.segments[0]!.y).toBeCloseTo(bar.segments[1]!.y + bar.segments[1]!.height, 0);
  });

  it("draws nothing for a period without a share and a published percentage at its value", () => {
    expect(layout.bars[1]!.segments).toEqual([]);
    expect(layout.bars[2]!.segments[0]!.height).toBeCloseTo(full * 0.805, 0);
  });
});

describe("rows layout", () => {
  const layout = rowsLayout([
    { key: "a", figure: { kind: "value", value: 150 } },
    { key: "b", figure: { kind: "none" } },
    { key: "all", figure: { kind: "value", value: 300 } },
  ]);

  it("measures every bar against the widest figure, from 0", () => {
    expect(layout.top).toBe(300);
    expect(layout.rows.map((r) => r.width)).toEqual([50, 0, 100]);
    expect(layout.rows.map((r) => r.kind)).toEqual(["value", "none", "value"]);
    expect(layout.rows.map((r) => r.y)).toEqual([0, 40, 80]);
  });
});

const words = { id: "t", title: "Requests worldwide", summary: "A summary." };

function historyHtml(): string {
  return toHtml(
    renderHistoryChart(words, historyLayout(history), {
      yTitle: "Requests",
      xTitle: "Period",
      legend: [
        { key: "value", label: "Requests" },
        { key: "incomplete", label: "Incomplete" },
        { key: "none", label: "No figure" },
      ],
    }),
  );
}

function shareHtml(): string {
  return toHtml(
    renderShareChart({ ...words, id: "s" }, shareLayout(shares), {
      xTitle: "Period",
      legend: [{ key: "content", label: "Content" }],
    }),
  );
}

function rowsHtml(): string {
  return toHtml(
    renderRowsChart(
      { ...words, id: "r" },
      rowsLayout([
        { key: "a", figure: { kind: "value", value: 150 } },
        { key: "b", figure: { kind: "none" } },
        { key: "c", figure: { kind: "value", value: 40 } },
        { key: "all", figure: { kind: "incomplete", reported: 300 } },
      ]),
      [
        { key: "a", label: "Subpoenas: 150", outside: false },
        { key: "b", label: "Orders: no rows", outside: false },
        { key: "c", label: "Preservation (not in totals): 40", outside: true },
        { key: "all", label: "All processes together: at least 300 (incomplete)", outside: false },
      ],
      { apart: 1, legend: [{ key: "outside", label: "Not in totals" }] },
    ),
  );
}

describe("report charts' markup", () => {
  it("marks an incomplete total with ≥ and a period without a figure with ?, never with a bar", () => {
    const html = historyHtml();
    const none = /<g class="rc-period rc-none" data-period="2022-h2">(.*?)<\/g>/.exec(html)?.[1] ?? "";
    expect(none).not.toContain("<rect");
    expect(none).toContain(">?</text>");
    const incomplete = /<g class="rc-period rc-incomplete" data-period="2022-h1">(.*?)<\/g>/.exec(html)?.[1] ?? "";
    expect(incomplete).toContain('fill="url(#t-hatch)"');
    expect(incomplete).toContain(">≥</text>");
  });

  it("names the plot by its title and describes it by its summary", () => {
    const html = historyHtml();
    expect(html).toContain('role="img" aria-labelledby="t-title" aria-describedby="t-summary"');
    expect(html).toContain('<p class="chart-summary" id="t-summary">A summary.</p>');
  });

  it("hatches a process outside totals and sets the all-processes row apart after a rule", () => {
    const html = rowsHtml();
    const outside = /<g class="rc-row rc-value" data-key="c">(.*?)<\/g>/.exec(html)?.[1] ?? "";
    expect(outside).toContain('fill="url(#r-hatch)"');
    expect(html).toContain('class="rc-divider"');
    expect(html.indexOf('data-key="all"')).toBeGreaterThan(html.indexOf('data-key="c"'));
  });

  it("has no inline styles and no colours in the markup", () => {
    for (const html of [historyHtml(), shareHtml(), rowsHtml()]) {
      expect(html).not.toMatch(/\sstyle=/);
      expect(html).not.toMatch(/#[0-9a-f]{6}/i);
    }
  });

  // The .svg files open in a browser; they sit outside __snapshots__, whose files palette.test.ts holds to
  // having no colour, because each carries the page's light colours for the reviewer.
  it("matches the snapshots", async () => {
    expect(normaliseSvg(historyHtml())).toMatchSnapshot();
    await expect(openableSvg(historyHtml())).toMatchFileSnapshot("report-history-svg/history.svg");
    await expect(openableSvg(shareHtml())).toMatchFileSnapshot("report-history-svg/share.svg");
    await expect(openableSvg(rowsHtml())).toMatchFileSnapshot("report-history-svg/rows.svg");
  });
});
