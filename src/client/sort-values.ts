/**
 * How `<sortable-table>` reads a number from a cell that has no `data-sort-value`: the figure the cell shows,
 * written as `formatCount` writes it ("2,639"). Kept apart from the custom element so unit tests can hold it
 * to the server's markup without a DOM.
 */
export function shownFigure(text: string): number | null {
  const figure = text.replace(/,/g, "").trim();
  return /^-?\d+(\.\d+)?$/.test(figure) ? Number(figure) : null;
}

/** The share a figures cell shows after its count (" 5.34%"), for sorting by rate; "–" (no share of 0) is null. */
export function shownShare(text: string): number | null {
  const share = text.trim().replace(/%$/, "");
  return /^\d+(\.\d+)?$/.test(share) ? Number(share) : null;
}
