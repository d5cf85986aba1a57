/**
 * `<report-view-form>` on /view/ of a described report: reads the choice in the address (the form's own GET, or
 * a shared link) and replaces the page with the static page for it, `#section` included, so every view keeps its
 * own address. A choice with no page (a place without figures in that period, a name the site does not have) is
 * said in words, with the form set to it. The form itself goes straight to the page. Without JavaScript the form
 * still works where the host applies public/_redirects, and the links on the page everywhere.
 */
import { readViewPages, readViewQuery, type ViewChoice, viewTarget } from "../lib/report-view.ts";

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
    /** Sends the reader on to the choice's page, or says why there is none, with the form set to the choice. */
    const go = (choice: ViewChoice, navigate: (href: string) => void): void => {
      const target = viewTarget(choice, pages);
      if (target.kind === "page") {
        navigate(target.href);
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
    };
    // The form goes straight to the page, so the section's anchor is kept (a host's redirect rule drops it) and a
    // choice without a page is said here rather than on the 404 page.
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const data = new FormData(form);
      const params = new URLSearchParams();
      for (const [key, value] of data) if (typeof value === "string") params.set(key, value);
      const choice = readViewQuery(params);
      if (choice)
        go(choice, (href) => {
          location.assign(href);
        });
    });
    // A shared /view/?… link, on a host without the rule.
    const shared = readViewQuery(new URLSearchParams(location.search));
    if (shared)
      go(shared, (href) => {
        location.replace(href);
      });
  }
}

if (!customElements.get("report-view-form")) customElements.define("report-view-form", ReportViewForm);
