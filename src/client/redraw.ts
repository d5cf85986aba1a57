import { urls } from "../lib/urls.ts";
import type { CountryPayload, PeriodPayload } from "../payloads/payloads.ts";
import { countryPeriodView, countryView, periodView } from "../views/views.ts";
import { countryCard, periodCard, previewUrl } from "../previews/previews.ts";
import type { DrawnView, Route } from "./route.ts";

const cache = new Map<string, Promise<unknown>>();

function fetchJson<T>(url: string): Promise<T> {
  let pending = cache.get(url);
  if (!pending) {
    pending = fetch(url).then((res) => {
      if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
      return res.json() as Promise<unknown>;
    });
    // A failed request must not stay cached, or the view could never recover.
    pending.catch(() => cache.delete(url));
    cache.set(url, pending);
  }
  return pending as Promise<T>;
}

/**
 * Draws the view for a route from the same JSON the build wrote and the same
 * view functions the pages use. Returns undefined for routes it cannot draw.
 */
export async function renderRoute(route: Route, overview: boolean): Promise<DrawnView | undefined> {
  if (route.country === null) {
    if (route.period === null) return undefined;
    const payload = await fetchJson<PeriodPayload>(urls.periodJson(route.period));
    const { name, alt } = periodCard("", payload.period, payload.totals, overview ? "overview" : undefined);
    return { ...periodView(payload, overview), preview: { image: previewUrl(name), alt } };
  }
  const payload = await fetchJson<CountryPayload>(urls.countryJson(route.country));
  const rows = payload.series.flatMap(({ period, row }) => (row ? [{ period, row }] : []));
  const { name, alt } = countryCard("", payload.code, payload.name, rows);
  const view = route.period === null ? countryView(payload) : countryPeriodView(payload, route.period);
  return { ...view, preview: { image: previewUrl(name), alt } };
}
