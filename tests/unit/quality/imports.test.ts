import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Imports in src/ run one way: each layer may import from the layers before it, and a folder of a layer
 * only from itself. Listed explicitly, lowest first; the longest matching prefix places a file. A file
 * that no prefix places fails the test, so a new folder has to be given its place here.
 */
const LAYERS: readonly (readonly string[])[] = [
  // Pure data: loading, validating, aggregating, formatting; the FAQ's schema; where the data folder is.
  ["src/data/", "src/content/schemas/", "src/lib/data-dir.ts"],
  // Vocabulary and shapes shared by everything above: registries, payload types, the element tree, helpers.
  ["src/registry/", "src/render/", "src/lib/"],
  // Release dates and corrections as the site words and links them.
  ["src/publication/"],
  ["src/payloads/"],
  ["src/charts/"],
  // Link-preview cards, drawn from the chart layouts.
  ["src/previews/"],
  // Views draw charts; downloads sit beside the views and import neither them nor the pages.
  ["src/views/", "src/downloads/"],
  // Custom elements that enhance the server-rendered HTML; the build's own integrations.
  ["src/client/", "src/integrations/"],
  // Astro components and the page frame, which bundle the custom elements they need.
  ["src/components/", "src/layouts/"],
  // Feature folders (GOV.UK Frontend style) keep a feature's template, elements, styles and tests together;
  // their templates sit in the page frame.
  ["src/features/"],
  // Routes and endpoints, and Astro's content configuration.
  ["src/pages/", "src/content.config.ts", "src/described/"],
];

type Graph = Map<string, string[]>;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|astro|mjs)$/.test(entry.name) ? [path] : [];
  });
}

/** Relative specifiers of static imports, re-exports, side-effect imports and dynamic imports. */
export function specifiers(code: string): string[] {
  const withoutComments = code.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
  const found = [
    ...withoutComments.matchAll(/\bfrom\s*["']([^"']+)["']/g),
    ...withoutComments.matchAll(/\bimport\s*["']([^"']+)["']/g),
    ...withoutComments.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g),
  ].map((m) => m[1] ?? "");
  return found.filter((s) => s.startsWith("."));
}

function importGraph(root: string): Graph {
  const graph: Graph = new Map();
  for (const file of sourceFiles(join(root, "src"))) {
    const from = relative(root, file);
    const targets = specifiers(readFileSync(file, "utf8"))
      .map((s) => relative(root, join(dirname(file), s)))
      .filter((to) => /\.(ts|astro|mjs)$/.test(to));
    graph.set(from, [...new Set(targets)]);
  }
  return graph;
}

/** The layer and the folder (the matching prefix) of a file, or undefined when no prefix places it. */
function placeOf(file: string): { layer: number; unit: string } | undefined {
  let best: { layer: number; unit: string } | undefined;
  LAYERS.forEach((prefixes, layer) => {
    for (const unit of prefixes) {
      if (file.startsWith(unit) && unit.length > (best?.unit.length ?? -1)) best = { layer, unit };
    }
  });
  return best;
}

/** Imports that go up or sideways between folders: "from -> to". */
export function againstOrder(graph: Graph): string[] {
  const bad: string[] = [];
  for (const [from, targets] of graph) {
    const a = placeOf(from);
    for (const to of targets) {
      const b = placeOf(to);
      if (!a || !b) continue;
      if (b.layer < a.layer || b.unit === a.unit) continue;
      bad.push(`${from} -> ${to}`);
    }
  }
  return bad;
}

/** Strongly connected components with more than one file, or a file importing itself (Tarjan). */
export function circles(graph: Graph): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) ?? 0, low.get(w) ?? 0));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) ?? 0, index.get(w) ?? 0));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string | undefined;
      do {
        w = stack.pop();
        if (w === undefined) break;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

describe("the checks themselves", () => {
  it("find every kind of import", () => {
    const code = `import a from "./a.ts";\nimport type { B } from "../b.ts";\nexport { c } from "./c.ts";\nimport "./d.css";\nconst e = await import("./e.ts");\n// import x from "./commented.ts";\nimport z from "zod";`;
    expect(specifiers(code)).toEqual(["./a.ts", "../b.ts", "./c.ts", "./d.css", "./e.ts"]);
  });

  it("find a circle and an import against the order", () => {
    const graph: Graph = new Map([
      ["src/views/a.ts", ["src/views/b.ts"]],
      ["src/views/b.ts", ["src/views/a.ts", "src/data/x.ts"]],
      ["src/charts/c.ts", ["src/views/a.ts"]],
      ["src/downloads/d.ts", ["src/views/a.ts", "src/charts/c.ts"]],
      ["src/data/x.ts", []],
    ]);
    expect(circles(graph)).toEqual([["src/views/a.ts", "src/views/b.ts"]]);
    expect(againstOrder(graph)).toEqual(["src/charts/c.ts -> src/views/a.ts", "src/downloads/d.ts -> src/views/a.ts"]);
  });
});

describe("imports in src/", () => {
  const graph = importGraph(process.cwd());

  it("are all read (a known import is found)", () => {
    expect(graph.size).toBeGreaterThan(50);
    expect(graph.get("src/views/charts.ts")).toContain("src/charts/map.ts");
  });

  it("place every file in a layer", () => {
    expect([...graph.keys()].filter((f) => !placeOf(f))).toEqual([]);
  });

  it("run one way: data, vocabulary, charts, views and downloads, client, components, pages", () => {
    expect(againstOrder(graph)).toEqual([]);
  });

  it("form no circle between files", () => {
    expect(circles(graph)).toEqual([]);
  });

  it("never reach into the pages folder: pages are routes, not modules", () => {
    const intoPages = [...graph].flatMap(([from, targets]) =>
      targets.filter((to) => to.startsWith("src/pages/")).map((to) => `${from} -> ${to}`),
    );
    expect(intoPages).toEqual([]);
  });

  it("keep the country list out of the browser: nothing src/lib/urls.ts reaches imports src/data/countries.ts", () => {
    // Every page's first-load script imports urls.ts; the country list (i18n-iso-countries) is tens of kB.
    const reached = new Set<string>();
    const visit = (file: string) => {
      if (reached.has(file)) return;
      reached.add(file);
      for (const to of graph.get(file) ?? []) visit(to);
    };
    visit("src/lib/urls.ts");
    expect(reached.size).toBeGreaterThan(3);
    expect(reached.has("src/data/countries.ts")).toBe(false);
  });
});
