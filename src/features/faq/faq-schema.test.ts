import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { faqSchema } from "../../content/schemas/faq.ts";
import { assertUniqueIds, findDuplicateIds, groupBySection } from "./entries.ts";
import { filterStatus, matchesQuery, normaliseForSearch } from "./search.ts";
import { readEntries } from "./load-entries.test-helper.ts";

const fixtures = "tests/fixtures/faq";

/** One line per problem, `field: message`, as a publisher would want to read them. */
function problems(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.join(".") || "(entry)"}: ${issue.message}`);
}

function validate(dir: string) {
  return readEntries(`${fixtures}/${dir}`).map((entry) => ({ entry, result: faqSchema.safeParse(entry.frontmatter) }));
}

function parsedEntries(dir: string) {
  return validate(dir).map(({ entry, result }) => {
    if (!result.success) throw new Error(`${entry.file}: ${problems(result.error).join("; ")}`);
    return { file: entry.file, data: result.data };
  });
}

describe("FAQ schema on fixture entries", () => {
  it("accepts valid entries, with and without related links", () => {
    const entries = parsedEntries("valid");
    expect(entries.map((e) => e.data.id)).toEqual(["second-question", "first-question", "gag-orders"]);
    expect(entries[1]!.data.related).toEqual([
      { label: "The second question", href: "/faq/#second-question" },
      { label: "Definition: rejected", href: "/definitions/#rejected" },
    ]);
    expect(() => {
      assertUniqueIds(entries);
    }).not.toThrow();
  });

  it("rejects an entry without an id, saying which field and what to do", () => {
    const [only] = validate("missing-id");
    expect(only?.result.success).toBe(false);
    const messages = problems(only!.result.error!);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^id: /);
    expect(messages).toMatchInlineSnapshot(`
      [
        "id: is missing; give the question a short anchor id such as gag-orders",
      ]
    `);
  });

  it("rejects an unknown section, naming the value and the allowed ones", () => {
    const [only] = validate("unknown-section");
    expect(only?.result.success).toBe(false);
    expect(problems(only!.result.error!)).toMatchInlineSnapshot(`
      [
        "section: is not a known section ("miscellaneous"); choose one of: about, handling, data, secrecy, enterprise",
      ]
    `);
  });

  it("reports every mistake in an entry at once: bad order, bad id, unknown key, missing question, external link", () => {
    const [only] = validate("bad-fields");
    expect(only?.result.success).toBe(false);
    expect(problems(only!.result.error!)).toMatchInlineSnapshot(`
      [
        "order: must be a whole number, for the question's place in its section",
        "question: is missing; write the question",
        "id: must be a short lower-case slug such as gag-orders (letters, digits, hyphens)",
        "related.0.href: is not an address on this site; it must start with a single / (for example /faq/#id)",
        "(entry): has unknown field(s) "questoin"; the fields are: section, order, question, id, related",
      ]
    `);
  });

  it("rejects ids the page itself uses", () => {
    const base = { section: "about", order: 1, question: "Q?" };
    for (const id of ["main", "faq-filter", "faq-section-about"]) {
      const result = faqSchema.safeParse({ ...base, id });
      expect(result.success, id).toBe(false);
    }
    expect(faqSchema.safeParse({ ...base, id: "faqs-are-fine" }).success).toBe(true);
  });

  it("rejects the same id in two files, naming the id and both files", () => {
    const entries = parsedEntries("duplicate-id");
    expect([...findDuplicateIds(entries).entries()]).toEqual([
      [
        "gag-orders",
        ["tests/fixtures/faq/duplicate-id/gag-orders.md", "tests/fixtures/faq/duplicate-id/non-disclosure.md"],
      ],
    ]);
    expect(() => {
      assertUniqueIds(entries);
    }).toThrowErrorMatchingInlineSnapshot(`
      [Error: FAQ: an id is used more than once; every question needs its own anchor id:
        id "gag-orders" is used by tests/fixtures/faq/duplicate-id/gag-orders.md, tests/fixtures/faq/duplicate-id/non-disclosure.md]
    `);
  });

  it("names every clashing id when there are several", () => {
    const entries = [...parsedEntries("duplicate-id"), ...parsedEntries("valid"), ...parsedEntries("valid")];
    expect(() => {
      assertUniqueIds(entries);
    }).toThrowErrorMatchingInlineSnapshot(`
      [Error: FAQ: 3 ids are used more than once; every question needs its own anchor id:
        id "first-question" is used by tests/fixtures/faq/valid/second.md, tests/fixtures/faq/valid/second.md
        id "gag-orders" is used by tests/fixtures/faq/duplicate-id/gag-orders.md, tests/fixtures/faq/duplicate-id/non-disclosure.md, tests/fixtures/faq/valid/third.md, tests/fixtures/faq/valid/third.md
        id "second-question" is used by tests/fixtures/faq/valid/first.md, tests/fixtures/faq/valid/first.md]
    `);
  });
});

describe("grouping", () => {
  it("keeps the sections' order, sorts by order within a section and leaves out empty sections", () => {
    const sections = [
      { id: "secrecy", title: "S" },
      { id: "data", title: "D" },
      { id: "about", title: "A" },
    ];
    const groups = groupBySection(sections, parsedEntries("valid"));
    expect(groups.map((g) => [g.section.id, g.entries.map((e) => e.data.id)])).toEqual([
      ["secrecy", ["gag-orders"]],
      ["about", ["first-question", "second-question"]],
    ]);
  });
});

describe("filter matching", () => {
  const text = normaliseForSearch("What is a  Gag order?\nA court order that keeps a request SECRET (non-disclosure).");

  it("matches every word, in any order and case, ignoring accents", () => {
    expect(matchesQuery(text, "gag")).toBe(true);
    expect(matchesQuery(text, "Secret  COURT")).toBe(true);
    expect(matchesQuery(text, "non-disclosure")).toBe(true);
    expect(matchesQuery(text, "sécret")).toBe(true);
    expect(matchesQuery(text, "")).toBe(true);
    expect(matchesQuery(text, "   ")).toBe(true);
  });

  it("fails when any word is missing", () => {
    expect(matchesQuery(text, "gag encryption")).toBe(false);
    expect(matchesQuery(text, "calea")).toBe(false);
  });

  it("says how many questions match, or that none do", () => {
    expect([
      filterStatus("", 42, 42),
      filterStatus("gag", 1, 42),
      filterStatus("encryption", 4, 42),
      filterStatus(" zzz ", 0, 42),
    ]).toMatchInlineSnapshot(`
      [
        "Showing all 42 questions.",
        "1 of 42 questions matches “gag”.",
        "4 of 42 questions match “encryption”.",
        "No questions match “zzz”. Try fewer or different words, or clear the filter.",
      ]
    `);
  });
});
