import { z } from "zod";
import { sectionRelabelsSchema } from "./section-relabels.ts";

/** Settings a publisher keeps in `data/site.json`. */
export const siteSchema = z.strictObject({
  /** The organisation that publishes the report, as it should appear in titles and the PDF. */
  organisation: z.string().trim().min(1, "is empty; name the organisation that publishes the report"),
  /** The report's title, shown in the header and the PDF. */
  title: z.string().trim().min(1, "is empty; give the report a title").default("Law Enforcement Requests Report"),
  /** The public address of the site, used for canonical links and the sitemap. */
  siteUrl: z.url({ protocol: /^https$/, error: "is not an https:// address" }),
  /** BCP 47 language tag of the site's text. */
  language: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, "is not a language tag such as en or en-GB")
    .default("en"),
  /** Where readers can send questions about the report. */
  contactEmail: z.email("is not an email address").optional(),
  /** Per-section relabelling, e.g. `{ "law-enforcement": { "label": "Government requests" } }`. */
  sections: sectionRelabelsSchema.optional(),
});

export type SiteConfig = z.output<typeof siteSchema>;
