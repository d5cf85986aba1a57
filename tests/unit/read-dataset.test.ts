import { describe, expect, it, vi } from "vitest";
import { DataValidationError } from "../../src/data/issues.ts";
import { loadDataset } from "../../src/data/load.ts";
import { periodSlug } from "../../src/data/period.ts";
import { readDataset } from "../../src/lib/report.ts";
import { lastModifiedByPath } from "../../src/publication/lastmod.ts";

describe("the dataset every page reads", () => {
  it("stops the build with every issue instead of building empty pages", async () => {
    const read = readDataset("tests/fixtures/data/cli-bad");
    await expect(read).rejects.toBeInstanceOf(DataValidationError);
    await expect(read).rejects.toThrow(/2019-H2\.csv:5:content: "-3" is negative/);
  });

  it("is the validated dataset, sections and publication record included", async () => {
    const read = await readDataset("data");
    expect(read).toEqual(loadDataset({ dataDir: "data" }));
    // The real data has every part the pages show, so the comparison above is not between empty sets.
    expect(read.sections.length).toBeGreaterThan(1);
    expect(read.releases?.length).toBe(read.periods.length);
    expect(read.corrections?.length).toBeGreaterThan(0);
  });
});

describe("one dataset per folder per build", () => {
  it("is shared by separate copies of the module, as Astro's page and config bundles hold", async () => {
    const first = await import("../../src/lib/report.ts");
    vi.resetModules();
    const second = await import("../../src/lib/report.ts");
    // Two module instances, as in a build: the registry on globalThis is what they share.
    expect(second).not.toBe(first);
    expect(second.sharedDataset("data")).toBe(first.sharedDataset("./data/"));
    expect(await second.sharedDataset("data")).toEqual(loadDataset({ dataDir: "data" }));
  });

  it("gives the sitemap the dates of the dataset the pages read, without reading the folder again", async () => {
    vi.resetModules();
    const loads = vi.fn(loadDataset);
    vi.doMock("../../src/data/load.ts", () => ({ loadDataset: loads }));
    const { sharedDataset } = await import("../../src/lib/report.ts");
    const { sitemapLastmod } = await import("../../src/integrations/sitemap-lastmod.ts");
    const dataset = await sharedDataset("data");
    const before = loads.mock.calls.length;
    const serialize = sitemapLastmod("data");
    const expected = lastModifiedByPath(dataset);
    const path = `/periods/${periodSlug(dataset.periods[0]?.period ?? { year: 2013, half: 1 })}/`;
    const item = await serialize({ url: `https://example.org${path}` });
    const faq = await serialize({ url: "https://example.org/faq/" });
    expect(loads.mock.calls.length).toBe(before);
    expect(expected.get(path)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(item.lastmod).toBe(expected.get(path));
    expect(faq.lastmod).toBe(expected.get("/faq/"));
    vi.doUnmock("../../src/data/load.ts");
  });
});
