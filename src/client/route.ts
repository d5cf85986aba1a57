import { parsePeriodId, type Period } from "../data/period.ts";
import type { View } from "../views/views.ts";

/** A view drawn in place, with the link-preview card its address shares (the static page's). */
export interface DrawnView extends View {
  /** The card's image path (`/previews/country-de.png`) and its description. */
  preview: { image: string; alt: string };
}

/**
 * What the period menu adds to a period the chosen country has no row in: written into the page for its own
 * country (src/components/filter-bar.ts) and by the filter when the reader picks another (report-filter.ts).
 */
export const NO_ROW_MARK = " (not in the report)";

/** A filter choice: `country` null is worldwide, `period` null is all periods. */
export interface Route {
  country: string | null;
  period: Period | null;
}

/**
 * Reads a static page address back into a filter choice. Returns undefined for
 * pages the in-place view cannot draw (index pages, FAQ, downloads).
 */
export function routeFromPath(pathname: string, latest: Period): Route | undefined {
  if (pathname === "/") return { country: null, period: latest };
  const periodPage = /^\/periods\/(\d{4}-h[12])\/$/.exec(pathname);
  if (periodPage) {
    const period = parsePeriodId(periodPage[1] ?? "");
    return period ? { country: null, period } : undefined;
  }
  const countryPage = /^\/countries\/([a-z]{2})\/(?:(\d{4}-h[12])\/)?$/.exec(pathname);
  if (countryPage) {
    const code = (countryPage[1] ?? "").toUpperCase();
    if (!countryPage[2]) return { country: code, period: null };
    const period = parsePeriodId(countryPage[2]);
    return period ? { country: code, period } : undefined;
  }
  return undefined;
}
