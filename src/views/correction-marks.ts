import type { FirstSectionId } from "../data/first-section.ts";
import type { CorrectedFigure } from "../data/publication-types.ts";
import type { SectionId } from "../data/sections.ts";
import { urls } from "../lib/urls.ts";
import { formatDay } from "../publication/dates.ts";
import type { CorrectionRef } from "../publication/note.ts";
import { type Child, h } from "../render/tree.ts";

/**
 * The report's first section (src/data/first-section.ts) as the views name it: the section a figure belongs to
 * when a caller names none, and the one whose figures a view payload carries in its own fields. Typed by that
 * declaration, so the two cannot drift apart. Written out rather than assigned from FIRST_SECTION_ID: this file
 * is also bundled for the browser, where the bundler writes that constant in place only inside conditions and
 * would otherwise keep a second variable for it.
 */
export const DEFAULT_SECTION: FirstSectionId = "law-enforcement";

/**
 * The corrections that reach one section's figures: those naming that section. One naming none is law
 * enforcement's: a corrections file written before sections existed could only mean those figures.
 */
export function forSection(refs: readonly CorrectionRef[], section: SectionId): CorrectionRef[] {
  return refs.filter((c) => (c.section ?? DEFAULT_SECTION) === section);
}

/** The corrections to one country's own figures (never a period-wide one, which changes worldwide figures). */
export function forCountry(refs: readonly CorrectionRef[], code: string): CorrectionRef[] {
  return refs.filter((c) => c.countryCode === code);
}

/**
 * The corrections that changed one figure. One that names no figures changed every figure of its subject (a
 * corrections file without the `figures` column could say no more).
 */
export function forFigure(refs: readonly CorrectionRef[], figure: CorrectedFigure): CorrectionRef[] {
  return refs.filter((c) => c.figures === undefined || c.figures.includes(figure));
}

/** The corrections that name no figures: marked once on a whole row or table, since any of its figures may have changed. */
export function wholeSubject(refs: readonly CorrectionRef[]): CorrectionRef[] {
  return refs.filter((c) => c.figures === undefined);
}

/** The corrections that name this figure among others: marked on that figure's own cell. */
export function namingFigure(refs: readonly CorrectionRef[], figure: CorrectedFigure): CorrectionRef[] {
  return refs.filter((c) => c.figures?.includes(figure) === true);
}

/**
 * A "†" beside a corrected figure, one per correction, each linking to its note on the corrections page.
 * The date is in the link's name and its tooltip, so a screen reader hears when without following it.
 */
export function correctionMarks(refs: readonly CorrectionRef[], section: SectionId = DEFAULT_SECTION): Child {
  return forSection(refs, section).map((c) => [
    " ",
    h(
      "a",
      {
        class: "correction-mark",
        href: `${urls.corrections}#${c.anchor}`,
        "aria-label": `Corrected ${formatDay(c.date)}: see note`,
        title: `Corrected ${formatDay(c.date)}`,
        "data-correction-mark": c.anchor,
      },
      h("sup", {}, "†"),
    ),
  ]);
}

/** The same marks written out ("† corrected 12 September 2026"), where there is room: beside headline figures. */
export function correctionLines(refs: readonly CorrectionRef[], section: SectionId = DEFAULT_SECTION): Child {
  return forSection(refs, section).map((c) =>
    h(
      "a",
      { class: "change correction-mark", href: `${urls.corrections}#${c.anchor}`, "data-correction-mark": c.anchor },
      h("span", { "aria-hidden": "true" }, "† "),
      h("time", { datetime: c.date }, `Corrected ${formatDay(c.date)}`),
      h("span", { class: "visually-hidden" }, ": see note"),
    ),
  );
}
