import { describe, expect, it } from "vitest";
import { FAQ_SECTIONS, faqSchema } from "../../content/schemas/faq.ts";
import { readEntries } from "./load-entries.test-helper.ts";
import { matchesQuery, matchRanges, normaliseForSearch } from "./search.ts";

// The real FAQ, searched as the page does: question, answer and section title.
const questions = readEntries("src/content/faq").flatMap((entry) => {
  const parsed = faqSchema.safeParse(entry.frontmatter);
  if (!parsed.success) return [];
  const section = FAQ_SECTIONS.find((s) => s.id === parsed.data.section)?.title ?? "";
  return [{ id: parsed.data.id, text: normaliseForSearch(`${parsed.data.question} ${entry.body} ${section}`) }];
});

function found(query: string): string[] {
  return questions.filter((q) => matchesQuery(q.text, query)).map((q) => q.id);
}

describe("FAQ search over the real questions", () => {
  it("finds what readers type: notification, police, FBI, backdoor", () => {
    // A section title: every question in "Notification, secrecy and national security" matches.
    expect(found("notification")).toEqual(expect.arrayContaining(["user-notification", "gag-orders"]));
    // Synonyms: "police" and "FBI" find the answers that say law enforcement; "backdoor" finds "back doors".
    expect(found("police").length).toBeGreaterThan(3);
    expect(found("FBI").length).toBeGreaterThan(0);
    expect(found("backdoor")).toContain("back-doors");
  });

  it("still needs every word", () => {
    expect(found("backdoor zzzz")).toEqual([]);
  });
});

describe("match ranges for highlighting", () => {
  it("gives the raw text's offsets, folding case and accents", () => {
    const raw = "Résumé of a RESUME";
    expect(matchRanges(raw, "resume").map(([a, b]) => raw.slice(a, b))).toEqual(["Résumé", "RESUME"]);
  });

  it("marks a synonym's words and merges overlaps", () => {
    const raw = "We build no back door. Law-enforcement agencies ask.";
    expect(matchRanges(raw, "backdoor").map(([a, b]) => raw.slice(a, b))).toEqual(["back door"]);
    expect(matchRanges(raw, "police").map(([a, b]) => raw.slice(a, b))).toEqual(["Law-enforcement", "agencies"]);
  });

  it("marks nothing for an empty query", () => {
    expect(matchRanges("anything", "  ")).toEqual([]);
  });
});
