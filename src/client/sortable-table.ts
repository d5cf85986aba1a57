/**
 * `<sortable-table>` wraps a server-rendered table and makes it sortable by any
 * column whose heading carries `data-sort-key` and `data-sort-type` ("number" or
 * "text"); a cell sorts by its `data-sort-value`, or, without one, by what it
 * shows first: the figure its text starts with ("2,639" before a share), or the
 * text of its first child (a country's link). Header labels become
 * buttons, so the keyboard works, and `aria-sort` tells assistive technology the
 * current order. Without JavaScript the server's order stays. Tables the filter
 * draws in place are enhanced when they are connected, like any other element.
 */
import { shownFigure } from "./sort-values.ts";

function cellValue(row: HTMLTableRowElement, index: number, type: string): number | string | null {
  const cell = row.cells[index];
  if (!cell) return null;
  const raw = cell.dataset["sortValue"];
  if (raw !== undefined) return type === "number" ? Number(raw) : raw;
  // What the cell shows first: a country's link (not the correction marks after it), or a figure without the
  // share that follows it in its own element.
  const first = cell.firstChild;
  if (type !== "number") return first?.textContent?.trim() ?? null;
  return shownFigure(first?.nodeType === Node.TEXT_NODE ? (first.textContent ?? "") : "");
}

function sortBy(table: HTMLTableElement, index: number, type: string, ascending: boolean): void {
  const body = table.tBodies[0];
  if (!body) return;
  const rows = [...body.rows];
  rows.sort((a, b) => {
    const x = cellValue(a, index, type);
    const y = cellValue(b, index, type);
    // Rows without a value (periods with no requests) always go last.
    if (x === null || y === null) return x === null ? (y === null ? 0 : 1) : -1;
    const order = typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y), "en");
    return ascending ? order : -order;
  });
  body.append(...rows);
}

class SortableTable extends HTMLElement {
  #ready = false;

  connectedCallback(): void {
    const table = this.querySelector("table");
    if (this.#ready || !table) return;
    this.#ready = true;
    const headers = [...table.querySelectorAll<HTMLTableCellElement>("thead th[data-sort-key]")];
    headers.forEach((th, index) => {
      const button = document.createElement("button");
      button.type = "button";
      button.className = "sort-button";
      button.append(...th.childNodes);
      th.append(button);
      button.addEventListener("click", () => {
        const type = th.dataset["sortType"] ?? "text";
        // Numbers are most useful largest first; names A to Z.
        const ascending =
          th.getAttribute("aria-sort") === "ascending"
            ? false
            : th.getAttribute("aria-sort") === "descending"
              ? true
              : type === "text";
        sortBy(table, index, type, ascending);
        for (const other of headers) other.removeAttribute("aria-sort");
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      });
    });
  }
}

if (!customElements.get("sortable-table")) customElements.define("sortable-table", SortableTable);
