/**
 * <faq-page> adds the FAQ's conveniences on top of plain <details> elements,
 * which already work without JavaScript: deep links that open their question,
 * copy-link buttons, expand/collapse all, a filter box, and printing every answer.
 * Controls that only work with JavaScript are rendered `hidden` and shown here.
 */
import { enhanceExpand } from "./faq-expand.ts";
import { enhanceFilter } from "./faq-filter.ts";
import { enhanceLinks } from "./faq-links.ts";

export type Announce = (message: string) => void;

/** A polite live region; clearing it first makes a repeated message ("Link copied") be read again. */
function announcer(region: HTMLElement | null): Announce {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (message) => {
    if (!region) return;
    region.textContent = "";
    clearTimeout(timer);
    timer = setTimeout(() => (region.textContent = message), 50);
  };
}

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
