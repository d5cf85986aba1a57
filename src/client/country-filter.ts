/**
 * <country-filter>: a type-to-filter box over the countries table. Rows whose name or code contains what the
 * reader typed (case and accents folded) stay; a status line says how many. The box is rendered `hidden` and
 * shown here, so without JavaScript the page is the plain, complete table.
 */
function fold(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().trim();
}

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
      text: fold(`${row.dataset["name"] ?? ""} ${row.dataset["country"] ?? ""}`),
    }));
    let timer: ReturnType<typeof setTimeout> | undefined;
    const apply = (): void => {
      const query = fold(input.value);
      let shown = 0;
      for (const { row, text } of rows) {
        row.hidden = query !== "" && !text.includes(query);
        if (!row.hidden) shown += 1;
      }
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (status)
          status.textContent =
            query === "" ? `Showing all ${rows.length}.` : `${shown} of ${rows.length} match “${input.value.trim()}”.`;
      }, 300);
    };
    input.addEventListener("input", apply);
    this.hidden = false;
    if (input.value !== "") apply();
  }
}

if (!customElements.get("country-filter")) customElements.define("country-filter", CountryFilter);
