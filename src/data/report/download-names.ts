/**
 * The names of a described report's own downloads. They import nothing, because src/lib/urls.ts builds
 * addresses from them and every page's first-load script imports urls.ts: the collision checks beside them
 * (report-outputs.ts) need the country list, which must not reach the browser.
 */

/** The description itself, under /downloads/. */
export const DESCRIPTION_FILE = "report.json";
/** The Frictionless Data Package, under /downloads/. */
export const DATA_PACKAGE_FILE = "datapackage.json";
/** A section's own downloads under /downloads/: `<section id>.csv` and `<section id>.json`. */
export const SECTION_FILE_EXTENSIONS = ["csv", "json"] as const;

/** One of a section's files in /downloads/. */
export function sectionFile(sectionId: string, ext: (typeof SECTION_FILE_EXTENSIONS)[number]): string {
  return `${sectionId}.${ext}`;
}
