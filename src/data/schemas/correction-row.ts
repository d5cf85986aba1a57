import { z } from "zod";
import { MAX_NOTE_LENGTH } from "../limits.ts";
import { SECTION_IDS } from "../sections.ts";
import { textProblem } from "../text-checks.ts";
import { pastDayCell, periodCell } from "./day.ts";

/** Required columns of `data/corrections.csv`. */
export const CORRECTION_COLUMNS = ["date", "period", "country_code", "note"] as const;
/** Columns a publisher may add. */
export const OPTIONAL_CORRECTION_COLUMNS = ["section"] as const;

/** One row of `data/corrections.csv`; whether the period and country exist is checked against the data. */
export function correctionRowSchema(today: Date) {
  return z.object({
    date: pastDayCell(today),
    period: periodCell,
    /** Empty for a correction to the whole period. */
    country_code: z.string().regex(/^([A-Z]{2})?$/, "is not empty or a two-letter upper-case country code such as DE"),
    /**
     * Plain text that goes into pages, the PDF, the feed and the JSON downloads. A quoted line
     * break is kept (as a line feed, whatever line ends the file has); a control character
     * (Word's manual line break is a vertical tab) would make the feed unreadable XML.
     */
    note: z
      .string()
      .transform((note) => note.replace(/\r\n?/g, "\n").trim())
      .superRefine((note, ctx) => {
        const problem = textProblem(note, "a correction note", MAX_NOTE_LENGTH, "is empty; say what changed and why");
        if (problem) ctx.addIssue({ code: "custom", message: problem });
      }),
    section: z
      .string()
      .optional()
      .refine(
        (section) => section === undefined || section === "" || (SECTION_IDS as readonly string[]).includes(section),
        `is not a report section; use one of ${SECTION_IDS.join(", ")}, or leave it empty`,
      ),
  });
}
