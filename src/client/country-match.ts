/** The country finder's matching, apart from the element so it can be tested without a DOM. */
export function fold(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ").trim();
}

export interface FinderRow {
  /** The name shown and every alias, folded. */
  names: string[];
  /** The code and every alias, folded, for exact matches. */
  exact: Set<string>;
}

export function finderRow(name: string, code: string, aliases: string): FinderRow {
  const others = aliases
    .split("|")
    .map(fold)
    .filter((a) => a !== "");
  return { names: [fold(name), ...others], exact: new Set([fold(code), fold(name), ...others]) };
}

/** Which rows a query keeps: exact code or alias matches if there are any, else every name containing it. */
export function matches(rows: readonly FinderRow[], typed: string): boolean[] {
  const query = fold(typed);
  if (query === "") return rows.map(() => true);
  const exact = rows.map((r) => r.exact.has(query));
  if (exact.some(Boolean)) return exact;
  return rows.map((r) => r.names.some((n) => n.includes(query)));
}
