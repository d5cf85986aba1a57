/**
 * The names a described report's outputs take from the ids report.json declares: download files, page
 * addresses and page anchors. reportUrls (src/lib/urls.ts) builds the download addresses from the names
 * here, and the description's schema refuses any id whose outputs would land on another output, so a
 * section called `report` can never overwrite /downloads/report.json and a place called `de` never takes
 * Germany's page.
 */
import { isKnownCountryCode } from "../countries.ts";
import { DATA_PACKAGE_FILE, DESCRIPTION_FILE, SECTION_FILE_EXTENSIONS, sectionFile } from "./download-names.ts";

export { DATA_PACKAGE_FILE, DESCRIPTION_FILE, SECTION_FILE_EXTENSIONS, sectionFile };

/** The files in /downloads/ that no id names, with what they are. */
export const FIXED_DOWNLOADS: ReadonlyMap<string, string> = new Map([
  [DESCRIPTION_FILE, "the report description"],
  [DATA_PACKAGE_FILE, "the data package"],
]);

/**
 * Element ids the described pages use beside the sections' own anchors (`#<section id>`, `#<section id>-heading`,
 * `#def-<section id>`): the main landmark, the "one place" and "one period" forms, the places' definitions.
 * A unit test reads the pages and fails when one of them holds a fixed id missing here.
 */
export const FIXED_PAGE_ANCHORS: ReadonlyMap<string, string> = new Map([
  ["main", "the main content of every page"],
  ["one-place", "the period pages' choice of one country or place"],
  ["one-period", "the place pages' choice of one period"],
  ["def-places", "the definitions of places"],
  ["other-periods", "the list of a place's other periods"],
  ["other-processes", "the list of a section's other legal processes on a process page"],
  ["site-search-query", "the search box"],
]);

/** The files a section's id gives it in /downloads/. */
export function sectionFiles(sectionId: string): string[] {
  return SECTION_FILE_EXTENSIONS.map((ext) => sectionFile(sectionId, ext));
}

/** The anchors a section's id gives it on the pages, besides the ids of the notes under its tables. */
export function sectionAnchors(sectionId: string): string[] {
  return [sectionId, `${sectionId}-heading`, `def-${sectionId}`];
}

/**
 * Whether `anchor` may be the id of a note under one of the section's tables: `civil-notes-requests` on a period
 * page, `civil-worldwide-requests` on a place's period page, `civil-jan-jun-2023-requests` or `civil-2022-requests`
 * (the period's label) in its history (src/views/report-model/tables.ts and place-period.ts).
 */
function isSectionNote(sectionId: string, anchor: string): boolean {
  const rest = anchor.startsWith(`${sectionId}-`) ? anchor.slice(sectionId.length + 1) : undefined;
  if (rest === undefined) return false;
  return (
    /^(?:notes|worldwide)-/.test(rest) ||
    /^(?:[a-z]{3}-[a-z]{3}-)?\d{4}-(?:requests|accounts|notified|content|rejected)$/.test(rest)
  );
}

export interface OutputCollision {
  /** Where the id is in report.json: `["sections", 2, "id"]`. */
  readonly path: (string | number)[];
  readonly value: string;
  readonly message: string;
}

/**
 * Every declared id whose outputs would land on another output: a fixed download, a page anchor, a country's
 * page, or an output of an id declared before it.
 */
export function outputCollisions(description: {
  sections: readonly { id: string }[];
  places: readonly { id: string }[];
}): OutputCollision[] {
  const found: OutputCollision[] = [];
  const files = new Map<string, string>();
  const anchors = new Map<string, string>();
  description.sections.forEach(({ id }, index) => {
    // A repeated id is refused on its own (description-schema.ts); its outputs are the first one's.
    if (description.sections.findIndex((s) => s.id === id) < index) return;
    const path = ["sections", index, "id"];
    const owner = `sections[${index}] (${id})`;
    const mine = sectionFiles(id);
    const fileClash = mine.find((f) => FIXED_DOWNLOADS.has(f) || files.has(f));
    if (fileClash !== undefined) {
      const what = FIXED_DOWNLOADS.get(fileClash) ?? `a download of ${files.get(fileClash) ?? ""}`;
      found.push({
        path,
        value: id,
        message: `would name the section's download /downloads/${fileClash}, which is ${what}; give the section another id`,
      });
    }
    const earlier = description.sections.slice(0, index).map((s) => s.id);
    const clash =
      sectionAnchors(id)
        .filter((a) => FIXED_PAGE_ANCHORS.has(a))
        .map((a) => ({ anchor: a, what: `the anchor of ${FIXED_PAGE_ANCHORS.get(a) ?? ""}` }))[0] ??
      earlier
        .flatMap((other) =>
          sectionAnchors(id)
            .filter((a) => anchors.get(a) !== undefined || isSectionNote(other, a))
            .map((a) => ({ anchor: a, what: `an anchor of ${anchors.get(a) ?? `the notes of section ${other}`}` })),
        )
        .concat(
          earlier.flatMap((other) =>
            sectionAnchors(other)
              .filter((a) => isSectionNote(id, a))
              .map((a) => ({ anchor: a, what: `an anchor of section ${other}` })),
          ),
        )[0];
    if (clash !== undefined) {
      found.push({
        path,
        value: id,
        message: `would give the pages a second #${clash.anchor}, ${clash.what}; give the section another id`,
      });
    }
    for (const f of mine) if (!files.has(f)) files.set(f, owner);
    for (const a of sectionAnchors(id)) if (!anchors.has(a)) anchors.set(a, owner);
  });
  description.places.forEach(({ id }, index) => {
    // A place's page is /countries/<id>/ and a country's /countries/<code in lower case>/.
    if (/^[a-z]{2}$/.test(id) && isKnownCountryCode(id.toUpperCase())) {
      found.push({
        path: ["places", index, "id"],
        value: id,
        message: `would take /countries/${id}/, the page of the country ${id.toUpperCase()}; give the place a longer id`,
      });
    }
  });
  return found;
}
