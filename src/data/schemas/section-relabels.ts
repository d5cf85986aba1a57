import { z } from "zod";
import { SECTION_IDS, type SectionId } from "../sections.ts";

const relabelText = z.string().trim().min(1, "is empty; leave the key out to keep the default wording");

/** How a publisher may reword one section; each field left out keeps the registry's text. */
const sectionRelabelSchema = z.strictObject({
  label: relabelText.optional(),
  shortLabel: relabelText.optional(),
  description: relabelText.optional(),
});

/**
 * The `sections` object of `site.json`: keys are section ids from the registry
 * (an unknown id is an error, so a typo never goes unnoticed).
 */
export const sectionRelabelsSchema = z.strictObject(
  Object.fromEntries(SECTION_IDS.map((id) => [id, sectionRelabelSchema.optional()])) as Record<
    SectionId,
    z.ZodOptional<typeof sectionRelabelSchema>
  >,
);
