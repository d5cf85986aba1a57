import { describe, expect, it } from "vitest";
import { describeRange, rangesLayout, rangesState, renderRanges } from "../../../src/charts/ranges.ts";
import { toHtml } from "../../../src/render/tree.ts";
import { attrsOf, normaliseSvg } from "./helpers.ts";

/** Bands as US providers publish them: demands in bands of 500, accounts far wider for one authority. */
const rows = [
  { label: "FISA orders for content", demands: { low: 0, high: 499 }, accounts: { low: 15000, high: 15499 } },
  { label: "FISA orders for non-content", demands: { low: 500, high: 999 }, accounts: { low: 0, high: 499 } },
  { label: "National Security Letters", demands: { low: 0, high: 499 }, accounts: null },
];
const state = rangesState(rows);
const layout = rangesLayout(state);
const [demands, accounts] = layout.panels;

describe("range chart state", () => {
  it("keeps the rows in the caller's order and does not share the caller's bands", () => {
    expect(state.rows.map((r) => r.label)).toEqual(rows.map((r) => r.label));
    expect(state.rows[0]?.demands).toEqual({ low: 0, high: 499 });
    expect(state.rows[0]?.demands).not.toBe(rows[0]?.demands);
    expect(state.rows[2]?.accounts).toBeNull();
  });
});

describe("range chart layout", () => {
  it("has a panel per measure, each with its own scale", () => {
    expect(layout.panels.map((p) => p.measure)).toEqual(["demands", "accounts"]);
    // Demands: the widest band ends at 999, so the scale ends at its upper edge, 1,000.
    expect(demands?.domainMax).toBe(1000);
    // Accounts: 15,499 → upper edge 15,500, rounded up to the round 16,000.
    expect(accounts?.domainMax).toBe(16000);
  });

  it("rounds the scale up to the widest band's upper edge", () => {
    const one = (high: number) =>
      rangesLayout(rangesState([{ label: "x", demands: { low: 0, high }, accounts: null }]));
    expect(one(499).panels[0]?.domainMax).toBe(500);
    expect(one(249).panels[0]?.domainMax).toBe(250);
    expect(one(99).panels[0]?.domainMax).toBe(100);
    expect(one(14999).panels[0]?.domainMax).toBeGreaterThanOrEqual(15000);
  });

  it("draws each band from its low to its high bound, 100% of the scale at 70% of the width", () => {
    expect(demands?.bars.map((b) => [b.x1, b.x2])).toEqual([
      [0, 34.93], // 499 / 1,000 × 70
      [35, 69.93], // 500 and 999 / 1,000 × 70
      [0, 34.93],
    ]);
    expect(accounts?.bars.map((b) => [b.x1, b.x2])).toEqual([
      [65.63, 67.81], // 15,000 and 15,499 / 16,000 × 70
      [0, 2.18], // 499 / 16,000 × 70
      [0, 0], // not reported: no bar
    ]);
    expect(accounts?.bars[2]?.band).toBeNull();
  });

  it("labels round ticks from 0 on each scale", () => {
    expect(demands?.ticks.map((t) => [t.value, t.x])).toEqual([
      [0, 0],
      [500, 35],
      [1000, 70],
    ]);
    expect(accounts?.ticks.map((t) => t.value)).toEqual([0, 5000, 10000, 15000]);
  });

  it("stacks the accounts panel below the demands panel, rows 44px apart", () => {
    expect(demands?.bars.map((b) => b.y)).toEqual([22, 66, 110]);
    expect(accounts?.y).toBe((demands?.height ?? 0) + 16);
    expect(layout.height).toBe((accounts?.y ?? 0) + (accounts?.height ?? 0));
  });

  it("leaves out the accounts panel when no row reports accounts", () => {
    const only = rangesLayout(rangesState([{ label: "NSLs", demands: { low: 0, high: 499 }, accounts: null }]));
    expect(only.panels.map((p) => p.measure)).toEqual(["demands"]);
  });

  it("draws nothing from no rows", () => {
    expect(rangesLayout(rangesState([]))).toEqual({ height: 0, panels: [] });
  });
});

describe("range chart", () => {
  const html = toHtml(renderRanges(state, { id: "ns", title: "National-security demands, 2024 Jan–Jun" }));

  it("names every bar with its bounds in words", () => {
    expect(attrsOf(html, /<g class="range-row"[^>]*>/g, "aria-label")).toEqual([
      "FISA orders for content: 0 to 499 demands",
      "FISA orders for non-content: 500 to 999 demands",
      "National Security Letters: 0 to 499 demands",
      "FISA orders for content: 15,000 to 15,499 accounts",
      "FISA orders for non-content: 0 to 499 accounts",
      "National Security Letters: accounts not reported",
    ]);
  });

  it("is a group named by the chart's title, holding one graphics symbol per bar", () => {
    expect(html).toMatch(/<svg class="chart-svg ranges-svg"[^>]* role="group" aria-labelledby="ns-title"/);
    expect(html).toContain('<figcaption class="chart-title" id="ns-title">National-security demands, 2024 Jan–Jun<');
    expect(html.match(/role="graphics-symbol"/g)).toHaveLength(6);
    // Text outside the named bars is hidden, so a screen reader hears each figure once: the panel titles…
    const texts = [...html.matchAll(/<text class="([^"]*)"[^>]*>/g)];
    const outside = texts.filter((m) => !["range-label", "range-value", "range-absent"].includes(m[1] ?? ""));
    expect(outside.map((m) => m[1])).toEqual(
      ["range-panel-title", "tick-label", "tick-label", "tick-label"].concat([
        "range-panel-title",
        "tick-label",
        "tick-label",
        "tick-label",
        "tick-label",
      ]),
    );
    for (const m of outside.filter((t) => t[1] === "range-panel-title")) expect(m[0]).toContain('aria-hidden="true"');
    // …and the tick labels, inside the hidden axis groups (which hold no nested group).
    const axes = [...html.matchAll(/<g class="range-axis" aria-hidden="true">(.*?)<\/g>/g)];
    expect(axes.map((a) => a[1]?.match(/class="tick-label"/g)?.length)).toEqual([3, 4]);
  });

  it("writes each band's bounds beside it, and 'not reported' where there is no band", () => {
    const values = [...html.matchAll(/class="range-value"[^>]*>([^<]*)</g)].map((m) => m[1]);
    expect(values).toEqual(["0–499", "500–999", "0–499", "15,000–15,499", "0–499"]);
    expect(html.match(/class="range-absent"[^>]*>not reported</g)).toHaveLength(1);
    expect(html.match(/class="range-band"/g)).toHaveLength(6); // five bars and the legend key
  });

  it("does not rely on colour: bands are hatched between end caps, and the legend links to what a band is", () => {
    expect(html).toContain('<pattern id="ns-range-hatch"');
    expect(html.match(/<g class="range-caps"/g)).toHaveLength(6);
    expect(html).toContain('<a href="/definitions/#bands">Why ranges?</a>');
  });

  it("names a bar that is not reported in words", () => {
    expect(describeRange("NSLs", "accounts", null)).toBe("NSLs: accounts not reported");
    expect(describeRange("NSLs", "demands", { low: 1000, high: 1999 })).toBe("NSLs: 1,000 to 1,999 demands");
  });

  it("says so in words when there is nothing to draw", () => {
    const empty = toHtml(renderRanges(rangesState([]), { id: "e", title: "None" }));
    expect(empty).not.toContain("<svg");
    expect(empty).toContain("No national-security figures to show.");
  });

  it("matches the snapshot", () => {
    expect(normaliseSvg(html)).toMatchSnapshot();
  });
});
