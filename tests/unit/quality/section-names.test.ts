import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { walkFiles } from "../../../src/data/files.ts";
import { SECTION_IDS } from "../../../src/data/sections.ts";

/**
 * Code asks what a section is, never what it is called: whether it is the report's first (src/data/first-section.ts)
 * or what shape its figures have (`kind`). Only the registry (src/data/sections.ts) and that declaration spell out
 * the ids. Compared by name, the first section's special cases were spread over some twenty files, each one a
 * place to miss when the report's sections change.
 */
const HOMES = new Set(["src/data/sections.ts", "src/data/first-section.ts"]);

function sources(): [path: string, text: string][] {
  return walkFiles("src")
    .filter((f) => /\.(ts|astro|mjs)$/.test(f))
    .map((f) => `src/${f}`)
    .filter((path) => !HOMES.has(path))
    .map((path) => [path, readFileSync(path, "utf8")] as [string, string]);
}

const ID = `["'\`](?:${SECTION_IDS.join("|")})["'\`]`;
/** A section id as a literal on either side of `===`/`!==`, after `??`, or as a `case`. */
const BY_NAME = new RegExp(`(?:===|!==|\\?\\?|\\bcase)\\s*${ID}|${ID}\\s*(?:===|!==)`);

describe("report sections", () => {
  it("are never compared by name outside the registry and the first section's declaration", () => {
    const files = sources();
    expect(files.length).toBeGreaterThan(100);
    const found = files.flatMap(([path, text]) =>
      text
        .split("\n")
        .map((line, i) => [`${path}:${i + 1}`, line] as const)
        .filter(([, line]) => BY_NAME.test(line))
        .map(([where, line]) => `${where}: ${line.trim()}`),
    );
    expect(found).toEqual([]);
  });

  it("catch a comparison by name (the check can fail)", () => {
    expect(BY_NAME.test('if (s.id === "law-enforcement") return;')).toBe(true);
    expect(BY_NAME.test("'national-security' !== section")).toBe(true);
    expect(BY_NAME.test('(c.section ?? "law-enforcement")')).toBe(true);
    expect(BY_NAME.test('    case "emergency":')).toBe(true);
    expect(BY_NAME.test("if (isFirstSection(s.id)) return;")).toBe(false);
    expect(BY_NAME.test('label: "Law enforcement requests",')).toBe(false);
  });
});
