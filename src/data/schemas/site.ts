import { z } from "zod";
import { sectionRelabelsSchema } from "./section-relabels.ts";
import { MAX_SITE_TEXT_LENGTH } from "../limits.ts";
import { textProblem } from "../text-checks.ts";

function visibleText(what: string, whenEmpty: string) {
  return z.string().superRefine((text, ctx) => {
    const problem = textProblem(text, what, MAX_SITE_TEXT_LENGTH, whenEmpty);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });
}

/**
 * The site's public address. Credentials would be published in every canonical link, and
 * a path is refused because the site's links are built for the root of a host.
 */
const siteUrl = z.string().superRefine((text, ctx) => {
  // Parsed with the WHATWG parser browsers use, without throwing: zod's z.url() lets through
  // text it refuses (a space in the host, a port above 65535 or not a number).
  const url = URL.parse(text);
  if (!url || url.protocol !== "https:") {
    const https = /^https:\/\//i.test(text);
    ctx.addIssue({
      code: "custom",
      message: https
        ? "is not a web address a browser can open; check the host name for spaces or other stray characters, and any :port for a number from 1 to 65535"
        : "is not an https:// address",
    });
    return;
  }
  if (url.username !== "" || url.password !== "") {
    ctx.addIssue({
      code: "custom",
      message: "contains a user name or password; they would be published in every link. Remove the part before @",
    });
  } else if (url.pathname !== "/" || url.search !== "" || url.hash !== "") {
    ctx.addIssue({
      code: "custom",
      message: `has a path, query or fragment; the site must be served from the root of a host, such as ${url.origin}. Use a subdomain for the report`,
    });
  }
});

/**
 * The licence the publisher grants for reuse of the figures: a name readers see, the address of its text, and,
 * optionally, its SPDX identifier (CC-BY-4.0) for machines. Absent: the site says that no licence was stated.
 */
const licenceSchema = z.strictObject({
  name: visibleText("the licence's name", "is empty; name the licence, such as Creative Commons Attribution 4.0"),
  url: z.url({ protocol: /^https?$/, error: "is not an http:// or https:// address of the licence's text" }),
  spdx: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9.+-]*$/, "is not an SPDX licence identifier such as CC-BY-4.0")
    .optional(),
});

/** Settings a publisher keeps in `data/site.json`. */
export const siteSchema = z.strictObject({
  /** The organisation that publishes the report, as it should appear in titles and the PDF. */
  organisation: visibleText("the organisation's name", "is empty; name the organisation that publishes the report"),
  /** The report's title, shown in the header and the PDF. */
  title: visibleText("the title", "is empty; give the report a title").default("Law Enforcement Requests Report"),
  /** The public address of the site, used for canonical links and the sitemap. */
  siteUrl,
  /** BCP 47 language tag of the site's text. */
  language: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, "is not a language tag such as en or en-GB")
    .default("en"),
  /** Where readers can send questions about the report. */
  contactEmail: z.email("is not an email address").optional(),
  /** The licence for reuse of the figures; without it, none is stated (and none is assumed). */
  licence: licenceSchema.optional(),
  /** Per-section relabelling, e.g. `{ "law-enforcement": { "label": "Government requests" } }`. */
  sections: sectionRelabelsSchema.optional(),
});

export type SiteConfig = z.output<typeof siteSchema>;
