import { urls } from "../lib/urls.ts";
import type { CountryPayload, PeriodPayload } from "../payloads/payloads.ts";
import { countryPeriodView, countryView, periodView, type View } from "../views/views.ts";
import type { Route } from "./route.ts";

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
export async function renderRoute(route: Route, overview: boolean): Promise<View | undefined> {
  if (route.country === null) {
    if (route.period === null) return undefined;
    const payload = await fetchJson<PeriodPayload>(urls.periodJson(route.period));
    return periodView(payload, overview);
  }
  const payload = await fetchJson<CountryPayload>(urls.countryJson(route.country));
  return route.period === null ? countryView(payload) : countryPeriodView(payload, route.period);
}
