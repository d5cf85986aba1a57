/**
 * The map of a described report's period page: one counts section's lead measure (requests, or accounts where
 * the section counts only accounts) per country, drawn by the same choropleth as the fixed layout's map. A
 * country is coloured only from its own figure: its `all` row, else its in-totals process rows added. A
 * country whose row leaves the figure blank is drawn blank with the countries that have no row, never as 0.
 */
import type { CountsRow } from "../../data/report/counts-file.ts";
import type { CountsSectionDescription } from "../../data/report/description-schema.ts";
import { leadMeasure, measureOf, placeFigure } from "../../data/report/report-aggregate.ts";
import { type ReportPeriod, reportPeriodLabel, reportPeriodSlug } from "../../data/report/report-period.ts";
import { formatCount, formatCountOf, isolate, someNames } from "../../data/format.ts";
import { labelInText } from "../../data/sections.ts";
import { MAP_CODES } from "../../charts/map-codes.ts";
import { type MapPlace, renderPlaceMap } from "../../charts/map.ts";
import { reportUrls } from "../../lib/urls.ts";
import type { PlaceEntry, PlaceRows } from "../../payloads/report-model.ts";
import type { Child } from "../../render/tree.ts";

/** What a section's map shows for one period: each country's figure, and the places it cannot draw. */
export interface SectionMapState {
  readonly section: CountsSectionDescription;
  readonly period: ReportPeriod;
  /** Countries the outline file holds, by ISO code; value null where the row leaves the figure blank. */
  readonly countries: ReadonlyMap<string, MapPlace>;
  /** Declared places and countries too small to outline: in the table, not on the map. */
  readonly offMap: readonly PlaceEntry[];
}

export function sectionMapState(
  section: CountsSectionDescription,
  period: ReportPeriod,
  places: readonly PlaceRows<CountsRow>[],
): SectionMapState {
  const inTotals = new Set((section.processes ?? []).filter((p) => p.inTotals).map((p) => p.id));
  const figure = measureOf(leadMeasure(section));
  const countries = new Map<string, MapPlace>();
  const offMap: PlaceEntry[] = [];
  for (const { place, rows } of places) {
    if (place.kind !== "country" || !MAP_CODES.has(place.code)) {
      offMap.push(place);
      continue;
    }
    const value = placeFigure(rows, figure, inTotals);
    countries.set(place.code, {
      name: place.name,
      value: typeof value === "number" ? value : null,
      href: reportUrls.placePeriod(place.code, period),
    });
  }
  return { section, period, countries, offMap };
}

function measureLabel(section: CountsSectionDescription): string {
  return section.measures[leadMeasure(section)]?.label ?? "";
}

/** The map's text alternative: how many countries had a figure, the three largest, and what is not drawn. */
export function sectionMapSummary(state: SectionMapState): string {
  const noun = labelInText(measureLabel(state.section));
  const values = [...state.countries.values()];
  const ranked = values.flatMap((p) => (p.value !== null && p.value > 0 ? [{ ...p, value: p.value }] : []));
  ranked.sort((a, b) => b.value - a.value || a.name.localeCompare(b.name, "en"));
  const top = ranked.slice(0, 3).map((p) => `${isolate(p.name)} (${formatCount(p.value)})`);
  const most = top.length > 1 ? `${top.slice(0, -1).join(", ")} and ${top.at(-1) ?? ""}` : (top[0] ?? "");
  const blank = values.filter((p) => p.value === null).length;
  let text =
    `${state.section.label}, ${reportPeriodLabel(state.period)}: ` +
    `${formatCountOf(ranked.length, "country or region", "countries or regions")} with ${noun} above 0` +
    (most ? `; the most, ${most}` : "") +
    ". Countries whose figure is 0 are hatched; countries with no row are left blank";
  text +=
    blank > 0
      ? `, and so ${blank === 1 ? "is 1 country" : `are ${formatCount(blank)} countries`} whose row leaves the figure blank.`
      : ".";
  if (state.offMap.length > 0)
    text += ` Not on the map: ${someNames(
      state.offMap.map((p) => p.name),
      isolate,
    )}.`;
  return `${text} The table below gives every row.`;
}

/** The map itself, with its summary; nothing when no country can be drawn. */
export function sectionMap(state: SectionMapState): Child {
  if (state.countries.size === 0) return null;
  const label = measureLabel(state.section);
  const noun = labelInText(label);
  return renderPlaceMap({
    id: `${state.section.id}-map`,
    slug: reportPeriodSlug(state.period),
    title: `${state.section.label}: ${noun} by country or region, ${reportPeriodLabel(state.period)}`,
    summary: sectionMapSummary(state),
    places: state.countries,
    tipText: (name, value) => `${isolate(name)}, ${noun}: ${formatCount(value)}`,
    legendNoun: noun,
    blankText: "No row or no figure in this period",
  });
}
