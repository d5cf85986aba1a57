/**
 * The filter box: narrows the questions as the reader types. Every word must occur in the question, its
 * answer or its section's title (see search.ts). Matches are marked with <mark> (built as DOM nodes, never
 * from HTML strings), questions whose own words match are opened, sections left empty are hidden, the
 * section list shows how many questions of each match, and a status line gives the total.
 */
import { faqItems } from "./items.ts";
import { filterStatus, matchesQuery, matchRanges, normaliseForSearch } from "./search.ts";

const MARK_CLASS = "faq-match";
const FILTER_PARAM = "q";

/** The parts of a question a reader can search: the question and the answer, not "See also" or the link controls. */
function searchableParts(item: HTMLDetailsElement): Element[] {
  const parts: Element[] = [];
  const summary = item.querySelector("summary");
  if (summary) parts.push(summary);
  const answer = item.querySelector(".faq-answer");
  if (answer) for (const child of answer.children) if (!child.matches(".faq-related, .faq-link")) parts.push(child);
  return parts;
}

function clearMarks(scope: Element): void {
  for (const mark of scope.querySelectorAll(`mark.${MARK_CLASS}`)) {
    const parent = mark.parentNode;
    mark.replaceWith(...mark.childNodes);
    parent?.normalize();
  }
}

/** Wraps every match of the query in the element's text in <mark>; returns how many were marked. */
function markMatches(scope: Element, query: string): number {
  const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
  const texts: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);
  let count = 0;
  for (const text of texts) {
    const ranges = matchRanges(text.data, query);
    // Right to left, so earlier offsets stay valid while the node is split.
    for (const [start, end] of [...ranges].reverse()) {
      const matched = text.splitText(start);
      matched.splitText(end - start);
      const mark = document.createElement("mark");
      mark.className = MARK_CLASS;
      matched.replaceWith(mark);
      mark.append(matched);
      count += 1;
    }
  }
  return count;
}

export function enhanceFilter(root: HTMLElement, onChange: () => void): { clear(): void } {
  const input = root.querySelector<HTMLInputElement>("[data-faq-filter]");
  const status = root.querySelector<HTMLElement>("[data-faq-status]");
  const empty = root.querySelector<HTMLElement>("[data-faq-empty]");
  const sections = [...root.querySelectorAll<HTMLElement>("[data-faq-section]")].map((section) => {
    const heading = section.querySelector("h2");
    const items = faqItems(section).map((item) => {
      const parts = searchableParts(item);
      return { item, parts, text: normaliseForSearch(parts.map((p) => p.textContent).join(" ")) };
    });
    return { section, heading, title: normaliseForSearch(heading?.textContent ?? ""), items };
  });
  const total = sections.reduce((n, s) => n + s.items.length, 0);
  // Questions the filter opened, so clearing it closes them again and leaves the reader's own choices alone.
  const openedByFilter = new Set<HTMLDetailsElement>();
  let statusTimer: ReturnType<typeof setTimeout> | undefined;

  const apply = (): void => {
    const query = input?.value ?? "";
    const active = normaliseForSearch(query) !== "";
    let shown = 0;
    for (const { section, heading, title, items } of sections) {
      let shownHere = 0;
      if (heading) clearMarks(heading);
      for (const { item, parts, text } of items) {
        for (const part of parts) clearMarks(part);
        const match = matchesQuery(`${text} ${title}`, query);
        item.hidden = !match;
        if (!match) {
          if (openedByFilter.has(item)) {
            item.open = false;
            openedByFilter.delete(item);
          }
          continue;
        }
        shownHere += 1;
        const marked = active ? parts.reduce((n, part) => n + markMatches(part, query), 0) : 0;
        if (marked > 0 && !item.open) {
          item.open = true;
          openedByFilter.add(item);
        } else if (marked === 0 && openedByFilter.has(item)) {
          // Opened for an earlier query that no longer marks anything in it.
          item.open = false;
          openedByFilter.delete(item);
        }
      }
      if (active && heading && shownHere > 0) markMatches(heading, query);
      section.hidden = shownHere === 0;
      const id = section.dataset["faqSection"] ?? "";
      const tocEntry = root.querySelector<HTMLElement>(`[data-faq-toc="${id}"]`);
      if (tocEntry) tocEntry.hidden = shownHere === 0;
      const count = root.querySelector<HTMLElement>(`[data-faq-count="${id}"]`);
      if (count) count.textContent = active ? `(${shownHere} of ${items.length})` : `(${items.length})`;
      shown += shownHere;
    }
    if (!active) {
      for (const item of openedByFilter) item.open = false;
      openedByFilter.clear();
    }
    if (empty) empty.hidden = shown > 0;
    // Wait for a pause in typing, so a screen reader reads one count, not one per keystroke.
    clearTimeout(statusTimer);
    statusTimer = setTimeout(() => {
      if (status) status.textContent = filterStatus(query, shown, total);
    }, 300);
    onChange();
  };

  /** The filter lives in the address (`/faq/?q=…`), so a filtered list can be shared and bookmarked. */
  const remember = (): void => {
    const url = new URL(location.href);
    const query = input?.value ?? "";
    if (query.trim() === "") url.searchParams.delete(FILTER_PARAM);
    else url.searchParams.set(FILTER_PARAM, query);
    if (url.href !== location.href) history.replaceState(history.state, "", url);
  };

  input?.addEventListener("input", () => {
    apply();
    remember();
  });
  // A filter from the address, or restored by the browser on Back, must be applied again.
  const fromAddress = new URL(location.href).searchParams.get(FILTER_PARAM);
  if (input && input.value === "" && fromAddress) input.value = fromAddress;
  if (input && input.value !== "") apply();
  return {
    clear() {
      if (input && input.value !== "") {
        input.value = "";
        apply();
        remember();
      }
    },
  };
}
