import { OUTCOMES, type Outcome } from "../data/aggregate.ts";
import { COLUMNS, OUTCOME_COLUMNS } from "../data/columns.ts";
import { defineRegistry } from "./registry.ts";

/**
 * The one registry of the four outcomes. Labels, definition anchors, colours, fill patterns, CSS custom
 * properties, the CSV columns and the PDF all derive from it; nothing else spells them out.
 *
 * Hues follow the Okabe–Ito set (safe for the common colour-vision deficiencies), darkened where needed so
 * every mark reaches 3:1 against the page background (WCAG 1.4.11). `dark` is the same hue, lightened (the
 * Okabe–Ito originals) so it reaches 3:1 against the dark background (DARK in src/charts/palette.ts). The
 * pattern backs the colour up, so colour is never the only cue. src/styles/global.css publishes `colour` under
 * `cssVar` in `:root` and `dark` under the same property in its dark colour-scheme block; the charts and the
 * swatches paint with that property. tests/unit/charts/palette.test.ts fails when the CSS and the registry disagree.
 */
export type OutcomePattern = "solid" | "stripes" | "dots" | "cross";

export interface OutcomeEntry {
  readonly key: Outcome;
  /** Column of the period CSV files (the data contract in src/data/columns.ts). */
  readonly column: (typeof OUTCOME_COLUMNS)[number];
  /** Title of that column in the data contract, as the downloads and data/schema.json give it. */
  readonly columnTitle: string;
  /** The reader-facing name, in charts, legends, the PDF and the definitions page. */
  readonly label: string;
  /** Table headings, where the full label sits in the heading's title. */
  readonly shortLabel: string;
  /** Anchor of the outcome's definition on the definitions page. */
  readonly anchor: string;
  /** `#rrggbb`, on the site and in the PDF alike. */
  readonly colour: string;
  /** `#rrggbb`, on the site when the reader prefers a dark colour scheme (never in print or the PDF). */
  readonly dark: string;
  readonly pattern: OutcomePattern;
  /** The CSS custom property global.css publishes the colour under. */
  readonly cssVar: string;
  /** The class of the outcome's swatch beside tables and definitions. */
  readonly swatchClass: string;
}

function columnTitle(column: (typeof OUTCOME_COLUMNS)[number]): string {
  const found = COLUMNS.find((c) => c.name === column);
  if (!found) throw new Error(`No column ${column} in the data contract`);
  return found.title;
}

function entry(fields: Omit<OutcomeEntry, "columnTitle" | "swatchClass">): OutcomeEntry {
  return { ...fields, columnTitle: columnTitle(fields.column), swatchClass: `swatch-${fields.key}` };
}

export const OUTCOME_REGISTRY = defineRegistry<Outcome, OutcomeEntry>(OUTCOMES, {
  content: entry({
    key: "content",
    column: "content",
    label: "Content disclosed",
    shortLabel: "Content",
    anchor: "content",
    colour: "#0072b2",
    pattern: "solid",
    dark: "#56b4e9",
    cssVar: "--outcome-content",
  }),
  nonContent: entry({
    key: "nonContent",
    column: "non_content",
    label: "Only non-content data disclosed",
    shortLabel: "Non-content",
    anchor: "non-content",
    colour: "#c75400",
    pattern: "stripes",
    dark: "#e69f00",
    cssVar: "--outcome-non-content",
  }),
  noData: entry({
    key: "noData",
    column: "no_data",
    label: "No data found",
    shortLabel: "No data",
    anchor: "no-data",
    colour: "#00856a",
    pattern: "dots",
    dark: "#009e73",
    cssVar: "--outcome-no-data",
  }),
  rejected: entry({
    key: "rejected",
    column: "rejected",
    label: "Rejected",
    shortLabel: "Rejected",
    anchor: "rejected",
    colour: "#5b5b5b",
    pattern: "cross",
    dark: "#9e9e9e",
    cssVar: "--outcome-rejected",
  }),
});

/** Reader-facing names of the four outcomes, in the order they are always shown. */
export const OUTCOME_LABELS = OUTCOME_REGISTRY.pick("label");
export const OUTCOME_SHORT_LABELS = OUTCOME_REGISTRY.pick("shortLabel");
export const OUTCOME_COLOURS = OUTCOME_REGISTRY.pick("colour");
export const OUTCOME_DARK_COLOURS = OUTCOME_REGISTRY.pick("dark");
export const OUTCOME_PATTERNS = OUTCOME_REGISTRY.pick("pattern");
export const OUTCOME_CSS_VARS = OUTCOME_REGISTRY.pick("cssVar");

/**
 * Anchors on the definitions page, so every legend and figure can link to its meaning: the two counts
 * every view shows, then the outcomes from the registry.
 */
export const DEFINITION_ANCHORS: Readonly<Record<Outcome | "requests" | "accounts", string>> = {
  requests: "requests",
  accounts: "accounts",
  ...OUTCOME_REGISTRY.pick("anchor"),
};
