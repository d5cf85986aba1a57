import type { Child, El } from "../../../src/render/tree.ts";
import { toHtml } from "../../../src/render/tree.ts";
import type { View } from "../../../src/views/views.ts";

/** A view's whole markup: head and body. */
export function htmlOf(view: View): string {
  return toHtml([view.head, view.body]);
}

function find(node: Child, id: string, attr = "id"): El | undefined {
  if (Array.isArray(node)) {
    for (const c of node) {
      const found = find(c, id, attr);
      if (found) return found;
    }
    return undefined;
  }
  if (node === null || node === undefined || node === false || typeof node !== "object") return undefined;
  if (node.attrs[attr] === id) return node;
  return find(node.children, id, attr);
}

/**
 * The markup holding a section's headline figures: law enforcement's open the period and country × period views
 * (a `data-lead` block in the head); every other section's, and law enforcement's history, are in the section.
 */
export function figuresOf(view: View, id: string): string {
  const lead = find(view.head, id, "data-lead");
  return lead ? toHtml(lead) : partOf(view, id);
}

/** The markup of the element with this id in the view; throws when there is none, so a test cannot pass on nothing. */
export function partOf(view: View, id: string): string {
  const el = find([view.head, view.body], id);
  if (!el) throw new Error(`the view has no element #${id}`);
  return toHtml(el);
}

/** True when the view has an element with this id. */
export function hasPart(view: View, id: string): boolean {
  return find([view.head, view.body], id) !== undefined;
}

/** Text of the first element carrying the attribute, with tags stripped. */
export function textOf(html: string, attr: string): string {
  const match = new RegExp(`<[^>]*${attr}[^>]*>(.*?)</`, "s").exec(html);
  return (match?.[1] ?? "").replace(/<[^>]+>/g, "");
}

/** Visible text of some markup: tags dropped, entities for quotes decoded. */
export function plain(html: string): string {
  return html
    .replace(/<[^>]+>/g, " ")
    .replace(/&#39;/g, "'")
    .replace(/&#34;/g, '"')
    .replace(/\s+/g, " ");
}
