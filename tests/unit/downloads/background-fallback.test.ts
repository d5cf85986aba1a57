import { describe, expect, it } from "vitest";
import { loadDataset } from "../../../src/data/load.ts";
import { backgroundPlan, fromBackground, startInBackground } from "../../../src/downloads/background/background.ts";
import { downloads } from "../../../src/downloads/catalogue.ts";
import { buildPeriodPdf } from "../../../src/downloads/pdf/period-pdf.ts";

const dataset = loadDataset({ dataDir: "data" });
const oldest = dataset.periods[0]!;

describe("a build whose worker fails", () => {
  it("makes the files itself, with the same bytes", async () => {
    const pdf = downloads(dataset).periods.find((p) => p.data === oldest)!.pdf;
    // A data folder that does not exist: the worker cannot load the dataset, plans nothing and stops.
    await startInBackground({ dataDir: "tests/fixtures/no-such-folder" });
    expect(await backgroundPlan()).toEqual([]);
    expect(fromBackground(pdf.url)).toBeUndefined();
    const made = await pdf.bytes();
    expect(Buffer.compare(Buffer.from(made), Buffer.from(await buildPeriodPdf(dataset, oldest)))).toBe(0);
  });
});
