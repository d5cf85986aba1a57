import { z } from "zod";
import { isKnownCountryCode, isoCountryName, nameOfAnotherCode } from "../countries.ts";
import { MAX_NAME_LENGTH } from "../limits.ts";
import { textProblem } from "../text-checks.ts";
import { countCell, optionalCountCell } from "./count.ts";

/** ISO 3166-1 alpha-2 code, upper case; XK for Kosovo. Shared by every section's files. */
export const countryCodeCell = z.string().superRefine((code, ctx) => {
  if (/^[A-Z]{2}$/.test(code)) {
    if (!isKnownCountryCode(code))
      ctx.addIssue({ code: "custom", message: "is not an ISO 3166-1 alpha-2 country code" });
  } else if (/^[a-zA-Z]{2}$/.test(code)) {
    ctx.addIssue({ code: "custom", message: `must be upper case (${code.toUpperCase()})` });
  } else {
    ctx.addIssue({ code: "custom", message: "is not a two-letter ISO 3166-1 alpha-2 country code" });
  }
});

/** A country's display name as the publisher writes it; shared by every section's files. */
export const countryNameCell = z.string().superRefine((name, ctx) => {
  const problem = textProblem(name, "a country name", MAX_NAME_LENGTH, "is empty; a country name is required");
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});

/**
 * Adds an issue when a row's name is another code's English name or alias (`DE,France`):
 * the name rule would then show that name for the code on every page. Every section's rows get it.
 */
export function checkNameBelongsToCode(row: { country_code: string; country: string }, ctx: z.RefinementCtx): void {
  const other = nameOfAnotherCode(row.country_code, row.country);
  if (other === undefined) return;
  ctx.addIssue({
    code: "custom",
    path: ["country"],
    message: `is the name of ${other} (${isoCountryName(other) ?? other}), not of ${row.country_code} (${isoCountryName(row.country_code) ?? row.country_code}); fix the code or the name`,
  });
}

/** One country's figures for one period, as validated from a CSV row (keys are the CSV columns). */
export const requestRowSchema = z
  .object({
    /** ISO 3166-1 alpha-2 code, upper case; XK for Kosovo. The stable key and URL slug source. */
    country_code: countryCodeCell,
    /** Display name as the publisher writes it. Any script; no controls, padding or excess length. */
    country: countryNameCell,
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
    checkNameBelongsToCode(row, ctx);
    const outcomes = row.content + row.non_content + row.no_data + row.rejected;
    if (outcomes !== row.requests) {
      ctx.addIssue({
        code: "custom",
        path: ["requests"],
        message: `does not match the outcomes: content + non_content + no_data + rejected = ${row.content} + ${row.non_content} + ${row.no_data} + ${row.rejected} = ${outcomes}`,
      });
    }
  })
  // The one mapping from CSV columns to the row the site uses.
  .transform((row) => ({
    /** ISO 3166-1 alpha-2 code, upper case. */
    countryCode: row.country_code,
    /** The display name (see `data/README.md` for which period's name is shown). */
    country: row.country,
    requests: row.requests,
    /** `null` when not reported. */
    accounts: row.accounts,
    content: row.content,
    nonContent: row.non_content,
    noData: row.no_data,
    rejected: row.rejected,
  }));

export type RequestRowInput = z.input<typeof requestRowSchema>;

/** The figures of one row, keyed as the site uses them. */
export type RowFigures = z.output<typeof requestRowSchema>;
