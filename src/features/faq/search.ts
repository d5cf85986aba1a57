/**
 * The FAQ filter's matching, shared by the browser and the unit tests. Pure: no DOM.
 *
 * A query matches a question when every word of it occurs in the question, its answer or its section's title,
 * after folding case and accents. Words are also matched with spaces and hyphens taken out ("backdoor" finds
 * "back door"), and through a short list of the words readers type for the words the answers use ("police"
 * finds "law-enforcement").
 */

/** Lower case, accents folded and whitespace collapsed, so "Rechtshilfe" finds "rechtshilfe" and "resume" finds "résumé". */
export function normaliseForSearch(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ").trim();
}

/** The text without spaces and hyphens, so a word written as one or as two still matches. */
function compact(text: string): string {
  return text.replace(/[\s\-‐‑]+/g, "");
}

/**
 * Words readers use, and the words our answers use for the same thing. Keys and values are normalised.
 * Kept short and literal: each entry is a term a reader would expect to find something with.
 */
export const SEARCH_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  police: ["law enforcement", "law-enforcement", "agencies", "agency"],
  cops: ["law enforcement", "law-enforcement"],
  fbi: ["law enforcement", "law-enforcement", "national security", "national-security"],
  nsa: ["national security", "national-security", "intelligence"],
  nsl: ["national security letter"],
  fisa: ["national security", "national-security"],
  spy: ["intelligence", "national security"],
  backdoor: ["back door"],
  notification: ["notify", "notice", "notifying"],
  notify: ["notice", "notification"],
  warrant: ["court order", "warrant"],
  subpoena: ["subpoena", "legal process", "legal demand"],
  gag: ["gag", "non-disclosure", "secrecy"],
  government: ["government", "agencies", "authorities"],
  delete: ["remove", "removal"],
  takedown: ["removal", "remove"],
};

/** The terms that count as a match for one query word: the word itself and its synonyms. */
export function termsFor(word: string): string[] {
  return [word, ...(SEARCH_SYNONYMS[word] ?? [])];
}

/** The normalised words of a query. */
export function queryWords(query: string): string[] {
  return normaliseForSearch(query).split(" ").filter(Boolean);
}

function occurs(normalisedText: string, term: string): boolean {
  return normalisedText.includes(term) || compact(normalisedText).includes(compact(term));
}

/** True when every word of the query (or one of its synonyms) occurs in the text. An empty query matches everything. */
export function matchesQuery(normalisedText: string, query: string): boolean {
  return queryWords(query).every((word) => termsFor(word).some((term) => occurs(normalisedText, term)));
}

/**
 * Where the query's terms occur in a piece of raw text, as [start, end) offsets into that text, sorted and
 * merged. Matching folds case and accents, so "resume" marks "résumé"; the offsets are the raw text's own.
 */
export function matchRanges(raw: string, query: string): [number, number][] {
  const terms = queryWords(query).flatMap(termsFor);
  if (terms.length === 0) return [];
  // Fold character by character, remembering where each folded character came from.
  let folded = "";
  const origin: number[] = [];
  for (let i = 0; i < raw.length;) {
    const code = raw.codePointAt(i) ?? 0;
    const ch = String.fromCodePoint(code);
    const piece = ch.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
    for (let k = 0; k < piece.length; k++) origin.push(i);
    folded += piece;
    i += ch.length;
  }
  origin.push(raw.length);
  const found: [number, number][] = [];
  for (const term of new Set(terms)) {
    for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + 1)) {
      found.push([origin[at] ?? 0, origin[at + term.length] ?? raw.length]);
    }
  }
  found.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const [start, end] of found) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/** The sentence the filter's live region reads out. */
export function filterStatus(query: string, shown: number, total: number): string {
  const q = query.trim();
  if (q === "") return `Showing all ${total} questions.`;
  if (shown === 0) return `No questions match “${q}”. Try fewer or different words, or clear the filter.`;
  return `${shown} of ${total} questions ${shown === 1 ? "matches" : "match"} “${q}”.`;
}
