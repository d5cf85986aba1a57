import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { OUTCOMES } from "../../../src/data/aggregate.ts";
import {
  BACKGROUND,
  contrastRatio,
  DARK,
  GLOBAL_COLOUR,
  LIGHT,
  MAP_NONE_HATCH,
  MAP_OUTLINE,
  MAP_RAMP,
  RANGE_CAP,
  RANGE_HATCH,
  schemeProperties,
  type SchemeColours,
} from "../../../src/charts/palette.ts";
import {
  OUTCOME_COLOURS,
  OUTCOME_DARK_COLOURS,
  OUTCOME_PATTERNS,
  OUTCOME_REGISTRY,
} from "../../../src/registry/outcomes.ts";

const css = readFileSync("src/styles/global.css", "utf8");
const chartsCss = readFileSync("src/styles/charts.css", "utf8");
const faqCss = readFileSync("src/features/faq/faq.css", "utf8");
const reportChartsCss = readFileSync("src/styles/report-charts.css", "utf8");

/** The dark scheme's block: screens only, so print keeps the light palette. */
const DARK_MEDIA = "@media screen and (prefers-color-scheme: dark)";

/** The `#rrggbb` custom properties declared in a block of CSS, by name. */
function hexProperties(block: string): Record<string, string> {
  return Object.fromEntries(
    [...block.matchAll(/(--[a-z0-9-]+):\s*(#[0-9a-fA-F]{6})\s*;/g)].map((m) => [
      m[1] ?? "",
      (m[2] ?? "").toLowerCase(),
    ]),
  );
}

/** The body of the first `selector { … }` rule after `from` (rules here hold no nested braces). */
function ruleBody(text: string, selector: string, from = 0): string {
  const start = text.indexOf(`${selector} {`, from);
  if (start < 0) throw new Error(`No rule ${selector}`);
  return text.slice(start, text.indexOf("}", start));
}

const lightBlock = hexProperties(ruleBody(css, ":root"));
const darkStart = css.indexOf(`${DARK_MEDIA} {`);
const darkBlock = hexProperties(darkStart < 0 ? "" : ruleBody(css, ":root", darkStart));

const SCHEMES: readonly [string, SchemeColours, Readonly<Record<string, string>>, Record<string, string>][] = [
  ["light", LIGHT, OUTCOME_COLOURS, lightBlock],
  ["dark", DARK, OUTCOME_DARK_COLOURS, darkBlock],
];

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

describe.each(SCHEMES)("the %s scheme", (_name, scheme, outcomes, block) => {
  it.each(OUTCOMES)("outcome %s reaches 3:1 against the background", (o) => {
    expect(contrastRatio(outcomes[o] ?? "", scheme.background)).toBeGreaterThanOrEqual(3);
  });

  it("draws every mark that is not an outcome at 3:1 against the background", () => {
    const marks = {
      global: scheme.global,
      mapOutline: scheme.mapOutline,
      mapNoneHatch: scheme.mapNoneHatch,
      markMuted: scheme.markMuted,
      strongestMapFill: scheme.mapRamp[4],
      focus: scheme.focus,
    };
    for (const [name, colour] of Object.entries(marks)) {
      expect(contrastRatio(colour, scheme.background), name).toBeGreaterThanOrEqual(3);
    }
  });

  it("sets text at 4.5:1 on the page, on panels, on the accent and on the FAQ's highlight", () => {
    const pairs: [string, string, string][] = [
      ["fg", scheme.fg, scheme.background],
      ["fg on panel", scheme.fg, scheme.panel],
      ["muted", scheme.muted, scheme.background],
      ["muted on panel", scheme.muted, scheme.panel],
      ["accent", scheme.accent, scheme.background],
      ["accent on panel", scheme.accent, scheme.panel],
      ["accent-fg on accent", scheme.accentFg, scheme.accent],
      ["highlight", scheme.highlightFg, scheme.highlight],
      // Tooltips invert the page: background-coloured text on the text colour.
      ["tooltip", scheme.background, scheme.fg],
    ];
    for (const [name, text, bg] of pairs) expect(contrastRatio(text, bg), name).toBeGreaterThanOrEqual(4.5);
  });

  it("draws every map fill at 3:1 against the background, which marks a country not in the report", () => {
    for (const [i, colour] of scheme.mapRamp.entries()) {
      expect(contrastRatio(colour, scheme.background), `--map-${i + 1}`).toBeGreaterThanOrEqual(3);
    }
  });

  it("orders the map fills from nearest the background to furthest", () => {
    const ratios = scheme.mapRamp.map((c) => contrastRatio(c, scheme.background));
    expect([...ratios].sort((a, b) => a - b)).toEqual(ratios);
  });

  it("gives every outcome a colour of its own", () => {
    expect(new Set(Object.values(outcomes)).size).toBe(OUTCOMES.length);
  });

  it("is what global.css declares, value for value, with nothing else", () => {
    const expected = {
      ...schemeProperties(scheme),
      ...Object.fromEntries(OUTCOME_REGISTRY.entries.map((o) => [o.cssVar, outcomes[o.key]])),
    };
    expect(block).toEqual(expected);
  });
});

describe("colour schemes in the style sheets", () => {
  it("keeps the dark scheme off paper: its block applies to screens only, and print asks for light", () => {
    expect(darkStart).toBeGreaterThan(0);
    expect(css).not.toMatch(/@media\s*\(prefers-color-scheme/);
    expect(ruleBody(css, ":root", css.indexOf("@media print {"))).toMatch(/color-scheme:\s*light;/);
  });

  it.each(OUTCOME_REGISTRY.entries)("paints $key's chart marks with its custom property", (o) => {
    expect(ruleBody(chartsCss, `.paint-${o.key}`)).toMatch(new RegExp(`fill:\\s*var\\(${o.cssVar}\\);`));
  });

  it("paints each map bin with its step of the ramp", () => {
    MAP_RAMP.forEach((_c, i) => {
      expect(ruleBody(chartsCss, `.map-bin-${i}`)).toMatch(new RegExp(`fill:\\s*var\\(--map-${i + 1}\\);`));
    });
  });

  it("writes no colour into the style sheets outside the palette blocks", () => {
    const outside = css.replace(ruleBody(css, ":root"), "").replace(ruleBody(css, ":root", darkStart), "");
    for (const [name, text] of [
      ["global.css", outside],
      ["charts.css", chartsCss],
      ["faq.css", faqCss],
      ["report-charts.css", reportChartsCss],
    ] as const) {
      expect(text.match(/#[0-9a-fA-F]{3,6}\b/g), name).toBeNull();
    }
  });

  it("writes no colour into the charts' markup, and every paint class it uses has a rule", () => {
    const dir = "tests/unit/charts/__snapshots__";
    const markup = readdirSync(dir)
      .map((f) => readFileSync(`${dir}/${f}`, "utf8"))
      .join("\n");
    expect(markup).toContain("paint-content");
    expect(markup).not.toMatch(/(fill|stroke)="#/);
    const classes = new Set([...markup.matchAll(/\b(paint-[a-zA-Z]+|map-bin-\d)\b/g)].map((m) => m[1] ?? ""));
    for (const c of classes) expect(chartsCss, c).toContain(`.${c} {`);
  });
});
