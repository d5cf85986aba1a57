import { z } from "zod";
import { MAX_COUNT } from "../limits.ts";

/**
 * Why a raw cell is not a plain count. The checks run in order, so the first
 * message that applies is the most specific one.
 */
const COUNT_PROBLEMS: readonly [RegExp, string][] = [
  [/^\s|\s$/, "has spaces around it; write the digits only"],
  [/^-\d+(\.\d+)?$/, "is negative; counts start at 0"],
  [/^\d{1,3}(,\d{3})+$/, "uses a thousands separator; write plain digits such as 1234"],
  [/^\d+\.0+$/, "has a decimal point (as some tools write whole numbers); write plain digits such as 8053"],
  [/^\d+\.\d+$/, "has a decimal point; counts are whole numbers written as plain digits"],
  [/^[+-]?\d+(\.\d+)?[eE][+-]?\d+$/, "is in exponent notation; write plain digits such as 1000"],
];

/** The problem with a non-empty raw count, or its value. */
function parseCount(raw: string, ctx: z.RefinementCtx): number {
  if (/^\d+$/.test(raw)) {
    // Digits only, so comparing the length first keeps huge values from ever becoming inexact numbers.
    const value = raw.length > 15 ? Infinity : Number(raw);
    if (value <= MAX_COUNT) return value;
    ctx.addIssue({
      code: "custom",
      message: `is larger than ${MAX_COUNT}, the largest count this report accepts (so that every total stays exact)`,
    });
    return 0;
  }
  const known = COUNT_PROBLEMS.find(([pattern]) => pattern.test(raw));
  ctx.addIssue({ code: "custom", message: known?.[1] ?? "is not a whole number written as plain digits" });
  return 0;
}

/**
 * A count as written in a CSV cell: plain ASCII digits, nothing else.
 * Parsed here rather than by papaparse's dynamic typing, which would accept
 * `1e3` or ` 12` and turn `1,234` into a string without saying so.
 */
export const countCell = z.string().transform((raw, ctx) => {
  if (raw === "") {
    ctx.addIssue({ code: "custom", message: "is empty; a count is required here" });
    return z.NEVER;
  }
  return parseCount(raw, ctx);
});

/**
 * Like {@link countCell}, but an empty cell means "not reported" and becomes `null`.
 * The same function parses both, so `accounts` gets the same specific messages.
 */
export const optionalCountCell = z.string().transform((raw, ctx) => (raw === "" ? null : parseCount(raw, ctx)));
