/**
 * The form that picks a section, a place and a period of a described report. It is a plain GET form to /view/:
 * a host that applies public/_redirects sends it on to the static page without JavaScript (its `country` and
 * `period` names are the fixed layout's), and the page's script does so on any host, adding the section's anchor.
 */
import { type ReportPeriod, reportPeriodLabel, reportPeriodSlug } from "../../data/report/report-period.ts";
import { writeViewPages } from "../../lib/report-view.ts";
import { urls } from "../../lib/urls.ts";
import type { PlaceEntry } from "../../payloads/report-model.ts";
import { type Child, h } from "../../render/tree.ts";

export interface ViewFormInput {
  readonly sections: readonly { id: string; label: string }[];
  readonly places: readonly PlaceEntry[];
  readonly periods: readonly ReportPeriod[];
  readonly pairs: readonly { place: PlaceEntry; period: ReportPeriod }[];
}

function field(id: string, name: string, label: string, options: readonly [string, string][]): Child {
  return h(
    "div",
    { class: "field" },
    h("label", { for: id }, label),
    h(
      "select",
      { id, name },
      options.map(([value, text]) => h("option", { value }, text)),
    ),
  );
}

export function viewForm(input: ViewFormInput): Child {
  const pages = new Map<string, string[]>();
  for (const { place, period } of input.pairs)
    pages.set(place.slug, [...(pages.get(place.slug) ?? []), reportPeriodSlug(period)]);
  return h(
    "form",
    { method: "get", action: urls.view, class: "finder-form", "data-view-pages": writeViewPages(pages) },
    field("view-section", "section", "Section", [
      ["all", "Every section"],
      ...input.sections.map((s): [string, string] => [s.id, s.label]),
    ]),
    field("view-country", "country", "Country or place", [
      ["global", "Worldwide"],
      ...input.places.map((p): [string, string] => [p.slug, p.name]),
    ]),
    field("view-period", "period", "Period", [
      ["all", "Every period"],
      ...input.periods.map((p): [string, string] => [reportPeriodSlug(p), reportPeriodLabel(p)]),
    ]),
    h("button", { type: "submit" }, "Show"),
  );
}
