/**
 * The vocabulary of `data/national-security/` files: the authorities a demand
 * can be made under, the band widths the law allows, and the columns. Like
 * `columns.ts` for requests, this is the single source for the validator,
 * `data/schema.json` and the downloads.
 */

/** Legal authorities national-security demands are made under, each tied to the country whose law it is. */
export const AUTHORITIES = [
  {
    id: "fisa_content",
    countryCode: "US",
    label: "FISA orders for content",
    shortLabel: "FISA content",
  },
  {
    id: "fisa_non_content",
    countryCode: "US",
    label: "FISA orders for non-content",
    shortLabel: "FISA non-content",
  },
  {
    id: "nsl",
    countryCode: "US",
    label: "National Security Letters",
    shortLabel: "NSLs",
  },
] as const;

export type AuthorityId = (typeof AUTHORITIES)[number]["id"];
export const AUTHORITY_IDS: readonly AuthorityId[] = AUTHORITIES.map((a) => a.id);

export function authorityDef(id: AuthorityId): (typeof AUTHORITIES)[number] {
  const found = AUTHORITIES.find((a) => a.id === id);
  if (!found) throw new Error(`Unknown authority ${id}`);
  return found;
}

/**
 * Band widths US law (50 U.S.C. § 1874(a)) lets a provider publish in: one
 * width per reporting option, applying to the demands and the accounts alike.
 */
export const BAND_WIDTHS = [100, 250, 500, 1000] as const;

/** A closed range of whole numbers: `{ low: 0, high: 499 }` is the band 0–499. */
export interface Band {
  low: number;
  high: number;
}

/** One validated row of a national-security file. */
export interface RangeRow {
  countryCode: string;
  country: string;
  authority: AuthorityId;
  /** Width of both bands in this row: `high − low + 1`. */
  bandWidth: number;
  demands: Band;
  /** `null` when not reported (both cells empty), which is not the same as 0–(width−1). */
  accounts: Band | null;
  /** Line in the source file. */
  line: number;
}

export const RANGE_COLUMNS = [
  {
    name: "country_code",
    type: "string",
    title: "Country code",
    description: "ISO 3166-1 alpha-2 code in upper case of the country whose law the authority is.",
  },
  {
    name: "country",
    type: "string",
    title: "Country or region",
    description: "Display name of the country or region, as the publisher writes it.",
  },
  {
    name: "authority",
    type: "string",
    title: "Authority",
    description: `Legal authority the demands were made under: ${AUTHORITIES.map((a) => `${a.id} (${a.label})`).join(", ")}.`,
  },
  {
    name: "band_width",
    type: "integer",
    title: "Band width",
    description: `Width of the bands in this row, one of ${BAND_WIDTHS.join(", ")}. A band of 500 runs from a multiple of 500 to 499 more: 0–499, 500–999, …`,
  },
  {
    name: "demands_low",
    type: "integer",
    title: "Demands (low bound)",
    description: "Lowest number of demands in the band, inclusive. A multiple of band_width.",
  },
  {
    name: "demands_high",
    type: "integer",
    title: "Demands (high bound)",
    description: "Highest number of demands in the band, inclusive: demands_low + band_width − 1.",
  },
  {
    name: "accounts_low",
    type: "integer",
    title: "Accounts (low bound)",
    description:
      "Lowest number of accounts named, inclusive. A multiple of band_width. Empty, with accounts_high, when not reported.",
  },
  {
    name: "accounts_high",
    type: "integer",
    title: "Accounts (high bound)",
    description: "Highest number of accounts named, inclusive: accounts_low + band_width − 1.",
  },
] as const;

export type RangeColumnName = (typeof RANGE_COLUMNS)[number]["name"];
export const RANGE_COLUMN_NAMES: readonly RangeColumnName[] = RANGE_COLUMNS.map((c) => c.name);
