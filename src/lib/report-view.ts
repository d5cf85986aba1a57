/**
 * The view form of a described report (src/described/pages/view.astro): a choice of section, place and period
 * read from an address (`/view/?section=civil&country=us&period=2023-h1`) and checked against the pages the
 * site has, before the reader is sent on to the static page. Pure, for the page's script and its tests.
 */
import { reportViewUrl } from "./urls.ts";

/** The form's names: `country` and `period` as on the fixed layout, so the host rule in public/_redirects applies. */
export interface ViewChoice {
  /** A section id, or null for every section. */
  readonly section: string | null;
  /** A place's address segment, or null ("global") for worldwide. */
  readonly place: string | null;
  /** A period slug, or null ("all") for every period. */
  readonly period: string | null;
}

/** What exists: section ids, and each place's periods (the country × period pages). */
export interface ViewPages {
  readonly sections: ReadonlySet<string>;
  readonly periods: ReadonlySet<string>;
  readonly places: ReadonlyMap<string, ReadonlySet<string>>;
}

export type ViewTarget =
  | { readonly kind: "page"; readonly href: string }
  | { readonly kind: "unknown"; readonly field: "section" | "country" | "period"; readonly value: string }
  | { readonly kind: "no-page"; readonly place: string; readonly period: string };

/** The choice in a query, or undefined when it names none of the three (the form itself is wanted). */
export function readViewQuery(params: URLSearchParams): ViewChoice | undefined {
  if (!params.has("section") && !params.has("country") && !params.has("period")) return undefined;
  const value = (name: string, every: string) => {
    const raw = params.get(name)?.trim().toLowerCase() ?? "";
    return raw === "" || raw === every ? null : raw;
  };
  return { section: value("section", "all"), place: value("country", "global"), period: value("period", "all") };
}

/** Where a choice leads: its static page, or why there is none. */
export function viewTarget(choice: ViewChoice, pages: ViewPages): ViewTarget {
  if (choice.section !== null && !pages.sections.has(choice.section))
    return { kind: "unknown", field: "section", value: choice.section };
  const periods = choice.place === null ? undefined : pages.places.get(choice.place);
  if (choice.place !== null && !periods) return { kind: "unknown", field: "country", value: choice.place };
  if (choice.period !== null && !pages.periods.has(choice.period))
    return { kind: "unknown", field: "period", value: choice.period };
  if (choice.place !== null && choice.period !== null && !periods?.has(choice.period))
    return { kind: "no-page", place: choice.place, period: choice.period };
  return { kind: "page", href: reportViewUrl(choice.section, choice.place, choice.period) };
}

/** The places' periods as the form carries them: `us:2022,2023-h1 fr:2023-h1`. */
export function writeViewPages(places: ReadonlyMap<string, readonly string[]>): string {
  return [...places].map(([place, periods]) => `${place}:${periods.join(",")}`).join(" ");
}

/** Reads `writeViewPages` back. */
export function readViewPages(text: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const entry of text.split(" ")) {
    const [place, periods = ""] = entry.split(":");
    if (place) out.set(place, new Set(periods.split(",").filter((p) => p !== "")));
  }
  return out;
}
