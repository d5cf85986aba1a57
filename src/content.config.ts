import { defineCollection } from "astro:content";
import { requestsLoader } from "./integrations/requests-loader.ts";
import { dataDir } from "./lib/data-dir.ts";

export const collections = {
  /** One entry per period file, plus the `site` entry from data/site.json. All validated. */
  report: defineCollection({ loader: requestsLoader(dataDir) }),
};
