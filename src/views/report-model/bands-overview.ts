/**
 * A bands section on the overview. With one place (the usual case: national-security bands are published for
 * one country) its bands over time are drawn as on that place's page. With several, a panel per place and
 * authority would repeat every place's page on the overview, and bands of different places are never added up
 * into a worldwide band; so the overview says so and links each place's page, where its chart is, and the table
 * under it (closed until the reader opens it: see historyTable) keeps every band, place by place.
 */
import type { BandsSectionDescription } from "../../data/report/description-schema.ts";
import { formatCountOf } from "../../data/format.ts";
import { reportPeriodLabel } from "../../data/report/report-period.ts";
import { reportUrls, urls } from "../../lib/urls.ts";
import { type Child, h } from "../../render/tree.ts";
import { type BandsPoint, bandsHistoryChart } from "./bands-charts.ts";

/** A place with bands in the section: the first and the latest period it has a band in, and in how many. */
export interface BandsPlace {
  readonly code: string;
  readonly name: string;
  readonly first: BandsPoint["period"];
  readonly last: BandsPoint["period"];
  readonly periods: number;
}

/** Every place with a band in `points`, sorted by name; `points` are in time order. */
export function bandsPlaces(points: readonly BandsPoint[], names: ReadonlyMap<string, string>): BandsPlace[] {
  const found = new Map<string, { first: BandsPoint["period"]; last: BandsPoint["period"]; periods: number }>();
  for (const point of points) {
    for (const code of new Set((point.rows ?? []).map((r) => r.place))) {
      const seen = found.get(code);
      if (seen) found.set(code, { ...seen, last: point.period, periods: seen.periods + 1 });
      else found.set(code, { first: point.period, last: point.period, periods: 1 });
    }
  }
  return [...found]
    .map(([code, f]) => ({ code, name: names.get(code) ?? code, ...f }))
    .sort((a, b) => a.name.localeCompare(b.name, "en"));
}

/** The sentence before the list of places: whose bands the section has, and why none is drawn here. */
export function bandsPlacesSentence(section: BandsSectionDescription, places: number): string {
  return `${section.label} are published as bands for ${formatCountOf(places, "place", "places")}, by authority. Bands of different places are never added up, so there is no worldwide band to draw: each place's bands over time are drawn on its own page.`;
}

/** The overview's view of a bands section's history: the chart for one place, a list of the places for several. */
export function bandsOverview(
  section: BandsSectionDescription,
  points: readonly BandsPoint[],
  names: ReadonlyMap<string, string>,
): Child {
  const places = bandsPlaces(points, names);
  if (places.length <= 1) return bandsHistoryChart(section, points, "worldwide", names);
  return h(
    "div",
    { class: "bands-places" },
    h(
      "p",
      {},
      bandsPlacesSentence(section, places.length),
      " ",
      h("a", { href: `${urls.definitions}#def-${section.id}` }, "What the bands mean"),
      ".",
    ),
    h(
      "ul",
      {},
      places.map((p) =>
        h(
          "li",
          {},
          h("a", { href: `${reportUrls.place(p.code)}#${section.id}` }, h("bdi", {}, p.name)),
          `: ${formatCountOf(p.periods, "period", "periods")}`,
          p.periods > 1
            ? `, ${reportPeriodLabel(p.first)} to ${reportPeriodLabel(p.last)}`
            : `, ${reportPeriodLabel(p.first)}`,
        ),
      ),
    ),
  );
}
