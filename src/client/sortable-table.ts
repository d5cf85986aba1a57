/**
 * `<sortable-table>` wraps a server-rendered table and makes it sortable by any
 * column whose heading carries `data-sort-key` and `data-sort-type` ("number" or
 * "text"); a cell sorts by its `data-sort-value`, or, without one, by what it
 * shows first: the figure its text starts with ("2,639" before a share), or the
 * text of its first child (a country's link). Header labels become
 * buttons, so the keyboard works, and `aria-sort` tells assistive technology the
 * current order. An outcome column (`data-sort-share`) has a second button, "%", that sorts by the share each
 * cell shows beside its count, so a reader can rank countries by rejection rate as well as by number rejected.
 * Without JavaScript the server's order stays. Tables the filter
 * draws in place are enhanced when they are connected, like any other element.
 */
import { shownFigure, shownShare } from "./sort-values.ts";

/** "share" sorts an outcome column by the share each cell shows beside its count. */
type SortType = string;

function cellValue(row: HTMLTableRowElement, index: number, type: SortType): number | string | null {
  const cell = row.cells[index];
  if (!cell) return null;
  if (type === "share") return shownShare(cell.querySelector("span")?.textContent ?? "");
  const raw = cell.dataset["sortValue"];
  if (raw !== undefined) return type === "number" ? Number(raw) : raw;
  // What the cell shows first: a country's link (not the correction marks after it), or a figure without the
  // share that follows it in its own element.
  const first = cell.firstChild;
  if (type !== "number") return first?.textContent?.trim() ?? null;
  return shownFigure(first?.nodeType === Node.TEXT_NODE ? (first.textContent ?? "") : "");
}

function sortBy(table: HTMLTableElement, index: number, type: SortType, ascending: boolean): void {
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
    const buttons: HTMLButtonElement[] = [];
    /** A sort button in `th`: by its column's type, or by the share its cells show (an outcome's rate). */
    const addButton = (th: HTMLTableCellElement, index: number, type: SortType, content: Node[], name?: string) => {
      const button = document.createElement("button");
      button.type = "button";
      button.className = type === "share" ? "sort-button sort-share" : "sort-button";
      button.append(...content);
      if (name) button.setAttribute("aria-label", name);
      th.append(button);
      buttons.push(button);
      button.addEventListener("click", () => {
        // Numbers are most useful largest first; names A to Z. A second press on the same button reverses.
        const current = button.dataset["sorted"];
        const ascending = current === "ascending" ? false : current === "descending" ? true : type === "text";
        sortBy(table, index, type, ascending);
        for (const other of headers) other.removeAttribute("aria-sort");
        for (const other of buttons) delete other.dataset["sorted"];
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        button.dataset["sorted"] = ascending ? "ascending" : "descending";
      });
    };
    headers.forEach((th, index) => {
      const label = th.textContent.trim();
      addButton(th, index, th.dataset["sortType"] ?? "text", [...th.childNodes]);
      if (th.hasAttribute("data-sort-share")) {
        addButton(th, index, "share", [document.createTextNode("%")], `${label}, % of requests`);
      }
    });
  }
}

if (!customElements.get("sortable-table")) customElements.define("sortable-table", SortableTable);
