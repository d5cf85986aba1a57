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

  it("stores the site and one entry per period for good data without release or correction files", async () => {
    const { store, entries } = fakeStore();
    const loader = requestsLoader("tests/fixtures/data/cli-good");
    await loader.load({ store } as unknown as Parameters<typeof loader.load>[0]);
    // No releases.csv or corrections.csv: the same entries as before those files existed.
    expect([...entries.keys()]).toEqual(["site", "2020-H2", "2021-H1", "2021-H2"]);
  });

  it("stores the publication record when the data folder has one", async () => {
    const { store, entries } = fakeStore();
    const loader = requestsLoader("data");
    await loader.load({ store } as unknown as Parameters<typeof loader.load>[0]);
    const publication = entries.get("publication") as { releases: unknown[]; corrections: unknown[] } | undefined;
    const lawEnforcementPeriods = [...entries.keys()].filter((id) => /^\d{4}-H[12]$/.test(id));
    expect(publication?.releases).toHaveLength(lawEnforcementPeriods.length);
    expect(publication?.corrections.length).toBeGreaterThan(0);
  });
});
