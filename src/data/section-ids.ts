/**
 * The report sections a correction may name.
 * TODO: replace with the ids from src/data/sections.ts once the report-sections work lands;
 * they are listed here so corrections can be validated before it does.
 */
export const SECTION_IDS = ["law-enforcement", "emergency", "civil", "national-security"] as const;

export type SectionId = (typeof SECTION_IDS)[number];
