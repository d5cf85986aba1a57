/**
 * A view in its custom element, as one HTML string: ReportView.astro writes it around its slot, and the
 * country × period pages write it themselves (see src/layouts/page-shell.ts for why).
 */
import type { Dataset } from "../data/dataset.ts";
import { escapeHtml, toHtml } from "../render/tree.ts";
import type { View } from "../views/views.ts";

/**
 * `view` inside `<report-view>`, with `between` (HTML, such as the filter) between its head and its body:
 * the filter redraws both regions in place and keeps the page title's suffix.
 */
export function reportViewHtml(view: View, site: Dataset["site"], between: string): string {
  return (
    `<report-view data-title-suffix="${escapeHtml(` · ${site.title} · ${site.organisation}`)}">` +
    `<div data-view-region="head">${toHtml(view.head)}</div>` +
    between +
    `<div data-view-region="body">${toHtml(view.body)}</div>` +
    `</report-view>`
  );
}
