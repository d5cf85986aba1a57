import { z } from "zod";
import { isKnownCountryCode } from "../countries.ts";
import { countCell, optionalCountCell } from "./count.ts";

/** One country's figures for one period, as validated from a CSV row. */
export const requestRowSchema = z
  .object({
    /** ISO 3166-1 alpha-2 code, upper case; XK for Kosovo. The stable key and URL slug source. */
    country_code: z.string().superRefine((code, ctx) => {
      if (/^[A-Z]{2}$/.test(code)) {
        if (!isKnownCountryCode(code))
          ctx.addIssue({ code: "custom", message: "is not an ISO 3166-1 alpha-2 country code" });
      } else if (/^[a-zA-Z]{2}$/.test(code)) {
        ctx.addIssue({ code: "custom", message: `must be upper case (${code.toUpperCase()})` });
      } else {
        ctx.addIssue({ code: "custom", message: "is not a two-letter ISO 3166-1 alpha-2 country code" });
      }
    }),
    /** Display name as the publisher writes it. Any script; must not be blank. */
    country: z.string().refine((name) => name.trim() !== "", "is empty; a country name is required"),
    /** Legal demands received in the period. */
    requests: countCell,
    /** Accounts or users named in the demands; `null` when not reported (not the same as 0). */
    accounts: optionalCountCell,
    /** Requests for which content data was disclosed. */
    content: countCell,
    /** Requests for which only non-content data was disclosed. */
    non_content: countCell,
    /** Requests for which no customer data was found. */
    no_data: countCell,
    /** Requests that were rejected. */
    rejected: countCell,
  })
  .superRefine((row, ctx) => {
    const outcomes = row.content + row.non_content + row.no_data + row.rejected;
    if (outcomes !== row.requests) {
      ctx.addIssue({
        code: "custom",
        path: ["requests"],
        message: `does not match the outcomes: content + non_content + no_data + rejected = ${row.content} + ${row.non_content} + ${row.no_data} + ${row.rejected} = ${outcomes}`,
      });
    }
  });

export type RequestRowInput = z.input<typeof requestRowSchema>;
