import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { walkFiles } from "../../../src/data/files.ts";

/**
 * A period's id (`2020-H2`) and slug (`2020-h2`) are built by periodId and periodSlug in src/data/period.ts,
 * and read back by parsePeriodId; nothing else spells them out. Built by hand they drifted: `data-period`
 * was written `2020-H2` on some pages and `2020-h2` on others.
 */
const ROOTS = ["src", "tests/e2e", "scripts"];
const HOME = "src/data/period.ts";

function sources(): [path: string, text: string][] {
  return ROOTS.flatMap((root) =>
    walkFiles(root)
      .filter((f) => /\.(ts|astro)$/.test(f))
      .map((f) => `${root}/${f}`)
      .filter((path) => path !== HOME)
      .map((path) => [path, readFileSync(path, "utf8")] as [string, string]),
  );
}

/** `${…}-H${…}`, `-h${`, `.half}` in a template: an id or slug put together by hand. */
const HAND_BUILT = /-[Hh]\$\{|\.half\}/;

describe("period ids and slugs", () => {
  it("are built only by src/data/period.ts", () => {
    const found = sources().flatMap(([path, text]) =>
      text
        .split("\n")
        .map((line, i) => [`${path}:${i + 1}`, line] as const)
        .filter(([, line]) => HAND_BUILT.test(line))
        .map(([where, line]) => `${where}: ${line.trim()}`),
    );
    expect(found).toEqual([]);
  });

  it("are written as slugs in every data-period attribute", () => {
    const writers = sources().filter(([path]) => path.startsWith("src/"));
    expect(writers.length).toBeGreaterThan(50);
    const found = writers.flatMap(([path, text]) =>
      [...text.matchAll(/["']?data-period["']?\s*[:=]\s*([^,>\n]+)/g)]
        .map((m) => (m[1] ?? "").trim())
        // In markup and trees alike, the value is a slug from periodSlug (or a layout's `slug` field, set by it).
        .filter((value) => !/^\{?periodSlug\(|^[a-z]+\.slug\b/.test(value))
        .map((value) => `${path}: data-period = ${value}`),
    );
    expect(found).toEqual([]);
  });

  it("catch a hand-built id (the check can fail)", () => {
    expect(HAND_BUILT.test("`${p.year}-H${p.half}`")).toBe(true);
    expect(HAND_BUILT.test("`${p.year}-h${half}`")).toBe(true);
    expect(HAND_BUILT.test("periodSlug(p)")).toBe(false);
  });
});
