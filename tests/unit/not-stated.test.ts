import { experimental_AstroContainer as AstroContainer } from "astro/container";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Dataset } from "../../src/data/dataset.ts";
import { loadDataset } from "../../src/data/load.ts";
import { feedItems } from "../../src/publication/feed.ts";

/**
 * Dates and statements the publisher never gave are said to be not stated, never made up: a feed entry without a
 * release date has no date, and no corrections file is not "no corrections".
 */
let dataset: Dataset;
vi.mock("../../src/lib/report.ts", () => ({
  getDataset: () => Promise.resolve(dataset),
  getCountries: () => Promise.resolve([]),
}));

const TODAY = new Date("2026-11-24T00:00:00Z");
const sample = loadDataset({ dataDir: "data", today: TODAY });
/** The chart fixture has requests/ only: no releases.csv, no corrections.csv. */
const bare = loadDataset({ dataDir: "tests/fixtures/charts", today: TODAY });

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

async function correctionsPage(data: Dataset): Promise<string> {
  dataset = data;
  vi.resetModules();
  const page = (await import("../../src/pages/corrections/index.astro")) as {
    default: Parameters<AstroContainer["renderToString"]>[0];
  };
  return container.renderToString(page.default);
}

describe("the corrections page", () => {
  it("says the corrections are not stated when there is no corrections.csv", async () => {
    expect(bare.corrections).toBeUndefined();
    const html = await correctionsPage(bare);
    expect(html).toContain("data-corrections-not-stated");
    expect(html).not.toContain("No figures have been corrected");
  });

  it("says nothing was corrected only when corrections.csv lists nothing", async () => {
    const html = await correctionsPage({ ...bare, corrections: [] });
    expect(html).toContain("No figures have been corrected since they were published.");
    expect(html).not.toContain("data-corrections-not-stated");
  });

  it("lists the corrections of the sample", async () => {
    const html = await correctionsPage(sample);
    expect(html).toContain('id="correction-2026-09-12-2026-h1-br"');
    expect(html).not.toContain("data-corrections-not-stated");
  });
});

describe("the feed", () => {
  const site = new URL("https://transparency.example.com");

  it("gives a period without a release date no date, and says so", () => {
    const items = feedItems(bare, site);
    expect(items).toHaveLength(bare.periods.length);
    for (const item of items) {
      expect(item.pubDate).toBeUndefined();
      expect(item.description).toMatch(/^Publication date not stated: requests received from \d+ countries/);
    }
  });

  it("dates each period by releases.csv and each correction by its day, newest first", () => {
    const items = feedItems(sample, site);
    const latest = items.find((i) => i.link === "https://transparency.example.com/periods/2026-h1/");
    expect(latest?.pubDate?.toISOString()).toBe("2026-08-07T00:00:00.000Z");
    expect(items[0]?.link).toBe("https://transparency.example.com/corrections/#correction-2026-09-12-2026-h1-br");
    expect(items.every((i) => i.pubDate instanceof Date)).toBe(true);
  });
});
