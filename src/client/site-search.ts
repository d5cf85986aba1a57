/**
 * `<site-search>`: runs the query in the page's address (`/search/?q=…`) or typed
 * into its form against the Pagefind index in `/pagefind/`. Pagefind's script is
 * imported only here, on first search, so no other page pays for it.
 */

interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}
interface PagefindData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results: PagefindSubResult[];
}
interface Pagefind {
  search(query: string): Promise<{ results: { data(): Promise<PagefindData> }[] }>;
}

const PAGEFIND_URL = "/pagefind/pagefind.js";
const SHOWN = 10;
let loaded: Promise<Pagefind> | undefined;

/** Loaded from the built site, so the bundler must leave the address alone. */
function pagefind(): Promise<Pagefind> {
  loaded ??= import(/* @vite-ignore */ PAGEFIND_URL) as Promise<Pagefind>;
  return loaded;
}

/** Pagefind's excerpt is HTML with <mark> around matches; keep the marks and only the text of anything else. */
function excerptNodes(html: string): Node[] {
  const body = new DOMParser().parseFromString(html, "text/html").body;
  return [...body.childNodes].map((node) => {
    if (node.nodeName !== "MARK") return document.createTextNode(node.textContent ?? "");
    const mark = document.createElement("mark");
    mark.textContent = node.textContent ?? "";
    return mark;
  });
}

function resultItem(data: PagefindData): HTMLLIElement {
  const item = document.createElement("li");
  const link = document.createElement("a");
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  const excerpt = document.createElement("p");
  excerpt.append(...excerptNodes(data.excerpt));
  item.append(link, excerpt);
  // Answers on long pages (the FAQ) are listed by their own heading, so a reader lands on the right one.
  const subs = data.sub_results.filter((s) => s.url !== data.url).slice(0, 3);
  if (subs.length > 0) {
    const list = document.createElement("ul");
    for (const sub of subs) {
      const li = document.createElement("li");
      const a = document.createElement("a");
      a.href = sub.url;
      a.textContent = sub.title;
      li.append(a);
      list.append(li);
    }
    item.append(list);
  }
  return item;
}

class SiteSearch extends HTMLElement {
  connectedCallback(): void {
    const form = this.querySelector("form");
    const input = this.querySelector<HTMLInputElement>("input[name=q]");
    const status = this.querySelector<HTMLElement>("[data-search-status]");
    const list = this.querySelector<HTMLOListElement>("[data-search-results]");
    const more = this.querySelector<HTMLButtonElement>("[data-search-more]");
    if (!form || !input || !status || !list || !more) return;
    // Search runs here, so the note for readers without JavaScript would only mislead.
    for (const note of document.querySelectorAll("[data-search-no-js]")) note.remove();
    let latest = 0;
    let pending: { data(): Promise<PagefindData> }[] = [];
    let total = 0;
    let query = "";
    const say = (): void => {
      const shown = list.children.length;
      status.textContent =
        total === 0
          ? `Nothing matches “${query}”.`
          : `${total} ${total === 1 ? "page matches" : "pages match"} “${query}”` +
            (shown < total ? `; ${shown} are shown.` : ".");
      more.hidden = pending.length === 0;
      more.textContent = `Show ${Math.min(SHOWN, pending.length)} more`;
    };
    /** The next results, appended; focus moves to the first new one, so a keyboard reader carries on from there. */
    const showMore = async (ticket: number, focus: boolean): Promise<void> => {
      const next = pending.slice(0, SHOWN);
      pending = pending.slice(SHOWN);
      const data = await Promise.all(next.map((r) => r.data()));
      if (ticket !== latest) return;
      const items = data.map(resultItem);
      list.append(...items);
      say();
      if (focus) items[0]?.querySelector("a")?.focus();
    };
    const run = async (text: string): Promise<void> => {
      const ticket = ++latest;
      list.replaceChildren();
      more.hidden = true;
      query = text;
      if (text.trim() === "") {
        status.textContent = "";
        return;
      }
      status.textContent = "Searching…";
      try {
        const { results } = await (await pagefind()).search(text);
        if (ticket !== latest) return;
        pending = results;
        total = results.length;
        await showMore(ticket, false);
      } catch {
        if (ticket === latest) status.textContent = "Search could not load. Use the links below instead.";
      }
    };
    more.addEventListener("click", () => {
      void showMore(latest, true);
    });
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const url = new URL(location.href);
      url.searchParams.set("q", input.value);
      history.replaceState(null, "", url);
      void run(input.value);
    });
    const initial = new URL(location.href).searchParams.get("q") ?? "";
    input.value = initial;
    if (initial !== "") void run(initial);
  }
}

customElements.define("site-search", SiteSearch);
