/**
 * Deep links to a question (`/faq/#gag-orders`) open it and bring it into view,
 * on load and whenever the hash changes. "Copy link" buttons replace the plain
 * "#" permalinks, which remain the no-JavaScript fallback.
 */
import type { Announce } from "./announce.ts";

export function enhanceLinks(root: HTMLElement, announce: Announce, showAll: () => void): void {
  const openFromHash = (): void => {
    let id: string;
    try {
      id = decodeURIComponent(location.hash.slice(1));
    } catch {
      return;
    }
    if (id === "") return;
    const target = document.getElementById(id);
    if (!(target instanceof HTMLDetailsElement) || !root.contains(target)) return;
    // A question hidden by the filter could not be shown, so show every question again.
    if (target.hidden) showAll();
    target.open = true;
    target.scrollIntoView({ block: "start" });
  };
  openFromHash();
  window.addEventListener("hashchange", openFromHash);

  for (const button of root.querySelectorAll<HTMLButtonElement>("button[data-faq-copy]")) {
    const id = button.dataset["faqCopy"] ?? "";
    const permalink = button.parentElement?.querySelector<HTMLElement>("[data-faq-permalink]");
    if (permalink) permalink.hidden = true;
    button.hidden = false;
    const label = button.textContent;
    let reset: ReturnType<typeof setTimeout> | undefined;
    button.addEventListener("click", () => {
      const url = new URL(location.href);
      url.hash = id;
      navigator.clipboard.writeText(url.href).then(
        () => {
          button.textContent = "Link copied";
          clearTimeout(reset);
          reset = setTimeout(() => (button.textContent = label), 2000);
          announce("Link copied");
        },
        () => {
          // No clipboard (permission refused, insecure context): the address bar is the next best place.
          history.replaceState(history.state, "", url);
          announce("Could not copy the link. It is now in the address bar.");
        },
      );
    });
  }
}
