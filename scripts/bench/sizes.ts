/**
 * Per page type: median and maximum gzip bytes of the HTML, of the JavaScript a page loads at first load
 * (its module scripts and everything they import statically; dynamic imports load later, on first use)
 * and of its CSS. Budgets: at most 15 kB gzip of JavaScript and 30 kB gzip of HTML on every page.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, posix } from "node:path";
import { gzipSync } from "node:zlib";
import { init, parse, type Import } from "es-module-lexer";
import { Parser } from "htmlparser2";
import { failures, int, kB, median, table } from "./report.ts";

export const BUDGET_JS = 15_000;
export const BUDGET_HTML = 30_000;

interface PageSizes {
  html: number;
  js: number;
  css: number;
}

const ORDER = [
  "overview",
  "period",
  "country",
  "country × period",
  "index pages",
  "section history",
  "faq",
  "definitions",
  "downloads",
  "corrections",
  "search",
  "view (no-JS filter)",
  "404",
  "other",
];

export function pageType(file: string): string {
  const path = "/" + file.replace(/(^|\/)index\.html$/, "$1");
  if (path === "/") return "overview";
  if (path === "/404.html") return "404";
  if (path === "/periods/" || path === "/countries/") return "index pages";
  // A half-year ("2025-h2") or, in a described report, a whole year ("2022"); any other name is a section's history.
  if (/^\/periods\/\d{4}(-h[12])?\/$/.test(path)) return "period";
  if (/^\/periods\/[^/]+\/$/.test(path)) return "section history";
  if (/^\/countries\/[^/]+\/$/.test(path)) return "country";
  if (/^\/countries\/[^/]+\/[^/]+\/$/.test(path)) return "country × period";
  if (path.startsWith("/faq/")) return "faq";
  if (path.startsWith("/downloads/")) return "downloads";
  if (path === "/definitions/") return "definitions";
  if (path === "/corrections/") return "corrections";
  if (path === "/search/") return "search";
  if (path === "/view/") return "view (no-JS filter)";
  return "other";
}

/** Static imports and re-exports load with the page; dynamic imports load later, on demand. */
const loadsAtOnce = (i: Import) => i.type === "static" || i.type === "reexport-star";

/** Reads the pages' scripts, styles and the static import graph of the built JavaScript under `out`. */
class Assets {
  readonly #gzip = new Map<string, number>();
  readonly #graph = new Map<string, string[]>();
  readonly out: string;
  constructor(out: string) {
    this.out = out;
  }

  gzipOf(file: string): number {
    let size = this.#gzip.get(file);
    if (size === undefined) {
      size = gzipSync(readFileSync(join(this.out, file))).byteLength;
      this.#gzip.set(file, size);
    }
    return size;
  }

  resolve(spec: string, from: string): string | null {
    if (/^[a-z]+:/i.test(spec)) return null;
    const path = spec.startsWith("/") ? spec.slice(1) : posix.join(posix.dirname(from), spec);
    return existsSync(join(this.out, path)) ? path : null;
  }

  #staticImports(file: string): string[] {
    let deps = this.#graph.get(file);
    if (!deps) {
      const [imports] = parse(readFileSync(join(this.out, file), "utf8"));
      deps = imports
        .filter(loadsAtOnce)
        .map((i) => this.resolve(i.specifier ?? "", file))
        .filter((f): f is string => f !== null);
      this.#graph.set(file, deps);
    }
    return deps;
  }

  /** Gzip bytes of the modules `entries` load at once, each module counted once. */
  closureBytes(entries: string[]): number {
    const seen = new Set<string>();
    const stack = [...entries];
    while (stack.length > 0) {
      const f = stack.pop() ?? "";
      if (seen.has(f)) continue;
      seen.add(f);
      stack.push(...this.#staticImports(f));
    }
    return [...seen].reduce((n, f) => n + this.gzipOf(f), 0);
  }

  /** The sizes one HTML page costs at first load. */
  page(file: string): PageSizes {
    const scripts: string[] = [];
    const inline: string[] = [];
    const styles: string[] = [];
    let inScript = false;
    let text = "";
    const parser = new Parser({
      onopentag: (name, a) => {
        if (name === "script") {
          const f = a["src"] ? this.resolve(a["src"], file) : null;
          if (f) scripts.push(f);
          else if (!a["src"] && a["type"] === "module") [inScript, text] = [true, ""];
        } else if (name === "link" && a["rel"] === "stylesheet" && a["href"]) {
          const f = this.resolve(a["href"], file);
          if (f) styles.push(f);
        }
      },
      ontext: (t) => {
        if (inScript) text += t;
      },
      onclosetag: (name) => {
        if (name === "script" && inScript) {
          inScript = false;
          inline.push(text);
        }
      },
    });
    parser.write(readFileSync(join(this.out, file), "utf8"));
    parser.end();
    let inlineBytes = 0;
    for (const code of inline) {
      inlineBytes += gzipSync(code).byteLength;
      const [imports] = parse(code);
      for (const i of imports.filter(loadsAtOnce)) {
        const f = this.resolve(i.specifier ?? "", file);
        if (f) scripts.push(f);
      }
    }
    return {
      html: this.gzipOf(file),
      js: this.closureBytes(scripts) + inlineBytes,
      css: styles.reduce((n, f) => n + this.gzipOf(f), 0),
    };
  }
}

/** Measures every HTML page under `out`, prints the table per page type and records budget failures. */
export async function pageSizes(out: string, htmlFiles: string[]): Promise<Map<string, PageSizes[]>> {
  await init();
  const assets = new Assets(out);
  const byType = new Map<string, PageSizes[]>();
  for (const file of htmlFiles) {
    const sizes = assets.page(file);
    const type = pageType(file);
    byType.set(type, [...(byType.get(type) ?? []), sizes]);
    if (sizes.js > BUDGET_JS) failures.push(`JS budget: ${file} loads ${kB(sizes.js)} gzip (budget ${kB(BUDGET_JS)})`);
    if (sizes.html > BUDGET_HTML)
      failures.push(`HTML budget: ${file} is ${kB(sizes.html)} gzip (budget ${kB(BUDGET_HTML)})`);
  }
  console.log(`Sizes per page type (gzip; budgets: JS ≤ ${kB(BUDGET_JS)} at first load, HTML ≤ ${kB(BUDGET_HTML)})`);
  table([
    ["page type", "pages", "HTML median", "HTML max", "JS median", "JS max", "CSS median", "CSS max"],
    ...ORDER.filter((t) => byType.has(t)).map((t) => {
      const list = byType.get(t) ?? [];
      const col = (k: keyof PageSizes) => list.map((s) => s[k]);
      return [
        t,
        int.format(list.length),
        ...[col("html"), col("js"), col("css")].flatMap((xs) => [kB(median(xs)), kB(Math.max(...xs))]),
      ];
    }),
  ]);
  return byType;
}
