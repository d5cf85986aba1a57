import { describe, expect, it } from "vitest";
import { requestsLoader } from "../../src/integrations/requests-loader.ts";
import { DataValidationError } from "../../src/data/issues.ts";

/** The part of Astro's loader context the loader uses. */
function fakeStore() {
  const entries = new Map<string, unknown>();
  return {
    entries,
    store: {
      clear: () => {
        entries.clear();
      },
      set: ({ id, data }: { id: string; data: unknown }) => entries.set(id, data),
    },
  };
}

describe("the content-layer loader", () => {
  it("throws with every issue instead of building an empty collection", async () => {
    const { store, entries } = fakeStore();
    const loader = requestsLoader("tests/fixtures/data/cli-bad");
    const run = loader.load({ store } as unknown as Parameters<typeof loader.load>[0]);
    await expect(run).rejects.toBeInstanceOf(DataValidationError);
    await expect(run).rejects.toThrow(/2019-H2\.csv:5:content: "-3" is negative/);
    expect(entries.size).toBe(0);
  });

  it("stores the site, the publication record and one entry per period for good data", async () => {
    const { store, entries } = fakeStore();
    const loader = requestsLoader("tests/fixtures/data/cli-good");
    await loader.load({ store } as unknown as Parameters<typeof loader.load>[0]);
    expect([...entries.keys()]).toEqual(["site", "publication", "2020-H2", "2021-H1", "2021-H2"]);
    // The fixture has no releases.csv or corrections.csv: both lists are empty, not missing.
    expect(entries.get("publication")).toEqual({ releases: [], corrections: [] });
  });
});
