import { z } from "zod";
import { MAX_SECTION_DESCRIPTION_LENGTH, MAX_SECTION_LABEL_LENGTH, MAX_SECTION_SHORT_LABEL_LENGTH } from "../limits.ts";
import { SECTION_IDS, type SectionId } from "../sections.ts";
import { textProblem } from "../text-checks.ts";

/**
 * A section's wording: published in every heading, menu and download, so it gets the checks
 * a country name gets (visible characters only, no padding) and a length that fits its place.
 */
function relabelText(what: string, maxLength: number) {
  return z.string().superRefine((text, ctx) => {
    const problem = textProblem(text, what, maxLength, "is empty; leave the key out to keep the default wording");
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });
}

/**
 * Flags keys outside `allowed` with a message naming the allowed ones. Written
 * here rather than left to a strict object, whose generic message would point at
 * the top-level settings instead of this nested object.
 */
function onlyKeys(allowed: readonly string[], what: string) {
  return (value: Record<string, unknown>, ctx: z.RefinementCtx) => {
    for (const key of Object.keys(value)) {
      if (!allowed.includes(key)) {
        ctx.addIssue({ code: "custom", path: [key], message: `is not ${what}; use ${allowed.join(", ")}` });
      }
    }
  };
}

const RELABEL_KEYS = ["label", "shortLabel", "description"] as const;

/** How a publisher may reword one section; each field left out keeps the registry's text. */
const sectionRelabelSchema = z
  .looseObject({
    label: relabelText("a section label", MAX_SECTION_LABEL_LENGTH).optional(),
    shortLabel: relabelText("a section short label", MAX_SECTION_SHORT_LABEL_LENGTH).optional(),
    description: relabelText("a section description", MAX_SECTION_DESCRIPTION_LENGTH).optional(),
  })
  .superRefine(onlyKeys(RELABEL_KEYS, "a section setting"))
  .transform(({ label, shortLabel, description }) => ({ label, shortLabel, description }));

/**
 * The `sections` object of `site.json`: keys are section ids from the registry
 * (an unknown id is an error, so a typo never goes unnoticed).
 */
export const sectionRelabelsSchema = z
  .looseObject(
    Object.fromEntries(SECTION_IDS.map((id) => [id, sectionRelabelSchema.optional()])) as Record<
      SectionId,
      z.ZodOptional<typeof sectionRelabelSchema>
    >,
  )
  .superRefine(onlyKeys(SECTION_IDS, "a section id"))
  .transform(
    (all) =>
      Object.fromEntries(SECTION_IDS.flatMap((id) => (all[id] ? [[id, all[id]]] : []))) as Partial<
        Record<SectionId, z.output<typeof sectionRelabelSchema>>
      >,
  );
