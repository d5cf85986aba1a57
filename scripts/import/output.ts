/**
 * Collects an importer's rows into the data folder's CSV files (docs/report-model.md) in one fixed order, so that
 * importing the same files twice gives the same bytes whatever order the source held its rows in.
 */
import Papa from "papaparse";
import { SourceError, type SourcePosition } from "./types.ts";

/** The columns of a counts section with a process breakdown, as this project's importers write them. */
export type Row = Readonly<Record<string, string>>;

interface SectionFiles {
  readonly folder: string;
  readonly columns: readonly string[];
  /** Declared order of the `process` (or `authority`) values; `all` comes first. */
  readonly order: readonly string[];
  /** The column that breaks a place's rows down, if any. */
  readonly breakdown: "process" | "authority" | undefined;
  readonly periods: Map<string, Map<string, { row: Row; source: SourcePosition }>>;
}

function rank(code: string): number {
  if (code === "total") return 2;
  return /^[A-Z]{2}$/.test(code) ? 0 : 1;
}

export class DataFiles {
  readonly #sections = new Map<string, SectionFiles>();

  /** Declares a section's folder and columns; rows are then added with `add`. */
  section(
    folder: string,
    columns: readonly string[],
    breakdown?: "process" | "authority",
    order: readonly string[] = [],
  ): void {
    this.#sections.set(folder, { folder, columns, order: ["all", ...order], breakdown, periods: new Map() });
  }

  /**
   * Adds a row to `folder/period`; a second row for the same place (and process or authority) is the source's
   * fault, named by both positions, never a silent overwrite.
   */
  add(folder: string, period: string, row: Row, source: SourcePosition): void {
    const section = this.#sections.get(folder);
    if (!section) throw new Error(`section folder ${folder} was not declared`);
    const rows = section.periods.get(period) ?? new Map<string, { row: Row; source: SourcePosition }>();
    section.periods.set(period, rows);
    const key = `${row["country_code"] ?? ""}\u0000${section.breakdown ? (row[section.breakdown] ?? "") : ""}`;
    const earlier = rows.get(key);
    if (earlier) {
      const what = section.breakdown
        ? `${row["country_code"] ?? ""} ${row[section.breakdown] ?? ""}`
        : (row["country_code"] ?? "");
      throw new SourceError(source, what, `is given twice for ${period}, also at ${earlier.source}`);
    }
    rows.set(key, { row, source });
  }

  /** The periods a section folder holds rows for. */
  periods(folder: string): string[] {
    return [...(this.#sections.get(folder)?.periods.keys() ?? [])].sort();
  }

  /** Every file as text: UTF-8, LF line ends, a header, rows by country code (places, then the total, last). */
  files(): Map<string, string> {
    const out: [string, string][] = [];
    for (const section of this.#sections.values()) {
      for (const [period, rows] of section.periods) {
        const sorted = [...rows.values()].map((r) => r.row);
        sorted.sort((a, b) => {
          const ca = a["country_code"] ?? "";
          const cb = b["country_code"] ?? "";
          if (ca !== cb) return rank(ca) - rank(cb) || (ca < cb ? -1 : 1);
          if (!section.breakdown) return 0;
          return section.order.indexOf(a[section.breakdown] ?? "") - section.order.indexOf(b[section.breakdown] ?? "");
        });
        const data = sorted.map((row) => section.columns.map((c) => row[c] ?? ""));
        const text = Papa.unparse({ fields: [...section.columns], data }, { newline: "\n" });
        out.push([`${section.folder}/${period}.csv`, `${text}\n`]);
      }
    }
    out.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return new Map(out);
  }
}
