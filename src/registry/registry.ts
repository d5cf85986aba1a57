/**
 * The shape every registry of the site's vocabulary shares: a fixed order of keys and one entry per key.
 * Outcomes live in ./outcomes.ts; the report sections (law enforcement, emergency, civil, national
 * security) are meant to sit beside them as a second registry of the same shape.
 */
export interface Registry<K extends string, E extends { readonly key: K }> {
  /** Keys in the order they are always shown. */
  readonly keys: readonly K[];
  /** Entries in the same order. */
  readonly entries: readonly E[];
  get(key: K): E;
  /** One field of every entry, by key: for places that only need, say, the labels. */
  pick<F extends keyof E>(field: F): Readonly<Record<K, E[F]>>;
}

export function defineRegistry<K extends string, E extends { readonly key: K }>(
  keys: readonly K[],
  byKey: { readonly [k in K]: E },
): Registry<K, E> {
  for (const key of keys) {
    if (byKey[key].key !== key) throw new Error(`Registry entry "${key}" is filed under another key`);
  }
  const entries = keys.map((key) => byKey[key]);
  return {
    keys,
    entries,
    get: (key) => byKey[key],
    pick: (field) => Object.fromEntries(entries.map((e) => [e.key, e[field]])) as Record<K, E[typeof field]>,
  };
}
