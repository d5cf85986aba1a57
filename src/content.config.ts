import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { faqSchema } from "./content/schemas/faq.ts";

/** The FAQ only: the report's data is read from data/ by src/lib/report.ts. */
export const collections = {
  /** One Markdown file per FAQ question; ids must be unique across files (checked by src/features/faq/entries.ts). */
  faq: defineCollection({ loader: glob({ pattern: "**/*.md", base: "./src/content/faq" }), schema: faqSchema }),
};
