/**
 * <faq-page> adds the FAQ's conveniences on top of plain <details> elements,
 * which already work without JavaScript: deep links that open their question,
 * copy-link buttons, expand/collapse all, a filter box, and printing every answer.
 * Controls that only work with JavaScript are rendered `hidden` and shown here.
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
