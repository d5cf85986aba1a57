/**
 * The frame every report section gets on a view that has more than one: an in-page contents list, and a
 * `<section id="<section id>">` with its own h2, what it counts and a link to its definition. A report with
 * law enforcement only gets none of it, so its pages stay as they were.
 */
import { sectionDef } from "../data/sections.ts";
import { urls } from "../lib/urls.ts";
import { type Child, type El, h } from "../render/tree.ts";
import type { SectionHeader } from "../payloads/sections.ts";
import { name } from "./parts.ts";

/** True when the view shows more than law enforcement, and so needs the contents list and section frames. */
export function hasSections(sections: readonly SectionHeader[]): boolean {
  return sections.length > 1;
}

/** The element id of a section's h2; the section itself carries the section id, the page's `#anchor`. */
export function sectionHeadingId(section: SectionHeader): string {
  return `${section.id}-heading`;
}

export function contentsList(sections: readonly SectionHeader[]): El | null {
  if (!hasSections(sections)) return null;
  return h(
    "nav",
    { class: "section-contents", "aria-label": "Sections on this page" },
    h("h2", { class: "section-contents-title" }, "On this page"),
    h(
      "ol",
      {},
      sections.map((s) => h("li", {}, h("a", { href: `#${s.id}` }, s.label))),
    ),
  );
}

/** One section: heading, what it counts, its definition, then its figures (or the words saying there are none). */
export function sectionFrame(section: SectionHeader, ...children: Child[]): El {
  return h(
    "section",
    {
      id: section.id,
      class: "report-section",
      "aria-labelledby": sectionHeadingId(section),
      "data-section": section.id,
    },
    h("h2", { id: sectionHeadingId(section) }, section.label),
    sectionAbout(section),
    children,
  );
}

/** What the section counts, with a link to its definition. */
export function sectionAbout(section: SectionHeader): El {
  return h(
    "p",
    { class: "section-about" },
    section.description,
    " ",
    h("a", { href: `${urls.definitions}#${sectionDef(section.id).definitionsAnchor}` }, "Definition"),
  );
}

/** The section has no file for the period: not reported, which is not the same as none. */
export function notReported(section: SectionHeader, long: string): El {
  return h(
    "p",
    { class: "notice", role: "note", "data-not-reported": "" },
    `${section.label} were not reported for ${long}.`,
  );
}

/** The section's file for the period has no row for the country: never shown as 0. */
export function noRow(country: string, long: string): El {
  return h(
    "p",
    { class: "notice", role: "note", "data-absent": "" },
    name(country),
    ` is not in this section's report for ${long}, which is not the same as 0 requests.`,
  );
}

/** The country has no row in any period of the section. */
export function noRowEver(country: string): El {
  return h(
    "p",
    { class: "notice", role: "note", "data-absent": "" },
    "No period's report in this section has a row for ",
    name(country),
    ", which is not the same as 0 requests.",
  );
}

/**
 * The file behind a section's figures. The period and country files carry every section (the downloads build
 * them), so a section links to the same file as its view, named for what the reader is looking at.
 */
export function sectionDownload(section: SectionHeader, href: string, what: string): El {
  return h(
    "p",
    { class: "section-download no-print" },
    h("a", { href, "data-download": section.id }, `${section.label}, ${what} (CSV)`),
  );
}
