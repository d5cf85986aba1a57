import { inflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { OUTCOMES, periodTotals } from "../../../src/data/aggregate.ts";
import { sectionsInPeriod } from "../../../src/data/sections-aggregate.ts";
import { COLOURS } from "../../../src/downloads/pdf/page.ts";
import { buildPeriodPdf } from "../../../src/downloads/pdf/period-pdf.ts";
import { OUTCOME_COLOURS } from "../../../src/registry/outcomes.ts";
import { sampleDataset } from "./helpers.ts";

/** Every content stream of a PDF, inflated (pdfkit compresses them with Flate). */
function contentStreams(pdf: Buffer): string[] {
  const raw = pdf.toString("latin1");
  const streams: string[] = [];
  for (const m of raw.matchAll(/stream\r?\n/g)) {
    const start = m.index + m[0].length;
    const end = raw.indexOf("endstream", start);
    try {
      streams.push(inflateSync(pdf.subarray(start, end)).toString("latin1"));
    } catch {
      // Fonts and other binary streams that are not Flate-compressed drawing operators.
    }
  }
  return streams;
}

const hex = (rgb: string[]) =>
  "#" +
  rgb
    .map((v) =>
      Math.round(Number(v) * 255)
        .toString(16)
        .padStart(2, "0"),
    )
    .join("");

/** The colour of every filled rectangle, in drawing order, read from the operators `x y w h re … r g b scn f`. */
function rectangleFills(pdf: Buffer): string[] {
  const fills: string[] = [];
  const op = /re\n\/DeviceRGB cs\n([\d.]+) ([\d.]+) ([\d.]+) scn\nf\n/g;
  for (const stream of contentStreams(pdf)) {
    for (const m of stream.matchAll(op)) fills.push(hex([m[1] ?? "", m[2] ?? "", m[3] ?? ""]));
  }
  return fills;
}

describe("PDF colours", () => {
  it("draw the breakdown bars in exactly the site's outcome colours, in the registry's order", async () => {
    const dataset = sampleDataset();
    const data = dataset.periods.at(-1)!;
    const totals = periodTotals(data);
    // Every outcome must have a bar, or the test would prove nothing about its colour.
    for (const o of OUTCOMES) expect(totals[o], o).toBeGreaterThan(0);
    const bars = rectangleFills(await buildPeriodPdf(dataset, data)).filter(
      (c) => c !== COLOURS.track && c !== COLOURS.stripe,
    );
    // One breakdown per counts section that reported the period (law enforcement, then emergency and civil).
    const breakdowns = sectionsInPeriod(dataset, data.period).filter((s) => s.kind === "counts").length;
    expect(breakdowns).toBe(3);
    expect(bars).toEqual(Array.from({ length: breakdowns }, () => OUTCOMES.map((o) => OUTCOME_COLOURS[o])).flat());
  });
});
