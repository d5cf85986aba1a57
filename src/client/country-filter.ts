/**
 * <country-filter>: a type-to-filter box over the countries table. Each row carries its name, its code and the
 * other names and codes readers type (`data-aliases`: "Turkey", "USA", "UK", "DEU", from the ISO list at build
 * time). A query that is exactly some row's code or alias ("UK", "DE", "USA") shows only those rows; anything
 * else keeps the rows whose name or alias contains it (case and accents folded). A status line says how many;
 * Enter with one row left opens that country's page. The box is rendered `hidden` and shown here, so without
 * JavaScript the page is the plain, complete table.
 */
import { finderRow, matches } from "./country-match.ts";

class CountryFilter extends HTMLElement {
  connectedCallback(): void {
    if (this.dataset["ready"]) return;
    this.dataset["ready"] = "true";
    const input = this.querySelector<HTMLInputElement>("input");
    const status = this.querySelector<HTMLElement>("[data-country-filter-status]");
    const table = document.getElementById(this.dataset["table"] ?? "");
    if (!input || !(table instanceof HTMLTableElement)) return;
    const rows = [...(table.tBodies[0]?.rows ?? [])].map((row) => ({
      row,
      finder: finderRow(row.dataset["name"] ?? "", row.dataset["country"] ?? "", row.dataset["aliases"] ?? ""),
    }));
    const finders = rows.map((r) => r.finder);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const apply = (): void => {
      const keep = matches(finders, input.value);
      rows.forEach(({ row }, i) => (row.hidden = !keep[i]));
      const shown = keep.filter(Boolean).length;
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (status)
          status.textContent =
            input.value.trim() === ""
              ? `Showing all ${rows.length}.`
              : `${shown} of ${rows.length} match “${input.value.trim()}”.` +
                (shown === 1 ? " Press Enter to open it." : "");
      }, 300);
    };
    input.addEventListener("input", apply);
    input.addEventListener("keydown", (event) => {
      if (event.key !== "Enter") return;
      const left = rows.filter(({ row }) => !row.hidden);
      const link = left.length === 1 ? left[0]?.row.querySelector<HTMLAnchorElement>("th a") : null;
      if (link) location.assign(link.href);
    });
    this.hidden = false;
    if (input.value !== "") apply();
  }
}

if (!customElements.get("country-filter")) customElements.define("country-filter", CountryFilter);
