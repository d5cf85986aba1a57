import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { faqSchema } from "./content/schemas/faq.ts";

export const collections = {
  /** One entry per period file, plus the `site` entry from data/site.json. All validated. */
  /** One Markdown file per FAQ question; ids must be unique across files (checked by src/features/faq/entries.ts). */
  faq: defineCollection({ loader: glob({ pattern: "**/*.md", base: "./src/content/faq" }), schema: faqSchema }),
};
