import { experimental_AstroContainer as AstroContainer } from "astro/container";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { BANDS_ANCHOR } from "../../src/charts/ranges.ts";
import { SMALL_BASE } from "../../src/data/aggregate.ts";
import type { Dataset } from "../../src/data/dataset.ts";
import { loadDataset } from "../../src/data/load.ts";
import { SECTION_IDS, SECTIONS } from "../../src/data/sections.ts";
import { DEFINITION_ANCHORS } from "../../src/registry/outcomes.ts";

/**
 * The definitions page rendered from its source (Astro's container API), with the dataset each test chooses in
 * place of the build's content collection. Legends, headline figures and the FAQ link to its anchors.
 */
let dataset: Dataset;
vi.mock("../../src/lib/report.ts", () => ({
  getDataset: () => Promise.resolve(dataset),
  getCountries: () => Promise.resolve([]),
}));

const sample = loadDataset({ dataDir: "data" });
/** The chart fixture has only data/requests/: no other section. */
const requestsOnly = loadDataset({ dataDir: "tests/fixtures/charts" });

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

async function render(data: Dataset): Promise<string> {
  dataset = data;
  // A fresh module per dataset: the page reads the dataset when it renders.
  vi.resetModules();
  // eslint cannot type an .astro import; the container's own parameter type says what it is.
  const page = (await import("../../src/pages/definitions.astro")) as {
    default: Parameters<AstroContainer["renderToString"]>[0];
  };
  const Page = page.default;
  return container.renderToString(Page);
}

function ids(html: string): string[] {
  return [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] ?? "");
}

/** The element with an id, up to the end of its section (entries are <section> elements with no nested section). */
function entry(html: string, id: string): string {
  const start = html.indexOf(`id="${id}"`);
  return start < 0 ? "" : html.slice(start, html.indexOf("</section>", start));
}

describe("the definitions page", () => {
  it("has an entry for every report section in the registry, under its definitionsAnchor", async () => {
    const html = await render(sample);
    for (const s of SECTIONS) {
      expect(ids(html), s.definitionsAnchor).toContain(s.definitionsAnchor);
      expect(entry(html, s.definitionsAnchor)).toContain(`>${s.label}</h3>`);
      expect(entry(html, s.definitionsAnchor)).toContain(s.description);
    }
    expect(SECTIONS.map((s) => s.definitionsAnchor)).toEqual(SECTION_IDS.map((id) => `def-${id}`));
  });

  it("has the anchor the range chart's legend links to, and says what a band is", async () => {
    const html = await render(sample);
    expect(ids(html)).toContain(BANDS_ANCHOR);
    expect(entry(html, BANDS_ANCHOR)).toContain("0–499");
    expect(entry(html, BANDS_ANCHOR)).toContain("100, 250, 500 or 1,000");
  });

  it("explains the small-base note, with the threshold the views use", async () => {
    const html = await render(sample);
    expect(ids(html)).toContain("small-base");
    expect(entry(html, "small-base")).toContain(`fewer than ${SMALL_BASE} requests`);
  });

  it("has every anchor the outcome legends and headline figures link to", async () => {
    const html = await render(sample);
    for (const id of Object.values(DEFINITION_ANCHORS)) expect(ids(html), id).toContain(id);
  });

  it("gives no two elements one id, and every in-page link lands", async () => {
    const html = await render(sample);
    const all = ids(html);
    expect(all.filter((id, i) => all.indexOf(id) !== i)).toEqual([]);
    const targets = [...html.matchAll(/href="#([^"]+)"/g)].map((m) => m[1] ?? "");
    expect(targets.length).toBeGreaterThan(10);
    expect(targets.filter((t) => !all.includes(t))).toEqual([]);
  });

  it("links each section the report holds to its figures on the overview", async () => {
    const html = await render(sample);
    expect(sample.sections.map((s) => s.id)).toEqual(SECTION_IDS);
    for (const s of SECTIONS) expect(entry(html, s.definitionsAnchor)).toContain(`href="/#${s.id}"`);
  });

  it("still defines sections a report does not hold, says it holds none, and links nowhere", async () => {
    const html = await render(requestsOnly);
    expect(requestsOnly.sections.map((s) => s.id)).toEqual(["law-enforcement"]);
    for (const s of SECTIONS) expect(ids(html), s.definitionsAnchor).toContain(s.definitionsAnchor);
    expect(entry(html, "def-law-enforcement")).toContain('href="/#law-enforcement"');
    for (const id of ["emergency", "civil", "national-security"] as const) {
      expect(entry(html, `def-${id}`)).not.toContain(`href="/#${id}"`);
      expect(entry(html, `def-${id}`)).toContain("This report holds no figures of this kind.");
    }
  });

  it("uses the labels site.json gives the sections", async () => {
    const relabelled: Dataset = {
      ...sample,
      site: {
        ...sample.site,
        sections: {
          "law-enforcement": { label: "Government requests", shortLabel: undefined, description: undefined },
        },
      },
    };
    const html = await render(relabelled);
    expect(entry(html, "def-law-enforcement")).toContain(">Government requests</h3>");
    expect(html).not.toContain(">Law enforcement requests</h3>");
  });
});
