import { COLUMNS } from "../data/columns.ts";
import type { Outcome } from "../data/aggregate.ts";
import { OUTCOME_REGISTRY } from "../registry/outcomes.ts";

/** A column of a download, described as a Frictionless table-schema field. */
export interface DownloadColumn {
  readonly name: string;
  readonly type: "string" | "integer" | "number";
  readonly title: string;
  readonly description: string;
}

/** Added in front of the data contract's columns where a file spans several periods. */
export const PERIOD_COLUMN: DownloadColumn = {
  name: "period",
  type: "string",
  title: "Period",
  description: "Half-year the row covers: YYYY-H1 is January to June, YYYY-H2 is July to December.",
};

/** The computed percentages that follow the data contract's columns, one per outcome, named after its column. */
export const SHARE_COLUMNS: readonly (DownloadColumn & { readonly outcome: Outcome })[] = OUTCOME_REGISTRY.entries.map(
  (o) => ({
    name: `${o.column}_percent`,
    outcome: o.key,
    type: "number",
    title: `${o.columnTitle} (% of requests)`,
    description: `${o.column} as a percentage of requests, rounded half up to two decimals. Empty when requests is 0.`,
  }),
);

/** The data contract's columns, in its order, then the percentages. */
export const ROW_COLUMNS: readonly DownloadColumn[] = [...COLUMNS, ...SHARE_COLUMNS];

/** Columns of a file that holds rows from more than one period. */
export const PERIOD_ROW_COLUMNS: readonly DownloadColumn[] = [PERIOD_COLUMN, ...ROW_COLUMNS];

/** The columns of the corrections download: data/corrections.csv as validated, newest first. */
export const CORRECTION_COLUMNS: readonly DownloadColumn[] = [
  { name: "date", type: "string", title: "Date", description: "Day the correction was published, YYYY-MM-DD." },
  {
    name: "period",
    type: "string",
    title: "Period",
    description: "Half-year whose figures changed, YYYY-H1 or YYYY-H2.",
  },
  {
    name: "country_code",
    type: "string",
    title: "Country code",
    description:
      "ISO 3166-1 alpha-2 code of the country whose figures changed; empty for a change to the whole period.",
  },
  {
    name: "section",
    type: "string",
    title: "Section",
    description: "Report section the correction applies to, if named.",
  },
  {
    name: "figures",
    type: "string",
    title: "Figures changed",
    description:
      "The columns whose figures the correction changed, separated by spaces (rejected no_data); empty when the publisher named none, which means every figure of the period or country.",
  },
  { name: "note", type: "string", title: "Note", description: "What changed and why." },
];
