/**
 * Size limits on publisher input. Each keeps the build fast and its figures exact;
 * `data/README.md` and `data/schema.json` state the same numbers.
 */

/** Longest country or region name, in characters (the longest ISO name has 44). */
export const MAX_NAME_LENGTH = 100;

/** Longest `organisation` or `title` in site.json, in characters. */
export const MAX_SITE_TEXT_LENGTH = 200;

/**
 * Largest count in one cell. Totals must stay exact integers: the largest sum the site
 * computes is every code (at most {@link MAX_COUNTRY_CODES}) over every period up to
 * {@link LAST_YEAR_COVERED}, and that stays below 2^53 (tests/unit/limits.test.ts proves it).
 */
export const MAX_COUNT = 100_000_000_000;

/** More codes than ISO 3166-1 alpha-2 has (250 with XK), as a safety margin for the proof. */
export const MAX_COUNTRY_CODES = 260;

/** The proof above holds for every period up to this year. */
export const LAST_YEAR_COVERED = 2150;

/** Largest period file, in bytes. A full period (about 250 rows) is under 30 kB. */
export const MAX_CSV_BYTES = 2_000_000;

/** Largest site.json, in bytes. */
export const MAX_SITE_JSON_BYTES = 64_000;

/** How many problems a report prints per file before it gives a count of the rest. */
export const ISSUES_SHOWN_PER_FILE = 20;

/**
 * Deepest nesting of objects and arrays in a JSON file from the publisher. site.json needs
 * three levels; the limit is checked before parsing, so a hostile file cannot exhaust the stack.
 */
export const MAX_JSON_DEPTH = 32;

/** Longest correction note, in characters: a few sentences on what changed and why. */
export const MAX_NOTE_LENGTH = 2_000;

/** Longest section label in site.json (a heading), in characters. */
export const MAX_SECTION_LABEL_LENGTH = 80;

/** Longest section short label in site.json (menus, legends, table headers), in characters. */
export const MAX_SECTION_SHORT_LABEL_LENGTH = 40;

/** Longest section description in site.json, in characters. */
export const MAX_SECTION_DESCRIPTION_LENGTH = 500;
