/**
 * A tiny element tree that renders to an HTML string at build time and to DOM
 * nodes in the browser. Views and charts are written once against it, so the
 * page a reader gets without JavaScript and the view a filter draws in place
 * come from the same code.
 */
export type Attr = string | number | boolean | null | undefined;

export interface El {
  tag: string;
  attrs: Record<string, Attr>;
  children: Child[];
}

export type Child = El | string | number | null | undefined | false | Child[];

export function h(tag: string, attrs: Record<string, Attr> = {}, ...children: Child[]): El {
  return { tag, attrs, children };
}

const VOID = new Set(["area", "br", "col", "hr", "img", "input", "link", "meta", "source", "wbr"]);
const SVG_NS = "http://www.w3.org/2000/svg";

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function flat(children: readonly Child[]): (El | string)[] {
  const out: (El | string)[] = [];
  for (const c of children) {
    if (Array.isArray(c)) out.push(...flat(c));
    else if (typeof c === "number") out.push(String(c));
    else if (c !== null && c !== undefined && c !== false) out.push(c);
  }
  return out;
}

/** Serialises a tree. Every text and attribute value is escaped; there is no raw-HTML escape hatch. */
export function toHtml(node: Child): string {
  if (Array.isArray(node)) return node.map(toHtml).join("");
  if (node === null || node === undefined || node === false) return "";
  if (typeof node === "string" || typeof node === "number") return escapeHtml(String(node));
  let attrs = "";
  for (const [name, value] of Object.entries(node.attrs)) {
    if (value === false || value === null || value === undefined) continue;
    attrs += value === true ? ` ${name}` : ` ${name}="${escapeHtml(String(value))}"`;
  }
  if (VOID.has(node.tag)) return `<${node.tag}${attrs}>`;
  return `<${node.tag}${attrs}>${flat(node.children).map(toHtml).join("")}</${node.tag}>`;
}

/** Builds DOM nodes in the browser. Elements inside `<svg>` get the SVG namespace. */
export function toDom(node: El | string, doc: Document = document, inSvg = false): Node {
  if (typeof node === "string") return doc.createTextNode(node);
  const svg = inSvg || node.tag === "svg";
  const el = svg ? doc.createElementNS(SVG_NS, node.tag) : doc.createElement(node.tag);
  for (const [name, value] of Object.entries(node.attrs)) {
    if (value === false || value === null || value === undefined) continue;
    el.setAttribute(name, value === true ? "" : String(value));
  }
  for (const child of flat(node.children)) el.appendChild(toDom(child, doc, svg));
  return el;
}
