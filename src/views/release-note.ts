import type { Dataset } from "../data/dataset.ts";
import type { Period } from "../data/period.ts";
import { urls } from "../lib/urls.ts";
import { correctionsFor, formatDay, releaseOf } from "../publication/dates.ts";
import { type El, h } from "../render/tree.ts";

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

/**
 * "Published 7 August 2026 · corrected 12 September 2026": each correction date links
 * to its entry on the corrections page, which says what changed. Nothing when
 * neither is known, so a data folder without releases.csv shows no empty line.
 */
export function releaseNote(note: PublicationNote | undefined): El | null {
  if (!note || (note.published === undefined && note.corrections.length === 0)) return null;
  return h(
    "p",
    { class: "release-note muted", "data-release-note": "" },
    note.published ? h("time", { datetime: note.published }, `Published ${formatDay(note.published)}`) : null,
    note.corrections.map((c, i) => [
      note.published || i > 0 ? " · " : null,
      h(
        "a",
        { href: `${urls.corrections}#${c.anchor}`, "data-correction": c.anchor },
        h("time", { datetime: c.date }, `${note.published || i > 0 ? "corrected" : "Corrected"} ${formatDay(c.date)}`),
      ),
    ]),
  );
}
