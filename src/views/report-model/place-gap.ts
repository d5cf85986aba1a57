/**
 * The opening of a country × period page (`/countries/<place>/<period>/`, [code]/[period].astro): what the page
 * holds and where to go from it, or, when the place has no figures in that period (src/payloads/report-place-gaps.ts),
 * that the report has none and links to the nearest pages that have them. The page adds the heading, the
 * sections and the place's other periods.
 */
import { type ReportPeriod, reportPeriodLabel, reportPeriodLongLabel } from "../../data/report/report-period.ts";
import { reportUrls } from "../../lib/urls.ts";
import type { PlaceEntry } from "../../payloads/report-model.ts";
import type { PlacePeriodGap } from "../../payloads/report-place-gaps.ts";
import { type Child, h } from "../../render/tree.ts";

/** `France, January–December 2022: no figures`: the page's title. */
export function placeGapTitle(gap: PlacePeriodGap): string {
  return `${gap.place.name}, ${reportPeriodLongLabel(gap.period)}: no figures`;
}

function pairLink(gap: PlacePeriodGap, period: ReportPeriod): Child {
  return h("a", { href: reportUrls.placePeriod(gap.place.code, period) }, reportPeriodLongLabel(period));
}

/** The paragraph under the heading; a place without figures in the period gets placeGapView's instead. */
export function placePeriodLede(
  organisation: string,
  place: PlaceEntry,
  period: ReportPeriod,
  gap: PlacePeriodGap | undefined,
): Child {
  if (gap) return placeGapView(gap);
  return h(
    "p",
    { class: "lede" },
    `Every figure ${organisation} published for `,
    h("bdi", {}, place.name),
    " in this period, section by section, with the worldwide figure of the same period beside it. See ",
    h("a", { href: reportUrls.place(place.code) }, h("bdi", {}, place.name), " in every period"),
    " or ",
    h("a", { href: reportUrls.period(period) }, `every country in ${reportPeriodLabel(period)}`),
    ".",
  );
}

export function placeGapView(gap: PlacePeriodGap): Child {
  const name = h("bdi", {}, gap.place.name);
  const long = reportPeriodLongLabel(gap.period);
  const nearest = [gap.before, gap.after].filter((p): p is ReportPeriod => p !== undefined);
  return [
    h(
      "p",
      { class: "lede", "data-no-figures": "" },
      "No section of this report has a row for ",
      name,
      ` in ${long}: the publisher gave no figures for it in that period. See `,
      h("a", { href: reportUrls.place(gap.place.code) }, name, " in every period"),
      " or ",
      h("a", { href: reportUrls.period(gap.period) }, `every country and place in ${reportPeriodLabel(gap.period)}`),
      ".",
    ),
    gap.overlapping.length > 0 &&
      h(
        "p",
        {},
        "The report gives figures for ",
        name,
        " for a period that includes these months: ",
        gap.overlapping.map((p, i) => [i > 0 ? ", " : "", pairLink(gap, p)]),
        ".",
      ),
    nearest.length > 0 &&
      h(
        "p",
        {},
        gap.before && gap.after ? "The nearest periods with figures for " : "The nearest period with figures for ",
        name,
        ": ",
        nearest.map((p, i) => [i > 0 ? " and " : "", pairLink(gap, p)]),
        ".",
      ),
  ];
}
