import { describe, expect, it } from "vitest";
import { OUTCOMES } from "../../src/data/aggregate.ts";
import { COLUMNS, OUTCOME_COLUMNS } from "../../src/data/columns.ts";
import { SHARE_COLUMNS } from "../../src/downloads/columns.ts";
import { defineRegistry } from "../../src/registry/registry.ts";
import { OUTCOME_LABELS, OUTCOME_REGISTRY } from "../../src/registry/outcomes.ts";

describe("the outcome registry", () => {
  it("holds every outcome once, in the order they are always shown, with the data contract's columns", () => {
    expect(OUTCOME_REGISTRY.keys).toEqual(OUTCOMES);
    expect(OUTCOME_REGISTRY.entries.map((o) => o.column)).toEqual(OUTCOME_COLUMNS);
    for (const o of OUTCOME_REGISTRY.entries) {
      expect(o.columnTitle).toBe(COLUMNS.find((c) => c.name === o.column)?.title);
    }
  });

  it("gives each outcome its own label, short label, anchor, colours (light and dark), pattern and CSS property", () => {
    for (const field of [
      "label",
      "shortLabel",
      "anchor",
      "colour",
      "dark",
      "pattern",
      "cssVar",
      "swatchClass",
    ] as const) {
      expect(new Set(OUTCOME_REGISTRY.entries.map((o) => o[field])).size, field).toBe(OUTCOMES.length);
    }
    expect(OUTCOME_LABELS.nonContent).toBe(OUTCOME_REGISTRY.get("nonContent").label);
  });

  it("names the share columns of the downloads after the outcome columns", () => {
    expect(SHARE_COLUMNS.map((c) => c.name)).toEqual(OUTCOME_COLUMNS.map((c) => `${c}_percent`));
  });

  it("refuses an entry filed under another key", () => {
    expect(() => defineRegistry(["a", "b"], { a: { key: "a" }, b: { key: "a" } })).toThrow(/"b"/);
  });
});
