import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { OUTCOMES } from "../../../src/data/aggregate.ts";
import {
  ACCOUNTS_COLOUR,
  BACKGROUND,
  contrastRatio,
  GLOBAL_COLOUR,
  MAP_NONE_HATCH,
  MAP_OUTLINE,
  MAP_RAMP,
  RANGE_CAP,
  RANGE_HATCH,
} from "../../../src/charts/palette.ts";
import { OUTCOME_COLOURS, OUTCOME_PATTERNS, OUTCOME_REGISTRY } from "../../../src/registry/outcomes.ts";

const css = readFileSync("src/styles/global.css", "utf8");

function cssVar(name: string): string | undefined {
  return new RegExp(`${name}:\\s*(#[0-9a-fA-F]{6})\\s*;`).exec(css)?.[1]?.toLowerCase();
}

describe("contrast ratio", () => {
  it("matches the WCAG reference values", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#ffffff", "#ffffff")).toBeCloseTo(1, 5);
    // #767676 is the well-known lightest grey that passes 4.5:1 on white.
    expect(Number(contrastRatio("#767676", "#ffffff").toFixed(2))).toBe(4.54);
    expect(Number(contrastRatio("#777777", "#ffffff").toFixed(2))).toBe(4.48);
  });

  it("rejects what is not a colour", () => {
    expect(() => contrastRatio("red", "#ffffff")).toThrow(/#rrggbb/);
  });
});

describe("chart palette (WCAG 1.4.11: marks reach 3:1 against the background)", () => {
  it("uses the page background", () => {
    expect(cssVar("--bg")).toBe(BACKGROUND);
  });

  it.each(OUTCOMES)("outcome %s reaches 3:1", (o) => {
    expect(contrastRatio(OUTCOME_COLOURS[o], BACKGROUND)).toBeGreaterThanOrEqual(3);
  });

  it.each([
    ["accounts line", ACCOUNTS_COLOUR],
    ["worldwide bars", GLOBAL_COLOUR],
    ["map outlines", MAP_OUTLINE],
    ["no-requests hatch", MAP_NONE_HATCH],
    ["darkest map fill", MAP_RAMP.at(-1) ?? ""],
    ["range hatch", RANGE_HATCH],
    ["range end caps", RANGE_CAP],
  ])("%s reach 3:1", (_name, colour) => {
    expect(contrastRatio(colour, BACKGROUND)).toBeGreaterThanOrEqual(3);
  });

  it.each(["--fg", "--muted", "--accent"])("text colour %s reaches 4.5:1 on the page and on panels", (name) => {
    for (const bg of [cssVar("--bg"), cssVar("--panel")]) {
      expect(contrastRatio(cssVar(name) ?? "", bg ?? ""), `${name} on ${bg ?? "?"}`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it("draws ranges in the same colours as the custom properties charts.css restyles them with", () => {
    expect(cssVar("--accent")).toBe(RANGE_HATCH);
    expect(cssVar("--fg")).toBe(RANGE_CAP);
  });

  it("draws the focus ring at 3:1 against the page", () => {
    expect(contrastRatio(cssVar("--focus") ?? "", BACKGROUND)).toBeGreaterThanOrEqual(3);
  });

  it.each(OUTCOME_REGISTRY.entries)("publishes $key's colour under its CSS custom property", (o) => {
    expect(cssVar(o.cssVar)).toBe(o.colour);
  });

  it.each(OUTCOME_REGISTRY.entries)("paints $key's swatch with that custom property", (o) => {
    const rule = new RegExp(`\\.${o.swatchClass}\\s*\\{([^}]*)\\}`).exec(css)?.[1];
    expect(rule, o.swatchClass).toBeDefined();
    expect(rule).toMatch(new RegExp(`background:\\s*var\\(${o.cssVar}\\)\\s*;`));
  });

  it("declares no outcome custom property the registry does not know", () => {
    const declared = [...css.matchAll(/(--outcome-[a-z-]+):/g)].map((m) => m[1]);
    expect(new Set(declared)).toEqual(new Set(OUTCOME_REGISTRY.entries.map((o) => o.cssVar)));
  });

  it("gives every outcome its own colour and its own pattern, so colour is not the only cue", () => {
    expect(new Set(Object.values(OUTCOME_COLOURS)).size).toBe(OUTCOMES.length);
    expect(new Set(Object.values(OUTCOME_PATTERNS)).size).toBe(OUTCOMES.length);
  });

  it("orders the map fills from light to dark", () => {
    const ratios = MAP_RAMP.map((c) => contrastRatio(c, BACKGROUND));
    expect([...ratios].sort((a, b) => a - b)).toEqual(ratios);
  });
});
