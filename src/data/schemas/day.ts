import { z } from "zod";

/** `2026-08-01` as a UTC date, or undefined when the text is not a real calendar day. */
export function parseDay(text: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 2026-02-30 over into March; a real day survives the round trip.
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : undefined;
}

/** The form dates are written in data files and feeds: `2026-08-01`. */
export function dayId(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * A day written `YYYY-MM-DD` that has already come on `today`: a release or a
 * correction dated in the future would announce something that has not happened.
 */
export function pastDayCell(today: Date) {
  return z.string().transform((raw, ctx): Date => {
    const date = parseDay(raw);
    if (!date) {
      ctx.addIssue({
        code: "custom",
        message: /^\d{4}-\d{2}-\d{2}$/.test(raw)
          ? "is not a day in the calendar"
          : "is not a date written YYYY-MM-DD, such as 2026-08-01",
      });
      return z.NEVER;
    }
    if (date.getTime() > today.getTime()) {
      ctx.addIssue({ code: "custom", message: `is in the future; today is ${dayId(today)}` });
      return z.NEVER;
    }
    return date;
  });
}

/** A period cell, `YYYY-H1` or `YYYY-H2`, as a string; existence is checked against the data. */
export const periodCell = z
  .string()
  .regex(/^\d{4}-H[12]$/, "is not a period written YYYY-H1 or YYYY-H2, such as 2026-H1");
