/**
 * "Expand all / Collapse all" for the whole FAQ and for each section, and
 * opening every answer for printing. The buttons act on the questions the
 * filter currently shows, and their state follows the items, so opening the
 * last closed question by hand turns "Expand all" into "Collapse all".
 */
import type { Announce } from "./announce.ts";
import { faqItems } from "./items.ts";

function shownItems(scope: ParentNode): HTMLDetailsElement[] {
  return faqItems(scope).filter((d) => !d.hidden);
}

function allOpen(items: readonly HTMLDetailsElement[]): boolean {
  return items.length > 0 && items.every((d) => d.open);
}

function scopeOf(root: HTMLElement, button: HTMLButtonElement): ParentNode {
  return button.dataset["faqToggle"] === "section" ? (button.closest("[data-faq-section]") ?? root) : root;
}

function render(root: HTMLElement, button: HTMLButtonElement): void {
  const open = allOpen(shownItems(scopeOf(root, button)));
  button.setAttribute("aria-expanded", String(open));
  const isPage = button.dataset["faqToggle"] === "page";
  const text = isPage ? button : button.querySelector("[data-faq-toggle-text]");
  if (text) text.textContent = `${open ? "Collapse" : "Expand"} all${isPage ? " questions" : ""}`;
}

export function enhanceExpand(root: HTMLElement, announce: Announce): { refresh(): void } {
  const buttons = [...root.querySelectorAll<HTMLButtonElement>("button[data-faq-toggle]")];
  let frame = 0;
  const refresh = (): void => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => {
      for (const button of buttons) render(root, button);
    });
  };

  for (const button of buttons) {
    button.addEventListener("click", () => {
      const items = shownItems(scopeOf(root, button));
      const open = !allOpen(items);
      for (const d of items) d.open = open;
      for (const b of buttons) render(root, b);
      const where = button.dataset["faqToggle"] === "section" ? ` in “${button.dataset["label"] ?? ""}”` : "";
      const count = `${items.length} ${items.length === 1 ? "question" : "questions"}`;
      announce(`${open ? "Expanded" : "Collapsed"} ${count}${where}.`);
    });
  }
  // `toggle` does not bubble; capture sees every item opened or closed by hand.
  root.addEventListener("toggle", refresh, true);

  // CSS cannot open <details>, so open everything for printing and put it back afterwards.
  let openedForPrint: HTMLDetailsElement[] = [];
  window.addEventListener("beforeprint", () => {
    openedForPrint = faqItems(root).filter((d) => !d.open);
    for (const d of openedForPrint) d.open = true;
  });
  window.addEventListener("afterprint", () => {
    for (const d of openedForPrint) d.open = false;
    openedForPrint = [];
  });

  for (const button of buttons) render(root, button);
  return { refresh };
}
