import { z } from "zod";

/**
 * The FAQ's sections, in the order the page shows them. The ids are part of the
 * section headings' anchors (`#faq-section-<id>`), so keep them stable once published.
 */
export const FAQ_SECTIONS = [
  { id: "about", title: "About this report and its figures" },
  { id: "handling", title: "How we handle requests" },
  { id: "data", title: "Customer data, access and encryption" },
  { id: "secrecy", title: "Notification, secrecy and national security" },
  { id: "enterprise", title: "Enterprise customers and content removal" },
] as const;

export type FaqSectionId = (typeof FAQ_SECTIONS)[number]["id"];

const sectionIds = FAQ_SECTIONS.map((s) => s.id) as [FaqSectionId, ...FaqSectionId[]];

/**
 * The page's own elements use `main` and ids starting with `faq-`. A question
 * with such an id would give the page two elements with one id and break the
 * skip link, a section anchor or the filter.
 */
function isReserved(id: string): boolean {
  return id === "main" || id.startsWith("faq-");
}

/** A link shown under an answer. Only addresses on this site, so the FAQ never points readers elsewhere unnoticed. */
export const faqLinkSchema = z.strictObject({
  /** The link text, as a reader should see it. */
  label: z.string().trim().min(1, "is empty; give the link some text"),
  /** A site-relative address such as `/definitions/#content` or `/faq/#gag-orders`. */
  href: z
    .string()
    .regex(/^\/(?!\/)[^\s]*$/, "is not an address on this site; it must start with a single / (for example /faq/#id)"),
});

/** The frontmatter of one FAQ entry (one Markdown file in src/content/faq/). */
export const faqSchema = z.strictObject(
  {
    /** Which section the question belongs to; one of the ids in FAQ_SECTIONS. */
    section: z.enum(sectionIds, {
      error: (issue) =>
        issue.input === undefined
          ? "is missing; choose one of: " + sectionIds.join(", ")
          : `is not a known section (${JSON.stringify(issue.input)}); choose one of: ${sectionIds.join(", ")}`,
    }),
    /** Position within the section, smallest first. Ties are broken by the question text. */
    order: z.int({ error: "must be a whole number, for the question's place in its section" }).min(0),
    /** The question, as the reader sees it in the summary line. */
    question: z.string({ error: "is missing; write the question" }).trim().min(1, "is empty; write the question"),
    /**
     * Short slug for the question's anchor (`/faq/#<id>`). Unique across all entries,
     * and stable: people link to it, so don't rename it once published.
     */
    id: z
      .string({ error: "is missing; give the question a short anchor id such as gag-orders" })
      .regex(
        /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/,
        "must be a short lower-case slug such as gag-orders (letters, digits, hyphens)",
      )
      .max(48, "is longer than 48 characters; keep anchors short")
      .refine((id) => !isReserved(id), { error: "is reserved for the page itself (main, faq-…); choose another id" }),
    /** Further reading on this site, shown under the answer. */
    related: z.array(faqLinkSchema).optional(),
  },
  {
    // A misspelt field would otherwise be reported as "unrecognized" with no hint of the right name.
    error: (issue) =>
      issue.code === "unrecognized_keys"
        ? `has unknown field(s) ${issue.keys.map((k) => JSON.stringify(k)).join(", ")}; the fields are: section, order, question, id, related`
        : undefined,
  },
);

export type FaqData = z.output<typeof faqSchema>;
export type FaqLink = z.output<typeof faqLinkSchema>;
