import type { Dataset } from "../data/dataset.ts";
import type { Period } from "../data/period.ts";
import { correctionsFor, releaseOf } from "./dates.ts";

/** When a view's figures were published and corrected; carried in the page payloads and their JSON. */
export interface PublicationNote {
  /** `2026-08-07`, when releases.csv records it. */
  published?: string;
  /** The corrections that changed this view's figures, newest first. */
  corrections: { date: string; anchor: string }[];
}

/** The note for a view: `country` null for worldwide figures. */
export function publicationNote(dataset: Dataset, country: string | null, period: Period): PublicationNote {
  const published = releaseOf(dataset, period);
  return {
    ...(published ? { published } : {}),
    corrections: correctionsFor(dataset, country, period).map((c) => ({ date: c.date, anchor: c.anchor })),
  };
}
