/**
 * Which section is the report's first: declared here and nowhere else, so code asks what a section is
 * (`isFirstSection`, or its `kind` where the shape of its figures matters) and never compares its name. The
 * first section (law enforcement in the registry, src/data/sections.ts, which must list it first):
 * - comes first on every page, and its headline figures open the overview, period and country views;
 * - is the one a report must have: its periods (`Dataset.periods`) set the report's pages;
 * - has the four-outcome table, which the view payloads carry in their own fields rather than in `sections`;
 * - keeps the download names and columns the report had before sections existed: no `-<id>` after the
 *   period or country (`sectionFileSuffix` in src/lib/urls.ts) and no `section` column;
 * - is what a correction that names no section is about, since a corrections file written before sections
 *   existed could only mean those figures.
 *
 * This file imports nothing, so the browser's scripts can use it without taking in the registry: there,
 * code compares with FIRST_SECTION_ID directly, which the bundler writes in place, where a call to
 * `isFirstSection` would add a function to every script that draws a view.
 */

/** The first section's id. `FIRST_SECTION` in src/data/sections.ts fails the type check if the registry disagrees. */
export const FIRST_SECTION_ID = "law-enforcement";
export type FirstSectionId = typeof FIRST_SECTION_ID;

/** Whether a section is the report's first; narrows the id. */
export function isFirstSection(id: string): id is FirstSectionId {
  return id === FIRST_SECTION_ID;
}
