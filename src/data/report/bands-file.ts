/**
 * One period file of a described bands section: national-security demands that the law lets a publisher give
 * only as bands. The authorities and widths are the ones report.json declares; a combined authority (letters
 * and orders together) is one figure and never sits beside its parts; with `knownMinimum`, a band may start
 * at a minimum the publisher states inside it (Google's 2–499).
 */
import { z } from "zod";
import { validateTableFile } from "../csv-table.ts";
import type { DataIssue } from "../issues.ts";
import { accountsBoundsGiven, boundCell, optionalBoundCell } from "../schemas/band.ts";
import { countCell } from "../schemas/count.ts";
import { checkNameBelongsToCode, countryCodeCell, countryNameCell } from "../schemas/request-row.ts";
import type { BandsSectionDescription } from "./description-schema.ts";

/** An inclusive band: `low` is the band's start, or a stated minimum inside it. */
export interface ReportBand {
  readonly low: number;
  readonly high: number;
  /** True when `low` is the publisher's stated minimum rather than the band's start. */
  readonly knownMinimum: boolean;
}

export interface BandsRow {
  readonly line: number;
  readonly place: string;
  readonly name: string;
  readonly authority: string;
  readonly width: number;
  readonly demands: ReportBand;
  /** `null` when not reported. */
  readonly accounts: ReportBand | null;
}

export const BANDS_COLUMNS = [
  "country_code",
  "country",
  "authority",
  "band_width",
  "demands_low",
  "demands_high",
  "accounts_low",
  "accounts_high",
] as const;

/**
 * Adds an issue for each way `low`–`high` fails to be a band of `width`. With `knownMinimum`, `low` may lie
 * inside the band that ends at `high` (the band then starts at `high + 1 − width`).
 */
function checkBand(
  ctx: z.RefinementCtx,
  name: string,
  low: number,
  high: number,
  width: number,
  knownMinimum: boolean,
): void {
  const highPath = [`${name}_high`];
  if (high <= low) {
    const message =
      high === low
        ? `equals ${name}_low, which makes a point figure; these figures may only be published as bands`
        : `is below ${name}_low (${low}); a band's high bound cannot be below its low bound`;
    ctx.addIssue({ code: "custom", path: highPath, message });
    return;
  }
  if ((high + 1) % width !== 0) {
    ctx.addIssue({
      code: "custom",
      path: highPath,
      message: `does not end a band of ${width}; bands end at ${width - 1}, ${2 * width - 1}, …`,
    });
    return;
  }
  const start = high + 1 - width;
  if (low === start) return;
  if (knownMinimum && low > start) return;
  ctx.addIssue({
    code: "custom",
    path: [`${name}_low`],
    message: knownMinimum
      ? `is outside the band of ${width} that ends at ${high}; it starts at ${start}, or at a stated minimum above that`
      : `is not the start of the band of ${width} that ends at ${high} (${start}); to give a known minimum inside a band, set "knownMinimum": true in report.json`,
  });
}

function bandOf(low: number, high: number, width: number): ReportBand {
  return { low, high, knownMinimum: low !== high + 1 - width };
}

/** Validates one period file of a described bands section. */
export function validateBandsFile(
  file: string,
  text: string,
  section: BandsSectionDescription,
): { rows: BandsRow[]; issues: DataIssue[] } {
  const ids = section.authorities.map((a) => a.id);
  const widths = section.bandWidths;
  const schema = z
    .object({
      country_code: countryCodeCell,
      country: countryNameCell,
      authority: z.string().refine((v) => ids.includes(v), {
        message: `is not an authority of this section; use ${ids.join(", ")} (declared in report.json)`,
        abort: true,
      }),
      band_width: countCell.refine((w) => widths.includes(w), {
        message: `is not a band width this section declares; use ${widths.join(", ")}`,
        abort: true,
      }),
      demands_low: boundCell,
      demands_high: boundCell,
      accounts_low: optionalBoundCell,
      accounts_high: optionalBoundCell,
    })
    .superRefine((row, ctx) => {
      checkNameBelongsToCode(row, ctx);
      checkBand(ctx, "demands", row.demands_low, row.demands_high, row.band_width, section.knownMinimum);
      if (!accountsBoundsGiven(row, ctx)) return;
      if (!section.measures.accounts) {
        ctx.addIssue({
          code: "custom",
          path: ["accounts_low"],
          message: "gives accounts, but the section declares no accounts measure in report.json",
        });
        return;
      }
      checkBand(ctx, "accounts", row.accounts_low, row.accounts_high, row.band_width, section.knownMinimum);
    });
  const result = validateTableFile(file, text, {
    columns: BANDS_COLUMNS,
    schema,
    rowNoun: "authority",
    duplicate: (row) => ({
      key: `${row.country_code}\u0000${row.authority}`,
      column: "authority",
      value: row.authority,
      message: (first) => `repeats the country and authority of line ${first}; each authority appears once per country`,
    }),
    toRow: (row, line): BandsRow => ({
      line,
      place: row.country_code,
      name: row.country,
      authority: row.authority,
      width: row.band_width,
      demands: bandOf(row.demands_low, row.demands_high, row.band_width),
      accounts:
        row.accounts_low === null || row.accounts_high === null
          ? null
          : bandOf(row.accounts_low, row.accounts_high, row.band_width),
    }),
  });
  // A combined figure already counts its parts; both in one file would give the same demands twice.
  for (const combined of section.authorities.filter((a) => a.combines)) {
    for (const row of result.rows.filter((r) => r.authority === combined.id)) {
      const part = result.rows.find((r) => r.place === row.place && combined.combines?.includes(r.authority));
      if (part) {
        result.issues.push({
          file,
          line: part.line,
          column: "authority",
          value: part.authority,
          message: `is part of ${combined.id} (line ${row.line}), which already counts it; give the combined figure or its parts, not both`,
        });
      }
    }
  }
  return result;
}
