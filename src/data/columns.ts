import type { RowFigures } from "./schemas/request-row.ts";

/**
 * The columns of a period file, in the order exports and downloads use.
 * This list is the single source for the header check, `data/schema.json`
 * (the Frictionless table schema) and the CSV downloads. `field` is the key of
 * the same figure in the validated row, so downloads map rows back without a second list.
 */
export const COLUMNS = [
  {
    name: "country_code",
    field: "countryCode",
    type: "string",
    title: "Country code",
    description: "ISO 3166-1 alpha-2 code in upper case (XK for Kosovo). The stable key of a country.",
  },
  {
    name: "country",
    field: "country",
    type: "string",
    title: "Country or region",
    description: "Display name of the country or region, as the publisher writes it.",
  },
  {
    name: "requests",
    field: "requests",
    type: "integer",
    title: "Requests",
    description: "Number of law-enforcement demands for customer data received in the period.",
  },
  {
    name: "accounts",
    field: "accounts",
    type: "integer",
    title: "Accounts/users specified",
    description:
      "Number of accounts or users named in the requests. Empty when not reported, which is not the same as 0.",
  },
  {
    name: "content",
    field: "content",
    type: "integer",
    title: "Content disclosed",
    description: "Requests for which content data was disclosed.",
  },
  {
    name: "non_content",
    field: "nonContent",
    type: "integer",
    title: "Only non-content disclosed",
    description: "Requests for which only non-content data (subscriber or transactional records) was disclosed.",
  },
  {
    name: "no_data",
    field: "noData",
    type: "integer",
    title: "No data found",
    description: "Requests for which no customer data was found.",
  },
  {
    name: "rejected",
    field: "rejected",
    type: "integer",
    title: "Rejected",
    description: "Requests that were rejected, for example because they did not meet legal requirements.",
  },
] as const satisfies readonly { name: string; field: keyof RowFigures; [other: string]: string }[];

export type ColumnName = (typeof COLUMNS)[number]["name"];

export const COLUMN_NAMES: readonly ColumnName[] = COLUMNS.map((c) => c.name);

/** The four mutually exclusive outcomes whose sum is `requests`. */
export const OUTCOME_COLUMNS = ["content", "non_content", "no_data", "rejected"] as const;
