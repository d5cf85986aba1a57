import { describe, expect, it } from "vitest";
import { renderBandsHistory, reportBandsLayout } from "../../../src/charts/report-bands.ts";
import { BANDS_PANEL_HEIGHT, bandsTrendLayout } from "../../../src/charts/ranges-trend.ts";
import { periodBands, slotBands, TREND_BOTTOM, TREND_TOP } from "../../../src/charts/trend-layout.ts";
import type { Period } from "../../../src/data/period.ts";
import { toHtml } from "../../../src/render/tree.ts";
import { normaliseSvg, openablePanels } from "./helpers.ts";

const slots = [
  { slug: "2021", year: 2021 },
  { slug: "2022-h1", year: 2022 },
  { slug: "2022-h2", year: 2022 },
  { slug: "2023-h1", year: 2023 },
];
const band = (low: number, high: number, knownMinimum = false) => ({ low, high, knownMinimum });
/** Letters: 0–499, then 2–499 with a stated minimum, a period without a band, 0–249. Orders: 500–999, 250–499. */
const series = [
  [band(0, 499), band(2, 499, true), null, band(0, 249)],
  [null, band(500, 999), null, band(250, 499)],
];

/** The panels' scale, worked out here: 0 on the baseline, 1,000 (the upper edge of 500–999) at the top. */
const bottom = BANDS_PANEL_HEIGHT - TREND_BOTTOM;
const yOf = (v: number) => bottom - (v * (bottom - TREND_TOP)) / 1000;

describe("bands history layout", () => {
  const layout = reportBandsLayout(slots, series);

  it("puts every panel on one scale up to the highest band's upper edge", () => {
    expect(layout.baseline).toBe(bottom);
    expect(layout.ticks.at(-1)).toEqual({ value: 1000, y: TREND_TOP });
    expect(layout.ticks.map((t) => t.value)).toEqual([0, 200, 400, 600, 800, 1000]);
  });

  it("draws each band from its low bound to its high bound's upper edge", () => {
    const letters = layout.marks[0]!;
    expect(letters[0]).toMatchObject({ y: yOf(500), height: yOf(0) - yOf(500) });
    const orders = layout.marks[1]!;
    expect(orders[1]!.y).toBeCloseTo(yOf(1000), 1);
    expect(orders[1]!.y + orders[1]!.height).toBeCloseTo(yOf(500), 1);
    expect(orders[3]!.y + orders[3]!.height).toBeCloseTo(yOf(250), 1);
  });

  it("draws a stated minimum as the band's lower bound, above the baseline", () => {
    const known = layout.marks[0]![1]!;
    expect(known.y).toBeCloseTo(yOf(500), 1);
    expect(known.y + known.height).toBeCloseTo(yOf(2), 1);
    expect(known.y + known.height).toBeLessThan(layout.baseline);
  });

  it("leaves a period without a band undrawn, never a band from 0", () => {
    expect(layout.marks[0]![2]).toBeNull();
    expect(layout.marks[1]![0]).toBeNull();
    expect(layout.marks[1]![2]).toBeNull();
  });

  it("places periods as the fixed layout's axis does", () => {
    const periods: Period[] = [
      { year: 2021, half: 2 },
      { year: 2022, half: 1 },
      { year: 2022, half: 2 },
    ];
    const fixed = periodBands(periods);
    const described = slotBands(periods.map((p) => ({ slug: `${p.year}-h${p.half}`, year: p.year })));
    expect(described).toEqual(fixed);
    expect(layout.slots.map((s) => s.slug)).toEqual(slots.map((s) => s.slug));
    expect(layout.years.map((y) => y.label)).toEqual(["2021", "2022", "2023"]);
  });

  it("gives the fixed layout's bands history the same marks through the shared layout", () => {
    const periods: Period[] = [
      { year: 2022, half: 1 },
      { year: 2022, half: 2 },
    ];
    const fixed = bandsTrendLayout({
      measure: "demands",
      series: [
        {
          label: "Letters",
          points: [
            { period: periods[0]!, band: { low: 0, high: 499 }, reported: true },
            { period: periods[1]!, band: null, reported: false },
          ],
        },
      ],
    });
    // 0–499 alone: its upper edge, 500, is the top of the scale, and its low bound the baseline.
    expect(fixed.marks).toEqual([
      [{ ...periodBands(periods).bands[0], y: TREND_TOP, height: bottom - TREND_TOP }, null],
    ]);
  });
});

function chartHtml(): string {
  return toHtml(
    renderBandsHistory(
      { id: "b", title: "Demands by period, as bands", summary: "A summary." },
      reportBandsLayout(slots, series),
      [
        { title: "Letters", description: "Letters: 2021, 0 to 499 demands; …" },
        { title: "Orders", description: "Orders: 2021, not reported; …" },
      ],
      { measure: "Demands", why: "/definitions/#def-ns", noneLabel: "Not reported" },
    ),
  );
}

describe("bands history markup", () => {
  it("draws a band as a hatch between caps and a period without one as ? with no rect", () => {
    const html = chartHtml();
    const none = /<g class="rc-period rc-none" data-period="2022-h2">(.*?)<\/g>/.exec(html)?.[1] ?? "";
    expect(none).not.toContain("<rect");
    expect(none).toContain(">?</text>");
    const banded = /<g class="rc-period rc-band" data-period="2022-h1">(.*?)<\/g><\/g>/.exec(html)?.[1] ?? "";
    expect(banded).toContain('class="range-band"');
    expect(banded).toContain('fill="url(#b-range-hatch)"');
    expect(banded).toContain('class="range-caps"');
  });

  it("defines the hatch once and names each panel's image by its description", () => {
    const html = chartHtml();
    expect(html.match(/<pattern id="b-range-hatch"/g)).toHaveLength(1);
    expect(html).toContain('role="img" aria-label="Letters: 2021, 0 to 499 demands; …"');
    expect(html).toContain('<p class="chart-summary" id="b-summary">A summary.</p>');
    expect(html).toContain('<a href="/definitions/#def-ns">Why ranges?</a>');
    expect(html).toContain(">Not reported</li>");
  });

  it("has no inline styles and no colours in the markup", () => {
    const html = chartHtml();
    expect(html).not.toMatch(/\sstyle=/);
    expect(html).not.toMatch(/#[0-9a-f]{6}/i);
  });

  // The .svg file opens in a browser (see report-history.test.ts on why it sits outside __snapshots__).
  it("matches the snapshots", async () => {
    expect(normaliseSvg(chartHtml())).toMatchSnapshot();
    await expect(openablePanels(chartHtml())).toMatchFileSnapshot("report-history-svg/bands.svg");
  });
});
