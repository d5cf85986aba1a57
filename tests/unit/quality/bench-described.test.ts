import { describe, expect, it } from "vitest";
import { heavyFiles, pageTemplates } from "../../../scripts/bench/described.ts";

describe("the described bench's page templates", () => {
  const built = [
    "index.html",
    "404.html",
    "definitions/index.html",
    "countries/index.html",
    "countries/us/index.html",
    "countries/ad/index.html",
    "periods/2026-h1/index.html",
    "periods/2009-h2/index.html",
    "downloads/index.html",
  ];

  it("finds one built page for each .astro route, the first in order for a dynamic one", () => {
    const pages = [
      "index.astro",
      "404.astro",
      "definitions.astro",
      "countries/index.astro",
      "countries/[code].astro",
      "periods/[period].astro",
      "downloads/index.astro",
      "downloads/[file].ts",
    ];
    expect(pageTemplates(pages, built)).toEqual([
      { name: "404", path: "/404.html" },
      { name: "countries/[code]", path: "/countries/ad/" },
      { name: "countries", path: "/countries/" },
      { name: "definitions", path: "/definitions/" },
      { name: "downloads", path: "/downloads/" },
      { name: "overview", path: "/" },
      { name: "periods/[period]", path: "/periods/2009-h2/" },
    ]);
  });

  it("takes up a route added later, and says when it has no built page", () => {
    const templates = pageTemplates(["search.astro", "periods/index.astro"], built);
    expect(templates).toEqual([
      { name: "periods", path: undefined },
      { name: "search", path: undefined },
    ]);
    expect(pageTemplates(["search.astro"], [...built, "search/index.html"])).toEqual([
      { name: "search", path: "/search/" },
    ]);
  });
});

describe("the heavy outputs a described build made", () => {
  it("counts each kind, with its largest file, and the search index as a whole", () => {
    const found = heavyFiles([
      { path: "downloads/report-2026-h1.pdf", bytes: 300 },
      { path: "downloads/report-2025-h2.pdf", bytes: 500 },
      { path: "downloads/report.xlsx", bytes: 70 },
      { path: "pagefind/pagefind.js", bytes: 10 },
      { path: "pagefind/index/en_1.pf_index", bytes: 25 },
      { path: "periods/2026-h1/index.html", bytes: 9_000 },
    ]);
    expect(found).toEqual({
      PDF: { count: 2, bytes: 500 },
      workbook: { count: 1, bytes: 70 },
      "search index": { count: 2, bytes: 35 },
    });
  });

  it("finds nothing in a build with pages alone", () => {
    expect(heavyFiles([{ path: "index.html", bytes: 1 }])).toEqual({});
  });
});
