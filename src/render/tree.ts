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

const SPECIAL = /[&<>"']/;
const SPECIAL_ALL = /[&<>"']/g;

export function escapeHtml(text: string): string {
  // Most text (figures, labels, class names) has nothing to escape: testing first skips the replace.
  return SPECIAL.test(text) ? text.replace(SPECIAL_ALL, (c) => `&#${c.charCodeAt(0)};`) : text;
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
  // Every page's views pass through here. The pieces go into one flat array, joined once at the end: an array
  // per element (map/join) was the build's largest cost in its own code, and appending to one string (`+=`)
  // builds a rope whose every piece stays alive until the page is written, so a long table's pieces outlived
  // the young generation and piled up in the old one (see the build's peak memory in scripts/bench/).
  const out: string[] = [];
  write(node, out);
  return out.join("");
}

function write(node: Child, out: string[]): void {
  if (node === null || node === undefined || node === false) return;
  if (typeof node === "string") {
    out.push(escapeHtml(node));
    return;
  }
  if (typeof node === "number") {
    out.push(escapeHtml(String(node)));
    return;
  }
  if (Array.isArray(node)) {
    for (const child of node) write(child, out);
    return;
  }
  let open = `<${node.tag}`;
  const attrs = node.attrs;
  for (const name in attrs) {
    const value = attrs[name];
    if (value === false || value === null || value === undefined) continue;
    open += value === true ? ` ${name}` : ` ${name}="${escapeHtml(String(value))}"`;
  }
  out.push(`${open}>`);
  if (VOID.has(node.tag)) return;
  for (const child of node.children) write(child, out);
  out.push(`</${node.tag}>`);
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
