import { z } from "zod";
import { COLUMNS } from "../columns.ts";
import { MAX_NOTE_LENGTH } from "../limits.ts";
import type { CorrectedFigure } from "../publication-types.ts";
import { SECTION_IDS } from "../sections.ts";
import { textProblem } from "../text-checks.ts";
import { pastDayCell, periodCell } from "./day.ts";

/** Required columns of `data/corrections.csv`. */
export const CORRECTION_COLUMNS = ["date", "period", "country_code", "note"] as const;
/** Columns a publisher may add. */
export const OPTIONAL_CORRECTION_COLUMNS = ["section", "figures"] as const;

/** The period-file columns the `figures` column may name, the headline counts and the outcomes. */
export const CORRECTABLE_COLUMNS = COLUMNS.filter((c) => c.type === "integer");

/** `rejected no_data` → `["rejected", "noData"]`; an empty cell (every figure) → undefined. */
function correctedFigures(cell: string, ctx: z.RefinementCtx): CorrectedFigure[] | undefined {
  const names = cell.split(" ").filter((n) => n !== "");
  if (names.length === 0) return undefined;
  const figures: CorrectedFigure[] = [];
  for (const name of names) {
    const column = CORRECTABLE_COLUMNS.find((c) => c.name === name);
    if (!column) {
      ctx.addIssue({
        code: "custom",
        message: `names "${name}", which is not a figure; use ${CORRECTABLE_COLUMNS.map((c) => c.name).join(", ")}, separated by spaces, or leave it empty for every figure`,
      });
      return undefined;
    }
    if (figures.includes(column.field)) {
      ctx.addIssue({ code: "custom", message: `names "${name}" twice` });
      return undefined;
    }
    figures.push(column.field);
  }
  return figures;
}

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
    figures: z
      .string()
      .optional()
      .transform((cell, ctx) => (cell === undefined ? undefined : correctedFigures(cell, ctx))),
  });
}
