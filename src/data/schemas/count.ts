import { z } from "zod";

/**
 * Why a raw cell is not a plain count. The checks run in order, so the first
 * message that applies is the most specific one.
 */
const COUNT_PROBLEMS: readonly [RegExp, string][] = [
  [/^\s|\s$/, "has spaces around it; write the digits only"],
  [/^-\d+$/, "is negative; counts start at 0"],
  [/^\d{1,3}(,\d{3})+$/, "uses a thousands separator; write plain digits such as 1234"],
  [/^\d+\.\d+$/, "has a decimal point; counts are whole numbers written as plain digits"],
  [/^[+-]?\d+(\.\d+)?[eE][+-]?\d+$/, "is in exponent notation; write plain digits such as 1000"],
];

/**
 * A count as written in a CSV cell: plain ASCII digits, nothing else.
 * Parsed here rather than by papaparse's dynamic typing, which would accept
 * `1e3` or ` 12` and turn `1,234` into a string without saying so.
 */
export const countCell = z.string().transform((raw, ctx) => {
  if (/^\d+$/.test(raw)) {
    const value = Number(raw);
    if (Number.isSafeInteger(value)) return value;
    ctx.addIssue({ code: "custom", message: "is too large to be counted exactly" });
    return z.NEVER;
  }
  const known = COUNT_PROBLEMS.find(([pattern]) => pattern.test(raw));
  const message =
    raw === "" ? "is empty; a count is required here" : (known?.[1] ?? "is not a whole number written as plain digits");
  ctx.addIssue({ code: "custom", message });
  return z.NEVER;
});

/** Like {@link countCell}, but an empty cell means "not reported" and becomes `null`. */
export const optionalCountCell = z.union([z.literal("").transform(() => null), countCell]);
