/**
 * Emergency and civil requests (every counts section but law enforcement) on each view, drawn with the same
 * breakdown chart, breakdown table, country table and history table as law enforcement. Their ids carry the
 * section id, so several sections can share a page. Missing figures are said in words, never as zeros.
 */
import { compareRows, rowTotals } from "../data/aggregate.ts";
import { isolate } from "../data/format.ts";
import { type Period, periodIndex, periodLabel, periodLongLabel } from "../data/period.ts";
import { labelInText } from "../data/sections.ts";
import { renderBreakdown } from "../charts/breakdown.ts";
import { renderTrend } from "../charts/trend.ts";
import { urls } from "../lib/urls.ts";
import { type Child, type El, h } from "../render/tree.ts";
import type { CountryPayload } from "../payloads/payloads.ts";
import {
  cellsTotals,
  type CountsCell,
  type CountsCountrySection,
  type CountsPeriodSection,
  type SectionHeader,
} from "../payloads/sections.ts";
import { breakdownTable } from "./breakdown.ts";
import { accountsGaps, type AccountsGaps, headlineFigures } from "./figures.ts";
import { name } from "./parts.ts";
import { noRow, noRowEver, notReported, sectionDownload, sectionFrame } from "./sections.ts";
import { countryTable, periodHistoryTable } from "./tables.ts";
import type { Totals } from "../data/aggregate.ts";
import type { CorrectionRef } from "../publication/note.ts";

/**
 * A sub-heading inside a section, with an id unique on the page. A plain block, not a named `<section>`: its
 * heading repeats law enforcement's ("What happened to the requests"), and landmarks need unique names.
 */
function part(section: SectionHeader, key: string, title: string, ...children: Child[]): El {
  const id = `${section.id}-${key}-heading`;
  return h("div", { class: "section-part" }, h("h3", { id }, title), children);
}

function breakdown(section: SectionHeader, totals: Totals, subject: string, caption: Child): El {
  return part(
    section,
    "breakdown",
    "What happened to the requests",
    renderBreakdown(totals, { id: `${section.id}-breakdown`, title: `${section.label}: share by outcome, ${subject}` }),
    breakdownTable(totals, caption),
  );
}

/** Worldwide figures of one period: headline, breakdown and every country. */
export function countsPeriodSection(
  section: CountsPeriodSection,
  period: Period,
  corrections: readonly CorrectionRef[] = [],
): El {
  const f = section.figures;
  const long = periodLongLabel(period);
  if (!f) return sectionFrame(section, notReported(section, long));
  const label = periodLabel(period);
  return sectionFrame(
    section,
    headlineFigures(f.totals, f.previous, corrections, section.id, accountsGaps(f.rows)),
    breakdown(section, f.totals, `worldwide, ${label}`, `${section.label}: outcomes worldwide, ${label}`),
    part(
      section,
      "countries",
      "By country or region",
      countryTable(
        f.rows,
        period,
        f.totals,
        {
          id: `${section.id}-countries-table`,
          caption: `${section.label} by country or region, ${label}`,
          hash: `#${section.id}`,
        },
        corrections,
        section.id,
      ),
    ),
    sectionDownload(section, urls.sectionPeriodCsv(section.id, period), `${label} data`),
  );
}

/** The periods of a country's history whose row in the section left accounts blank. */
function periodGaps(cells: readonly CountsCell[], c: CountryPayload): AccountsGaps {
  return {
    periods: c.series
      .filter((_, i) => {
        const cell = cells[i];
        return cell !== undefined && cell !== null && cell !== "not-reported" && cell.accounts === null;
      })
      .map((s) => s.period),
  };
}

/** One country's history in the section: totals over every period with a row, their breakdown, and each period. */
export function countsCountrySection(section: CountsCountrySection, c: CountryPayload): El {
  const all = cellsTotals(section.cells);
  if (!all) return sectionFrame(section, noRowEver(c.name));
  // The periods with a row for the country, which the total covers; and the periods the section was published for
  // at all, which the chart spans: a period before the section began is not a gap in the country's figures.
  const withRow = c.series.filter((_, i) => {
    const cell = section.cells[i];
    return cell !== undefined && cell !== null && cell !== "not-reported";
  });
  const firstRow = withRow[0];
  const lastRow = withRow.at(-1);
  if (!firstRow || !lastRow) return sectionFrame(section, noRowEver(c.name));
  const published = c.series.flatMap(({ period }, i) => {
    const cell = section.cells[i];
    return cell === "not-reported" || cell === undefined ? [] : [{ period, cell }];
  });
  return sectionFrame(
    section,
    part(
      section,
      "total",
      "All periods together",
      h(
        "p",
        { class: "section-span", "data-span": "" },
        `${withRow.length} ${withRow.length === 1 ? "period" : "periods"} with figures for `,
        name(c.name),
        `, from ${periodLongLabel(firstRow.period)} to ${periodLongLabel(lastRow.period)}.`,
      ),
      headlineFigures(all, null, [], section.id, periodGaps(section.cells, c)),
    ),
    breakdown(section, all, `${isolate(c.name)}, all periods`, [
      name(c.name),
      `: ${section.label}, outcomes over all periods`,
    ]),
    part(
      section,
      "history",
      "By period",
      renderTrend(
        {
          subject: isolate(c.name),
          points: published.map(({ period, cell }) => ({ period, totals: cell ? rowTotals(cell) : null })),
        },
        { id: `${section.id}-trend`, title: `${section.label} from ${isolate(c.name)} by period, stacked by outcome` },
      ),
      periodHistoryTable(
        c.series.map(({ period }, i) => {
          const cell = section.cells[i];
          return {
            period,
            row: cell === "not-reported" || cell === undefined ? null : cell,
            href: `${urls.countryPeriod(c.code, period)}#${section.id}`,
            note: cell === "not-reported" ? "Not reported for this period" : undefined,
          };
        }),
        {
          caption: `${section.label} by period`,
          id: `${section.id}-history-table`,
          totalLabel: (n) => `All periods (${n} in the report)`,
        },
      ),
    ),
    // The country's own file of the section, like its law-enforcement one.
    sectionDownload(section, urls.countrySectionCsv(c.code, section.id), `${isolate(c.name)}, all periods`),
  );
}

/** One country in one period: headline (with the change from the half-year before, if both have rows) and breakdown. */
export function countsCountryPeriodSection(
  section: CountsCountrySection,
  c: CountryPayload,
  period: Period,
  corrections: readonly CorrectionRef[] = [],
): El {
  const i = c.series.findIndex((s) => periodIndex(s.period) === periodIndex(period));
  const cell = section.cells[i];
  const long = periodLongLabel(period);
  if (cell === "not-reported" || cell === undefined) return sectionFrame(section, notReported(section, long));
  if (cell === null) return sectionFrame(section, noRow(c.name, long));
  const before = c.series[i - 1];
  const beforeCell = section.cells[i - 1];
  // Like with like: no change from a period the section did not report; a period without the country's row says so.
  const previous =
    before &&
    beforeCell !== undefined &&
    beforeCell !== "not-reported" &&
    periodIndex(before.period) === periodIndex(period) - 1
      ? compareRows(before.period, beforeCell ? [beforeCell] : [], [cell])
      : null;
  const totals = rowTotals(cell);
  const label = periodLabel(period);
  return sectionFrame(
    section,
    headlineFigures(totals, previous, corrections, section.id, { countries: [] }),
    breakdown(section, totals, `${isolate(c.name)}, ${label}`, [
      name(c.name),
      `: ${labelInText(section.label)}, outcomes, ${label}`,
    ]),
    sectionDownload(section, urls.sectionPeriodCsv(section.id, period), `${label} data`),
  );
}
