import { describe, expect, it } from "vitest";
import { countries, OUTCOMES, periodTotals } from "../../src/data/aggregate.ts";
import { type Dataset, datasetOf } from "../../src/data/dataset.ts";
import { countriesInAnySection } from "../../src/data/sections-aggregate.ts";
import { OUTCOME_COLOURS } from "../../src/registry/outcomes.ts";
import { loadDataset } from "../../src/data/load.ts";
import { cardSvg, cardTree } from "../../src/previews/card.ts";
import { dejaVu } from "../../src/previews/fonts.ts";
import { hasText, outlineText, textOutline } from "../../src/previews/outline.ts";
import { toHtml } from "../../src/render/tree.ts";
import { previewCards, previewNameForPath } from "../../src/previews/previews.ts";
import { renderCardPng } from "../../src/previews/render.ts";

const dataset = loadDataset({ dataDir: "data", today: new Date("2026-11-24T00:00:00Z") });
const cards = previewCards(dataset);

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe("link-preview images", () => {
  it("are bounded: the overview, one per period and one per country in any section", () => {
    expect(cards).toHaveLength(1 + dataset.periods.length + countriesInAnySection(dataset).size);
    expect(new Set(cards.map((c) => c.name)).size).toBe(cards.length);
  });

  it("show the right figures for a period", () => {
    const h1 = dataset.periods.find((p) => p.period.year === 2026 && p.period.half === 1)!;
    const card = cards.find((c) => c.name === "period-2026-h1")!;
    const requests = periodTotals(h1).requests;
    expect(card.content.totals?.requests).toBe(requests);
    const svg = cardSvg(card.content);
    expect(svg).toContain(`${requests.toLocaleString("en")} requests`);
    expect(svg).toContain("January–June 2026");
    expect(card.alt).toContain(`${requests.toLocaleString("en")} requests`);
  });

  it("show a country's totals over every period, and say so, since every one of its pages shares the card", () => {
    const germany = countries(dataset).find((c) => c.code === "DE")!;
    const card = cards.find((c) => c.name === "country-de")!;
    expect(card.content.heading).toBe("Germany");
    expect(card.content.totals?.requests).toBe(germany.allTime.requests);
    expect(germany.allTime.requests).toBeGreaterThan(germany.lastRow.requests);
    expect(card.content.period).toBe("All periods, Jan–Jun 2013 to Jan–Jun 2026");
    const svg = cardSvg(card.content);
    expect(svg).toContain(`${germany.allTime.requests.toLocaleString("en")} requests`);
    // Never one period's figures, such as the latest's, which the 2019-H2 page would misstate.
    expect(svg).not.toContain("Latest");
    expect(card.alt).toContain("all periods from January–June 2013 to January–June 2026");
  });

  it("give a country only in another section a card of its own, without law-enforcement figures", () => {
    const only: Dataset = {
      ...dataset,
      sections: dataset.sections.map((s) =>
        s.id === "emergency"
          ? {
              ...s,
              periods: s.periods.map((p, i) =>
                i === 0 ? { ...p, rows: [...p.rows, { ...p.rows[0]!, countryCode: "GL", country: "Greenland" }] } : p,
              ),
            }
          : s,
      ),
    };
    expect(countries(only).some((c) => c.code === "GL")).toBe(false);
    expect(previewNameForPath(only, "/countries/gl/2013-h1/")).toBe("country-gl");
    const card = previewCards(only).find((c) => c.name === "country-gl")!;
    expect(card.content.totals).toBeNull();
    const svg = cardSvg(card.content);
    expect(svg).toContain("Greenland");
    expect(svg).toContain("Not in the law-enforcement report");
    expect(svg).not.toMatch(/\d requests/);
  });

  it("carry the light palette themselves, since a card is rasterised without the site's stylesheet", () => {
    const svg = cardSvg(cards[0]!.content);
    for (const outcome of OUTCOMES) {
      expect(svg).toContain(`.paint-${outcome}{fill:${OUTCOME_COLOURS[outcome]}}`);
    }
    expect(svg).not.toMatch(/var\(--/);
  });

  it("render to a 1200 × 630 PNG that is identical byte for byte each time", () => {
    const card = cards.find((c) => c.name === "overview")!;
    const first = renderCardPng(card.content);
    const second = renderCardPng(card.content);
    expect([...first.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(pngSize(first)).toEqual({ width: 1200, height: 630 });
    expect(Buffer.compare(Buffer.from(first), Buffer.from(second))).toBe(0);
    // A different card gives different pixels, so the comparison above is not comparing constants.
    const other = renderCardPng(cards.find((c) => c.name === "country-de")!.content);
    expect(Buffer.compare(Buffer.from(first), Buffer.from(other))).not.toBe(0);
  });

  it("give every page a card that exists, sharing the country's card on country × period pages", () => {
    const names = new Set(cards.map((c) => c.name));
    const paths = [
      "/",
      "/faq/",
      "/periods/",
      "/periods/2026-h1/",
      "/countries/de/",
      "/countries/de/2020-h2/",
      "/periods/2001-h1/",
      "/countries/zz/",
    ];
    const chosen = paths.map((path) => previewNameForPath(dataset, path));
    expect(chosen).toEqual([
      "overview",
      "overview",
      "overview",
      "period-2026-h1",
      "country-de",
      "country-de",
      "overview",
      "overview",
    ]);
    for (const name of chosen) expect(names).toContain(name);
  });
});

describe("a card's text, outlined for the PNG", () => {
  const card = cards.find((c) => c.name === "country-de")!;

  it("becomes paths in the text's colour, with no text left for the renderer", () => {
    const tree = cardTree(card.content);
    const texts = toHtml(tree).match(/<text/g)?.length ?? 0;
    expect(texts).toBeGreaterThan(5);
    const outlined = outlineText(tree);
    const svg = toHtml(outlined);
    expect(svg).not.toContain("<text");
    expect(hasText(outlined)).toBe(false);
    // One path per text element, each filled as its text was.
    expect(svg.match(/<path d="M/g)).toHaveLength(texts);
    expect(svg).toContain(`fill="#555555"`);
  });

  it("sets the glyphs where the font's advances put them", () => {
    const font = dejaVu().regular;
    const d = textOutline(font, "II", 100, 200, 50);
    const xs = [...d.matchAll(/[ML]([\d.]+) [\d.]+/g)].map((m) => Number(m[1]));
    const advance = (font.layout("I").positions[0]!.xAdvance * 50) / font.unitsPerEm;
    // The second I starts one advance to the right of the first.
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(100);
    expect(Math.max(...xs)).toBeGreaterThan(100 + advance);
    expect(Math.max(...xs)).toBeLessThan(100 + 2 * advance);
  });

  it("leaves right-to-left text to the renderer, which still draws it", () => {
    const rtl = { ...card.content, heading: "مصر" };
    const outlined = outlineText(cardTree(rtl));
    expect(hasText(outlined)).toBe(true);
    expect(toHtml(outlined)).toContain(">مصر</text>");
    const png = renderCardPng(rtl);
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect(Buffer.compare(Buffer.from(png), Buffer.from(renderCardPng({ ...rtl, heading: "" })))).not.toBe(0);
  });
});

describe("preview alt text", () => {
  it("puts a single request in the singular", () => {
    const site = { organisation: "Org", title: "Report", siteUrl: "https://example.com", language: "en" };
    const row = {
      countryCode: "IS",
      country: "Iceland",
      requests: 1,
      accounts: 1,
      content: 0,
      nonContent: 1,
      noData: 0,
      rejected: 0,
      line: 2,
    };
    const dataset = datasetOf(site, [{ period: { year: 2020, half: 2 }, rows: [row], source: "requests/2020-H2.csv" }]);
    const alts = previewCards(dataset).map((card) => card.alt);
    expect(alts).toContain("Worldwide, July–December 2020: 1 request, with what happened to it as a bar chart.");
    expect(alts.join(" ")).not.toMatch(/\b1 requests\b/);
  });
});
