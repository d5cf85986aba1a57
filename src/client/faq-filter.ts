/**
 * The filter box: narrows the questions as the reader types, matching every
 * word against the question and its answer. Sections left empty are hidden,
 * and a status line says how many questions match, or that none do.
 */
import { filterStatus, matchesQuery, normaliseForSearch } from "../lib/faq.ts";
import { faqItems } from "./faq-expand.ts";

/** The words a reader can search: the question and the answer, not "See also" or the link controls. */
function searchableText(item: HTMLDetailsElement): string {
  const parts = [item.querySelector("summary")?.textContent ?? ""];
  const answer = item.querySelector(".faq-answer");
  if (answer) {
    for (const child of answer.children) {
      if (!child.matches(".faq-related, .faq-link")) parts.push(child.textContent);
    }
  }
  return normaliseForSearch(parts.join(" "));
}

export function enhanceFilter(root: HTMLElement, onChange: () => void): { clear(): void } {
  const input = root.querySelector<HTMLInputElement>("[data-faq-filter]");
  const status = root.querySelector<HTMLElement>("[data-faq-status]");
  const empty = root.querySelector<HTMLElement>("[data-faq-empty]");
  const sections = [...root.querySelectorAll<HTMLElement>("[data-faq-section]")];
  const index = faqItems(root).map((item) => ({ item, text: searchableText(item) }));
  let statusTimer: ReturnType<typeof setTimeout> | undefined;

  const apply = (): void => {
    const query = input?.value ?? "";
    let shown = 0;
    for (const { item, text } of index) {
      const match = matchesQuery(text, query);
      item.hidden = !match;
      if (match) shown += 1;
    }
    for (const section of sections) {
      const any = faqItems(section).some((d) => !d.hidden);
      section.hidden = !any;
      const tocEntry = root.querySelector<HTMLElement>(`[data-faq-toc="${section.dataset["faqSection"] ?? ""}"]`);
      if (tocEntry) tocEntry.hidden = !any;
    }
    if (empty) empty.hidden = shown > 0;
    // Wait for a pause in typing, so a screen reader reads one count, not one per keystroke.
    clearTimeout(statusTimer);
    statusTimer = setTimeout(() => {
      if (status) status.textContent = filterStatus(query, shown, index.length);
    }, 300);
    onChange();
  };

  input?.addEventListener("input", apply);
  // A filter restored by the browser on Back must be applied again.
  if (input && input.value !== "") apply();
  return {
    clear() {
      if (input && input.value !== "") {
        input.value = "";
        apply();
      }
    },
  };
}
