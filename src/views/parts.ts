/** Small pieces every view shares: the pager, the download links, isolated names and the absent-row notice. */
import { urls } from "../lib/urls.ts";
import { type Child, type El, h } from "../render/tree.ts";

export function pager(prev: { href: string; label: string } | null, next: { href: string; label: string } | null): El {
  return h(
    "nav",
    { class: "pager", "aria-label": "Periods" },
    prev ? h("a", { href: prev.href, rel: "prev" }, `← ${prev.label}`) : h("span", {}),
    next ? h("a", { href: next.href, rel: "next" }, `${next.label} →`) : h("span", {}),
  );
}

/** A line of download links, so every view leads to the files behind it; one link per line on a phone. */
export function downloads(links: readonly { href: string; label: Child }[]): El {
  return h(
    "div",
    { class: "view-downloads no-print" },
    h("span", { class: "view-downloads-title" }, "Download"),
    h(
      "ul",
      {},
      links.map((l) => h("li", {}, h("a", { href: l.href }, l.label))),
    ),
  );
}

/** A country's name in HTML: isolated, so a right-to-left name cannot reorder the words around it. */
export function name(text: string): El {
  return h("bdi", {}, text);
}

/** A country × period with no row: said in words, with no figures, no change and no breakdown (never zeros). */
export function absentNotice(country: string, long: string): El {
  return h(
    "div",
    { class: "notice", role: "note", "data-absent": "" },
    h("p", {}, name(country), ` is not in the report for ${long}.`),
    h(
      "p",
      {},
      "The report has no row for it in this period, which is not the same as 0 requests. ",
      h("a", { href: `${urls.definitions}#absent-countries` }, "How periods without a row are treated"),
      ".",
    ),
  );
}
