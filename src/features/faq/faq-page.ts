/**
 * <faq-page> adds the FAQ's conveniences on top of plain <details> elements,
 * which already work without JavaScript: deep links that open their question,
 * copy-link buttons, expand/collapse all, a filter box, and printing every answer.
 * The filter and expand/collapse controls only work with JavaScript: they are shown from the first paint
 * and hidden by CSS when scripting is off (faq.css), so the page does not shift when this script runs.
 * The copy-link buttons are rendered `hidden` and shown here in place of the permalinks, on the same line.
 */
// Imports run one way: this element uses the three parts; they share only announce.ts and items.ts.
import { announcer } from "./announce.ts";
import { enhanceExpand } from "./faq-expand.ts";
import { enhanceFilter } from "./faq-filter.ts";
import { enhanceLinks } from "./faq-links.ts";

export class FaqPage extends HTMLElement {
  connectedCallback(): void {
    if (this.dataset["ready"]) return;
    this.dataset["ready"] = "true";
    const announce = announcer(this.querySelector<HTMLElement>("[data-faq-announcer]"));
    const expand = enhanceExpand(this, announce);
    const filter = enhanceFilter(this, () => {
      expand.refresh();
    });
    enhanceLinks(this, announce, () => {
      filter.clear();
    });
  }
}

if (!customElements.get("faq-page")) customElements.define("faq-page", FaqPage);
