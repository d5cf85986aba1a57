/**
 * The one registry of report sections: the kinds of demand a report can hold.
 * Everything else (folders read by the loader, page anchors, the `section`
 * value in downloads, labels, the definitions links) derives from this list.
 * The order here is the order readers see on every page.
 */
import type { FirstSectionId } from "./first-section.ts";

/** How a section's figures are written. */
export type SectionKind =
  /** Exact counts with the same columns and rules as `data/requests/`. */
  | "counts"
  /** Published only as bands (low and high bounds), never as point figures. */
  | "ranges";

export interface SectionDef {
  /** Stable id: the page `#anchor`, the `section` value in downloads and the key in `site.json`. */
  readonly id: string;
  /** Folder under `data/` that holds the section's period files. */
  readonly folder: string;
  readonly kind: SectionKind;
  /** Only law enforcement must be present; the others are read when their folder exists. */
  readonly required: boolean;
  /** Heading and legend text, unless `site.json` relabels it. */
  readonly label: string;
  /** For tight places: the contents list, table headers, chart legends. */
  readonly shortLabel: string;
  /** One or two plain sentences on what the section counts. */
  readonly description: string;
  /** Element id of the section's entry on the definitions page (`/definitions/#…`). */
  readonly definitionsAnchor: string;
}

export const SECTIONS = [
  {
    id: "law-enforcement",
    folder: "requests",
    kind: "counts",
    required: true,
    label: "Law enforcement requests",
    shortLabel: "Law enforcement",
    description:
      "Demands for customer data made by police and other authorities in criminal investigations, under the legal process of their country.",
    definitionsAnchor: "def-law-enforcement",
  },
  {
    id: "emergency",
    folder: "emergency",
    kind: "counts",
    required: false,
    label: "Emergency requests",
    shortLabel: "Emergency",
    description:
      "Requests made without the usual court order because an authority believed someone faced an imminent risk of death or serious physical harm.",
    definitionsAnchor: "def-emergency",
  },
  {
    id: "civil",
    folder: "civil",
    kind: "counts",
    required: false,
    label: "Civil demands",
    shortLabel: "Civil",
    description:
      "Subpoenas and orders from private parties to lawsuits, such as companies or individuals in a civil case, rather than from a government.",
    definitionsAnchor: "def-civil",
  },
  {
    id: "national-security",
    folder: "national-security",
    kind: "ranges",
    required: false,
    label: "National security demands",
    shortLabel: "National security",
    description:
      "Orders under the Foreign Intelligence Surveillance Act (FISA) and National Security Letters, issued under national-security law. The law lets us publish them only as bands, so each figure is a range and is never added to other totals.",
    definitionsAnchor: "def-national-security",
  },
] as const satisfies readonly SectionDef[];

export type Section = (typeof SECTIONS)[number];
export type SectionId = Section["id"];
/** Sections whose files have the columns of `data/requests/`. */
export type CountsSectionId = Extract<Section, { kind: "counts" }>["id"];
/** Sections published as bands. */
export type RangesSectionId = Extract<Section, { kind: "ranges" }>["id"];

export const SECTION_IDS: readonly SectionId[] = SECTIONS.map((s) => s.id);

/**
 * The report's first section (src/data/first-section.ts): its periods are `dataset.periods` and set the
 * report's pages. Typed by the declared id, so a registry that lists another section first fails the type check.
 */
export const FIRST_SECTION: Section & { readonly id: FirstSectionId } = SECTIONS[0];

export function sectionDef(id: SectionId): Section {
  const found = SECTIONS.find((s) => s.id === id);
  if (!found) throw new Error(`Unknown section ${id}`);
  return found;
}

/** What `site.json` may change per section: its `sections` field. */
export type SectionRelabels = Partial<
  Record<SectionId, { label?: string | undefined; shortLabel?: string | undefined; description?: string | undefined }>
>;

/** A section as readers see it: the registry entry with any relabelling from `site.json` applied. */
export interface EffectiveSection extends SectionDef {
  readonly id: SectionId;
}

/** Every section in registry order, with the labels `site.json` sets taking the place of the defaults. */
export function effectiveSections(site: { sections?: SectionRelabels | undefined }): readonly EffectiveSection[] {
  return SECTIONS.map((def) => effectiveSection(site, def.id));
}

/** One section with its effective labels. */
export function effectiveSection(site: { sections?: SectionRelabels | undefined }, id: SectionId): EffectiveSection {
  const def = sectionDef(id);
  const relabel = site.sections?.[id];
  return {
    ...def,
    label: relabel?.label ?? def.label,
    shortLabel: relabel?.shortLabel ?? def.shortLabel,
    description: relabel?.description ?? def.description,
  };
}

/**
 * A section's label inside a sentence ("Brazil, law enforcement requests, all periods"): the one place labels are
 * lower-cased for running text. Only the first letter, and only when the first word is an ordinary capitalised word,
 * so a label that `site.json` starts with an acronym or a name ("FISA orders", "Police Scotland requests") keeps it.
 */
export function labelInText(label: string): string {
  const first = /^\p{Lu}[\p{Ll}'’-]*(?=\s|$)/u.exec(label);
  return first ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}
