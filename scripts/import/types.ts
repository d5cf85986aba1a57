/**
 * What every importer hands to the writer: a whole data folder's worth of files, the adjustments it made,
 * and nothing written until all of it is known to be good. The data folder's contract is docs/report-model.md.
 */

/** Where a value came from: `file!sheet!cell` for workbooks, `file:line` (or `file:line:column`) for CSVs. */
export type SourcePosition = string;

/** The kinds of adjustment an importer may make; each one is logged, never silent. */
export type AdjustmentKind =
  /** A country name written the publisher's way, mapped to an ISO code through the alias table. */
  | "name-mapped"
  /** A fractional cell (a formula's result such as 20.142857) rounded to a whole count. */
  | "rounded"
  /** A row that is not a country (cross-border, to be determined), kept as a declared place. */
  | "not-a-country"
  /** The source's own total, kept as a stated total beside the sum of its rows. */
  | "stated-total"
  /** A stated total that differs from the sum of its rows (both kept). */
  | "total-differs"
  /** A cell the source leaves empty or marks as not reported, kept as not reported. */
  | "not-reported"
  /** A band rewritten into the data folder's form (for example "0 - 999" into 0 and 999). */
  | "band"
  /** Anything else, described in the note. */
  | "other";

export interface Adjustment {
  readonly kind: AdjustmentKind;
  readonly source: SourcePosition;
  /** The value as the source holds it. */
  readonly before: string;
  /** The value as the data folder holds it ("" for not reported). */
  readonly after: string;
  /** One plain sentence on why. */
  readonly note: string;
}

/** A fault in a source file; the importer stops, writes nothing, and prints `source: "value" reason`. */
export class SourceError extends Error {
  // Fields declared and assigned by hand: Node runs these files by stripping types, which refuses
  // constructor parameter properties (tsconfig's erasableSyntaxOnly says the same).
  readonly source: SourcePosition;
  readonly value: string;
  readonly reason: string;
  constructor(source: SourcePosition, value: string, reason: string) {
    super(`${source}: ${JSON.stringify(value)} ${reason}`);
    this.name = "SourceError";
    this.source = source;
    this.value = value;
    this.reason = reason;
  }
}

/** One importer's whole output, in memory. Paths are relative to the data folder, with `/`. */
export interface ImportedReport {
  /** `site.json`'s object. */
  readonly site: Readonly<Record<string, unknown>>;
  /** `report.json`'s object (docs/report-model.md). */
  readonly description: Readonly<Record<string, unknown>>;
  /** CSV files by path (`requests/2020-H2.csv`), as the exact text to write (UTF-8, LF line ends). */
  readonly files: ReadonlyMap<string, string>;
  /** Every adjustment, in source order. */
  readonly log: readonly Adjustment[];
}

/** Progress lines for the terminal; importers call it, the command decides where it goes. */
export type Progress = (line: string) => void;
