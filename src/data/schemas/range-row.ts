import { z } from "zod";
import { AUTHORITIES, AUTHORITY_IDS, type AuthorityId } from "../national-security.ts";
import { accountsBoundsGiven, bandWidthCell, boundCell, checkBand, optionalBoundCell } from "./band.ts";
import { checkNameBelongsToCode, countryCodeCell, countryNameCell } from "./request-row.ts";

/** The `authority` cell: an id from the fixed vocabulary, written exactly. */
export const authorityCell = z
  .string()
  .refine((raw): raw is AuthorityId => (AUTHORITY_IDS as readonly string[]).includes(raw), {
    message: `is not a known authority; use ${AUTHORITY_IDS.join(", ")}`,
    abort: true,
  });

/** One authority's demands in one country for one period, as validated from a national-security CSV row. */
export const rangeRowSchema = z
  .object({
    /** Same rules as in requests files. */
    country_code: countryCodeCell,
    country: countryNameCell,
    authority: authorityCell,
    /** Width of both bands in the row: the law sets one band size per reporting option. */
    band_width: bandWidthCell,
    demands_low: boundCell,
    demands_high: boundCell,
    /** Both empty when accounts are not reported. */
    accounts_low: optionalBoundCell,
    accounts_high: optionalBoundCell,
  })
  .superRefine((row, ctx) => {
    checkNameBelongsToCode(row, ctx);
    const authority = AUTHORITIES.find((a) => a.id === row.authority);
    if (authority && authority.countryCode !== row.country_code) {
      ctx.addIssue({
        code: "custom",
        path: ["authority"],
        message: `is an authority of ${authority.countryCode}, but this row's country_code is ${row.country_code}`,
      });
    }
    const width = row.band_width;
    checkBand(ctx, "demands", { low: row.demands_low, high: row.demands_high }, width);
    if (!accountsBoundsGiven(row, ctx)) return;
    checkBand(ctx, "accounts", { low: row.accounts_low, high: row.accounts_high }, width);
  });

export type RangeRowInput = z.input<typeof rangeRowSchema>;
