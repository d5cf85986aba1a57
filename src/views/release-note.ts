import { urls } from "../lib/urls.ts";
import { formatDay } from "../publication/dates.ts";
import type { PublicationNote } from "../publication/note.ts";
import { type El, h } from "../render/tree.ts";

/**
 * "Published 7 August 2026 · corrected 12 September 2026": each correction date links
 * to its entry on the corrections page, which says what changed. Nothing when
 * neither is known, so a data folder without releases.csv shows no empty line. A view over many periods passes
 * its own words for the date (`Latest figures published`): one bare date under a long history reads as if the
 * whole history were published that day.
 */
export function releaseNote(note: PublicationNote | undefined, published = "Published"): El | null {
  if (!note || (note.published === undefined && note.corrections.length === 0)) return null;
  return h(
    "p",
    { class: "release-note muted", "data-release-note": "" },
    note.published ? h("time", { datetime: note.published }, `${published} ${formatDay(note.published)}`) : null,
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
