import { type Period, parsePeriodId, periodSlug } from "../data/period.ts";
import { urls, viewUrl } from "../lib/urls.ts";
import { toDom } from "../render/tree.ts";
import { RENDER_EVENT } from "./events.ts";
import { renderRoute } from "./render-view.ts";
import { type DrawnView, NO_ROW_MARK, type Route, routeFromPath } from "./route.ts";

/**
 * Moves the main menu's "current page" marker to the section the new view belongs to, as the static page
 * at that address marks it (src/layouts/Page.astro): the overview, a period, or a country.
 */
function markCurrentSection(route: Route, overview: boolean): void {
  const current = overview ? urls.home : route.country === null ? urls.periods : urls.countries;
  for (const link of document.querySelectorAll<HTMLAnchorElement>(".site-nav a")) {
    if (link.getAttribute("href") === current) link.setAttribute("aria-current", "page");
    else link.removeAttribute("aria-current");
  }
}

/**
 * The head's sharing tags for the new address, as its static page has them: a share sheet (Chrome on Android's
 * sends the canonical link) or a link preview then gets this view, not the page the reader started on. Each tag
 * keeps its origin (the site's address) and only its path or words change.
 */
function updateShareTags(href: string, view: DrawnView): void {
  const set = (selector: string, attribute: string, value: (old: string) => string) => {
    for (const el of document.head.querySelectorAll(selector)) {
      const old = el.getAttribute(attribute);
      if (old !== null) el.setAttribute(attribute, value(old));
    }
  };
  const at = (path: string) => (old: string) => new URL(path, old).href;
  set('link[rel="canonical"]', "href", at(href));
  set('meta[property="og:url"]', "content", at(href));
  set('meta[property="og:title"]', "content", () => view.title);
  set('meta[name="description"], meta[property="og:description"]', "content", () => view.description);
  set('meta[property="og:image"], meta[name="twitter:image"]', "content", at(view.preview.image));
  set('meta[property="og:image:alt"], meta[name="twitter:image:alt"]', "content", () => view.preview.alt);
}

/** The element a `#hash` names in the current document, if any. */
function sectionTarget(hash: string): HTMLElement | null {
  if (hash.length < 2) return null;
  try {
    return document.getElementById(decodeURIComponent(hash.slice(1)));
  } catch {
    return null;
  }
}

/**
 * Progressive enhancement of the filter form. Without JavaScript the form goes
 * to /view/ and the host sends it on to the static page. With it, Apply draws
 * the view in place from the period or country JSON and pushes the static
 * page's address, so Back, Forward and shared links all work.
 */
class ReportFilter extends HTMLElement {
  #form: HTMLFormElement | null = null;
  #initialHref = location.pathname;

  connectedCallback(): void {
    this.#form = this.querySelector("form");
    this.#form?.addEventListener("submit", (event) => {
      const route = this.#routeFromForm();
      if (!route || !document.querySelector("report-view")) return;
      event.preventDefault();
      void this.#go(route, true);
    });
    const country = this.#form?.elements.namedItem("country");
    if (country instanceof HTMLSelectElement) {
      country.addEventListener("change", () => void this.#markPeriods(country.value));
    }
    window.addEventListener("popstate", () => {
      const route = routeFromPath(location.pathname, this.#latest());
      if (route) void this.#go(route, false, location.pathname === "/");
      else location.reload();
    });
  }

  /**
   * Marks the periods the chosen country has no row in, as the page did for its own country: from the country's
   * JSON, the one the in-place view draws from. Worldwide has a row in every period. A failed fetch leaves the
   * marks as they were.
   */
  async #markPeriods(value: string): Promise<void> {
    const periods = this.#form?.elements.namedItem("period");
    if (!(periods instanceof HTMLSelectElement)) return;
    let has: Set<string> | undefined;
    if (value !== "global") {
      try {
        const response = await fetch(urls.countryJson(value));
        if (!response.ok) return;
        const payload = (await response.json()) as { series: { period: Period; row: unknown }[] };
        has = new Set(payload.series.filter((s) => s.row !== null).map((s) => periodSlug(s.period)));
      } catch {
        return;
      }
    }
    for (const option of periods.querySelectorAll<HTMLOptionElement>("option[data-index]")) {
      const label = option.textContent.replace(NO_ROW_MARK, "");
      const absent = has !== undefined && !has.has(option.value);
      option.textContent = absent ? label + NO_ROW_MARK : label;
      option.toggleAttribute("data-no-row", absent);
    }
  }

  #latest() {
    return parsePeriodId(this.dataset["latest"] ?? "") ?? { year: 1970, half: 1 as const };
  }

  #routeFromForm(): Route | undefined {
    if (!this.#form) return undefined;
    const data = new FormData(this.#form);
    const rawCountry = data.get("country");
    const rawPeriod = data.get("period");
    const country = typeof rawCountry === "string" ? rawCountry : "global";
    const period = typeof rawPeriod === "string" ? rawPeriod : "all";
    return {
      country: country === "global" ? null : country.toUpperCase(),
      period: period === "all" ? null : (parsePeriodId(period) ?? null),
    };
  }

  #sync(route: Route): void {
    const set = (name: string, value: string) => {
      const select = this.#form?.elements.namedItem(name);
      if (select instanceof HTMLSelectElement) select.value = value;
    };
    set("country", route.country?.toLowerCase() ?? "global");
    set("period", route.period ? periodSlug(route.period) : "all");
    void this.#markPeriods(route.country?.toLowerCase() ?? "global");
  }

  /** The overview at / is the latest period's view with the report's introduction. */
  async #go(route: Route, push: boolean, overview = false): Promise<void> {
    const href = overview ? "/" : viewUrl(route.country, route.period);
    const region = document.querySelector<HTMLElement>("report-view");
    const status = this.querySelector(".filter-status");
    let view;
    try {
      view = region ? await renderRoute(route, overview) : undefined;
    } catch {
      view = undefined;
    }
    if (!region || !view) {
      // Anything the in-place view cannot draw is a plain page load away.
      location.assign(href);
      return;
    }
    region.querySelector('[data-view-region="head"]')?.replaceChildren(toDom(view.head));
    region.querySelector('[data-view-region="body"]')?.replaceChildren(toDom(view.body));
    // Page-specific extras outside the view (the overview's introduction) belong to their own address only.
    for (const extra of document.querySelectorAll<HTMLElement>("[data-page-extra]")) {
      extra.hidden = href !== this.#initialHref;
    }
    document.title = `${view.title}${region.dataset["titleSuffix"] ?? ""}`;
    updateShareTags(href, view);
    markCurrentSection(route, href === "/");
    // A reader in a section (#emergency) stays in it when the new view has it too: the filter keeps the section.
    const target = sectionTarget(location.hash);
    if (push) history.pushState({ href }, "", target ? `${href}${location.hash}` : href);
    this.#sync(route);
    if (status) status.textContent = `Showing ${view.title}`;
    document.dispatchEvent(new CustomEvent(RENDER_EVENT, { detail: { route } }));
    // Move focus to the new heading (the section's, when the address names one) so keyboard and screen-reader
    // users start reading the new view where they were; the browser's own jump to #anchors ran before the redraw.
    const heading = target?.querySelector<HTMLElement>("h2") ?? region.querySelector<HTMLElement>("h1");
    if (target) target.scrollIntoView();
    if ((push || target) && heading) {
      heading.tabIndex = -1;
      heading.focus({ preventScroll: Boolean(target) });
    }
  }
}

if (!customElements.get("report-filter")) customElements.define("report-filter", ReportFilter);
