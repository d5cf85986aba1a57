import type { PeriodFile } from "./dataset.ts";
import type { DataIssue } from "./issues.ts";
import { comparePeriods } from "./period.ts";

/** What the name rule needs of a row, in any section. */
interface NamedRow {
  countryCode: string;
  country: string;
}

/**
 * The one rule for which name a country is shown under: the name in the latest period
 * that has a row for the code. It replaces the name in every row of every period, so
 * pages, tables, charts and downloads all agree (see data/README.md). A code written
 * under more than one name gets a warning that lists each name and its files.
 */
export function nameRule(files: readonly PeriodFile<NamedRow>[]): {
  shown: Map<string, string>;
  warnings: DataIssue[];
} {
  // Oldest first (a stable sort keeps law enforcement ahead of other sections in a period),
  // so the last name seen for a code is the latest.
  const chronological = [...files].sort((a, b) => comparePeriods(a.period, b.period));
  const namesByCode = new Map<string, Map<string, string[]>>();
  for (const p of chronological) {
    for (const row of p.rows) {
      const names = namesByCode.get(row.countryCode) ?? new Map<string, string[]>();
      const files = names.get(row.country) ?? [];
      // Re-inserted so that the map's order puts the most recently used name last.
      names.delete(row.country);
      names.set(row.country, [...files, p.source]);
      namesByCode.set(row.countryCode, names);
    }
  }
  const shown = new Map<string, string>();
  const warnings: DataIssue[] = [];
  for (const [code, names] of namesByCode) {
    const latest = [...names.keys()].at(-1) ?? "";
    shown.set(code, latest);
    if (names.size < 2) continue;
    const file = names.get(latest)?.at(-1) ?? "";
    const list = [...names].map(([name, files]) => `${JSON.stringify(name)} in ${files.join(", ")}`).join("; ");
    warnings.push({
      file,
      column: "country",
      value: code,
      message: `is named differently across periods (${list}); every page and download shows ${JSON.stringify(latest)}, the name in the latest period`,
    });
  }
  return { shown, warnings };
}

/** The periods with every row's name replaced by the one {@link nameRule} chose. */
export function applyNames<Row extends NamedRow>(
  periods: readonly PeriodFile<Row>[],
  shown: ReadonlyMap<string, string>,
): PeriodFile<Row>[] {
  return periods.map((p) => ({
    ...p,
    rows: p.rows.map((row) => ({ ...row, country: shown.get(row.countryCode) ?? row.country })),
  }));
}
