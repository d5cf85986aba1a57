import { describe, expect, it } from "vitest";
import { FAQ_SECTIONS, faqSchema } from "../../content/schemas/faq.ts";
import { assertUniqueIds, groupBySection } from "./entries.ts";
import { DEFINITION_ANCHORS } from "../../registry/outcomes.ts";
import { SECTION_IDS, SECTIONS } from "../../data/sections.ts";
import { BANDS_ANCHOR } from "../../charts/ranges.ts";
import { readEntries } from "./load-entries.test-helper.ts";

// The anchors of /definitions/; tests/e2e/faq.spec.ts checks that the page really has them.
const DEFINITIONS_PAGE_ANCHORS = [
  ...Object.values(DEFINITION_ANCHORS),
  ...SECTIONS.map((s) => s.definitionsAnchor),
  "sections",
  BANDS_ANCHOR,
  "outcomes",
  "methodology",
  "periods",
  "totals",
  "shares",
  "absent-countries",
  "change",
  "data-files",
];
const SITE_PAGES = ["/", "/periods/", "/countries/", "/downloads/", "/faq/", "/definitions/"];

const raw = readEntries("src/content/faq");
const entries = raw.map((entry) => {
  const result = faqSchema.safeParse(entry.frontmatter);
  return { ...entry, result, data: result.data };
});
const valid = entries.flatMap((e) => (e.data ? [{ file: e.file, data: e.data, body: e.body }] : []));

describe("the FAQ in src/content/faq", () => {
  it("has only entries that pass the schema", () => {
    const failures = entries
      .filter((e) => !e.result.success)
      .map((e) => `${e.file}: ${e.result.error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
    expect(failures).toEqual([]);
  });

  it("has unique ids and at least 35 questions", () => {
    expect(() => {
      assertUniqueIds(valid);
    }).not.toThrow();
    expect(valid.length).toBeGreaterThanOrEqual(35);
  });

  it("has questions in every section, each in a distinct place", () => {
    const groups = groupBySection(FAQ_SECTIONS, valid);
    expect(groups.map((g) => g.section.id)).toEqual(FAQ_SECTIONS.map((s) => s.id));
    for (const g of groups) {
      const orders = g.entries.map((e) => e.data.order);
      expect(new Set(orders).size, `${g.section.id}: two questions share an order`).toBe(orders.length);
    }
  });

  it("keeps answers short enough for a journalist and long enough to answer", () => {
    for (const e of valid) {
      const words = e.body.split(/\s+/).filter(Boolean).length;
      expect(words, e.file).toBeGreaterThanOrEqual(25);
      expect(words, e.file).toBeLessThanOrEqual(130);
      expect(e.data.question.endsWith("?"), e.file).toBe(true);
    }
  });

  it("links only to questions and definitions that exist, and to pages of the site", () => {
    const ids = new Set(valid.map((e) => e.data.id));
    const broken: string[] = [];
    for (const e of valid) {
      for (const link of e.data.related ?? []) {
        const [path = "", hash] = link.href.split("#");
        const ok =
          path === "/faq/"
            ? hash !== undefined && ids.has(hash) && hash !== e.data.id
            : path === "/definitions/"
              ? hash === undefined || DEFINITIONS_PAGE_ANCHORS.includes(hash)
              : SITE_PAGES.includes(path) && hash === undefined;
        if (!ok) broken.push(`${e.file}: ${link.href}`);
      }
    }
    expect(broken).toEqual([]);
  });

  // The FAQ is the same for every publisher, but a section's figures exist only where its folder does: answers
  // link to the section's definition, which links on to the figures only when the report holds them.
  it("points the answers on each report section to its definition, never straight to figures that may not exist", () => {
    const links = new Map(valid.map((e) => [e.data.id, (e.data.related ?? []).map((l) => l.href)]));
    expect(links.get("emergency-requests")).toEqual(expect.arrayContaining(["/definitions/#def-emergency"]));
    expect(links.get("civil-litigants")).toEqual(expect.arrayContaining(["/definitions/#def-civil"]));
    expect(links.get("national-security")).toEqual(expect.arrayContaining(["/definitions/#def-national-security"]));
    expect(links.get("national-security-ranges")).toEqual(expect.arrayContaining([`/definitions/#${BANDS_ANCHOR}`]));
    const toSections = [...links.values()].flat().filter((href) => SECTION_IDS.some((id) => href === `/#${id}`));
    expect(toSections).toEqual([]);
  });

  it("answers why some figures are ranges in one question only", () => {
    const ranges = valid.filter((e) => /\branges?\b/i.test(e.data.question));
    expect(ranges.map((e) => e.data.id)).toEqual(["national-security-ranges"]);
  });

  it("covers the topics readers ask about", () => {
    const text = valid.map((e) => `${e.data.question} ${e.body}`.toLowerCase()).join("\n");
    const topics = [
      "take away",
      "screen",
      "services",
      "laws",
      "reject",
      "human-rights",
      "countries",
      "non-content",
      "direct access",
      "back door",
      "third part",
      "calea",
      "encrypt",
      "keys",
      "emergency",
      "without a legal demand",
      "gag order",
      "charge",
      "accounts",
      "notif",
      "civil",
      "national-security",
      "ranges",
      "enterprise",
      "cross-border",
      "remove content",
      "abuse",
    ];
    expect(topics.filter((t) => !text.includes(t))).toEqual([]);
  });
});
