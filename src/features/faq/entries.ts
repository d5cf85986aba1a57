import type { FaqData } from "../../content/schemas/faq.ts";

// The FAQ's entries at build time: grouping and the id check across files. The browser's search is in search.ts.

/** One validated entry and the file it came from, so errors can name the file. */
export interface FaqEntry {
  /** Path of the Markdown file, relative to the project, for error messages. */
  file: string;
  data: FaqData;
}

export interface FaqGroup<S extends { id: string }, E extends FaqEntry> {
  section: S;
  entries: E[];
}

/** Ids used by more than one entry, each with the files that use it, in a stable order. */
export function findDuplicateIds(entries: readonly FaqEntry[]): Map<string, string[]> {
  const files = new Map<string, string[]>();
  for (const entry of entries) files.set(entry.data.id, [...(files.get(entry.data.id) ?? []), entry.file]);
  const duplicates = new Map<string, string[]>();
  for (const [id, list] of [...files.entries()].sort(([a], [b]) => a.localeCompare(b, "en"))) {
    if (list.length > 1)
      duplicates.set(
        id,
        [...list].sort((a, b) => a.localeCompare(b, "en")),
      );
  }
  return duplicates;
}

/**
 * Throws when two entries share an id. Zod checks one file at a time, so this is
 * the check across files; the build calls it so a clash fails loudly instead of
 * giving the page two elements with one id and a deep link that opens the wrong answer.
 */
export function assertUniqueIds(entries: readonly FaqEntry[]): void {
  const duplicates = findDuplicateIds(entries);
  if (duplicates.size === 0) return;
  const lines = [...duplicates.entries()].map(([id, files]) => `  id "${id}" is used by ${files.join(", ")}`);
  throw new Error(
    `FAQ: ${duplicates.size === 1 ? "an id is" : `${duplicates.size} ids are`} used more than once; every question needs its own anchor id:\n${lines.join("\n")}`,
  );
}

/**
 * Entries grouped by section in the sections' order, each section sorted by
 * `order` and then by question. Sections without entries are left out.
 */
export function groupBySection<S extends { id: string }, E extends FaqEntry>(
  sections: readonly S[],
  entries: readonly E[],
): FaqGroup<S, E>[] {
  return sections
    .map((section) => ({
      section,
      entries: entries
        .filter((e) => e.data.section === section.id)
        .sort((a, b) => a.data.order - b.data.order || a.data.question.localeCompare(b.data.question, "en")),
    }))
    .filter((group) => group.entries.length > 0);
}
