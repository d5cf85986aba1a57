import { describe, expect, it } from "vitest";
import { DataValidationError } from "../../src/data/issues.ts";
import { loadDataset } from "../../src/data/load.ts";
import { readDataset } from "../../src/lib/report.ts";

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
