import { describe, expect, it } from "vitest";
import { loadDataset } from "../../../src/data/load.ts";
import { fromBackground, startInBackground } from "../../../src/downloads/background/background.ts";
import { downloads } from "../../../src/downloads/catalogue.ts";
import { buildPeriodPdf } from "../../../src/downloads/pdf/period-pdf.ts";

const dataset = loadDataset({ dataDir: "data" });
const oldest = dataset.periods[0]!;

describe("a build whose worker fails", () => {
  it("makes the files itself, with the same bytes", async () => {
    const pdf = downloads(dataset).periods.find((p) => p.data === oldest)!.pdf;
    // A data folder that does not exist: the worker cannot load the dataset and fails every file it was given.
    await startInBackground({ dataDir: "tests/fixtures/no-such-folder", urls: [pdf.url] });
    await expect(fromBackground(pdf.url)).rejects.toThrow(`${pdf.url} could not be made`);
    const made = await pdf.bytes();
    expect(Buffer.compare(Buffer.from(made), Buffer.from(await buildPeriodPdf(dataset, oldest)))).toBe(0);
  });
});
