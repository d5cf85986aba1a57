/**
 * `<report-view-form>` on /view/ of a described report: reads the choice in the address (the form's own GET, or
 * a shared link) and replaces the page with the static page for it, `#section` included, so every view keeps its
 * own address. A choice with no page (a place without figures in that period, a name the site does not have) is
 * said in words, with the form set to it. Without JavaScript the form and the links on the page still work.
 */
import { readViewPages, readViewQuery, viewTarget } from "../lib/report-view.ts";

class ReportViewForm extends HTMLElement {
  connectedCallback(): void {
    const form = this.querySelector<HTMLFormElement>("form[data-view-pages]");
    const status = this.querySelector<HTMLElement>("[data-view-status]");
    if (!form || !status) return;
    const select = (name: string) => {
      const el = form.elements.namedItem(name);
      return el instanceof HTMLSelectElement ? el : undefined;
    };
    const values = (name: string) => new Set([...(select(name)?.options ?? [])].map((o) => o.value));
    const label = (name: string, value: string) =>
      [...(select(name)?.options ?? [])].find((o) => o.value === value)?.textContent ?? value;
    const pages = {
      sections: values("section"),
      periods: values("period"),
      places: readViewPages(form.dataset["viewPages"] ?? ""),
    };
    const choice = readViewQuery(new URLSearchParams(location.search));
    if (!choice) return;
    const target = viewTarget(choice, pages);
    if (target.kind === "page") {
      location.replace(target.href);
      return;
    }
    for (const [name, value] of [
      ["section", choice.section ?? "all"],
      ["country", choice.place ?? "global"],
      ["period", choice.period ?? "all"],
    ] as const) {
      const el = select(name);
      if (el && values(name).has(value)) el.value = value;
    }
    status.textContent =
      target.kind === "no-page"
        ? `The report has no figures for ${label("country", target.place)} in ${label("period", target.period)}. Choose another period, or every period.`
        : `This report has no ${target.field === "country" ? "country or place" : target.field} “${target.value}”. Choose one from the list.`;
  }
}

if (!customElements.get("report-view-form")) customElements.define("report-view-form", ReportViewForm);
