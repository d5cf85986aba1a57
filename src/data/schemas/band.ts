import { z } from "zod";
import { BAND_WIDTHS, type Band } from "../national-security.ts";
import { countCell } from "./count.ts";

/** A band written in one cell, `0-499` or `0–499`, which belongs in two columns. */
const WHOLE_BAND = /^\s*\d+\s*[-–—]\s*\d+\s*$/;

/**
 * One bound of a band: plain digits, like a count, with the same messages. A
 * whole band typed into one cell, and an empty bound, get messages of their own,
 * since they are the likeliest slips when copying from a published report.
 */
function bound(optional: boolean) {
  return z.string().transform((raw, ctx): number | null => {
    if (raw === "" && optional) return null;
    const problem =
      raw === ""
        ? "is empty; a band needs both its low and its high bound, as a single figure would be a point"
        : WHOLE_BAND.test(raw)
          ? "holds a whole band in one cell; write its low bound in the _low column and its high bound in the _high column"
          : countCell.safeParse(raw).error?.issues[0]?.message;
    if (problem === undefined) return Number(raw);
    ctx.addIssue({ code: "custom", message: problem });
    return z.NEVER;
  });
}

/** A required bound. */
export const boundCell = bound(false).pipe(z.number());

/** A bound that may be left empty, meaning "not reported": `null`. */
export const optionalBoundCell = bound(true);

/** The `band_width` cell: one of the widths the law allows. */
export const bandWidthCell = countCell.refine(
  (width) => (BAND_WIDTHS as readonly number[]).includes(width),
  // Fatal, so the band checks never run against a width that is itself wrong.
  { message: `is not a band width the law allows; use ${BAND_WIDTHS.join(", ")}`, abort: true },
);

/**
 * Adds an issue for each way `low`–`high` fails to be a published band of
 * `width`: inverted, a point, not starting on a multiple of the width, or the
 * wrong width. Bounds are inclusive, so 0–499 is one band of 500.
 */
export function checkBand(ctx: z.RefinementCtx, name: "demands" | "accounts", band: Band, width: number): void {
  const { low, high } = band;
  const highPath = [`${name}_high`];
  if (high < low) {
    ctx.addIssue({
      code: "custom",
      path: highPath,
      message: `is below ${name}_low (${low}); a band's high bound cannot be below its low bound`,
    });
    return;
  }
  const start = low - (low % width);
  const example = `${start}–${start + width - 1}`;
  if (high === low) {
    ctx.addIssue({
      code: "custom",
      path: highPath,
      message: `equals ${name}_low, which makes a point figure; national-security figures may only be published as bands, such as ${example}`,
    });
    return;
  }
  if (low % width !== 0) {
    ctx.addIssue({
      code: "custom",
      path: [`${name}_low`],
      message: `is not a multiple of band_width ${width}; bands start at 0, ${width}, ${2 * width}, …`,
    });
  }
  if (high - low + 1 !== width) {
    ctx.addIssue({
      code: "custom",
      path: highPath,
      message: `makes the band ${low}–${high}, which holds ${high - low + 1} values, but band_width is ${width}; the band from ${low} ends at ${low + width - 1}`,
    });
  }
}

/**
 * Whether a row gives its accounts band: true with both bounds, false with neither (not reported) or with
 * one alone, which gets an issue, since one bound would be a point figure. Every band file's rows use it.
 */
export function accountsBoundsGiven<Row extends { accounts_low: number | null; accounts_high: number | null }>(
  row: Row,
  ctx: z.RefinementCtx,
): row is Row & { accounts_low: number; accounts_high: number } {
  if (row.accounts_low === null && row.accounts_high === null) return false;
  if (row.accounts_low === null || row.accounts_high === null) {
    const [given, empty] = row.accounts_low === null ? ["high", "low"] : ["low", "high"];
    ctx.addIssue({
      code: "custom",
      path: [`accounts_${empty}`],
      message: `is empty while accounts_${given} is given; write both bounds, or leave both empty when accounts are not reported`,
    });
    return false;
  }
  return true;
}
