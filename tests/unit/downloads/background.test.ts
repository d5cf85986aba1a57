import { describe, expect, it } from "vitest";
import { loadDataset } from "../../../src/data/load.ts";
import { fromBackground, startInBackground } from "../../../src/downloads/background/background.ts";
import { buildPeriodPdf } from "../../../src/downloads/pdf/period-pdf.ts";
import { buildWorkbook } from "../../../src/downloads/xlsx/workbook.ts";
import { urls } from "../../../src/lib/urls.ts";
import { cardSvg } from "../../../src/previews/card.ts";
import { previewCards, previewUrl } from "../../../src/previews/previews.ts";
import { renderPng } from "../../../src/previews/render.ts";

const dataDir = "data";
const dataset = loadDataset({ dataDir });
const newest = dataset.periods.at(-1)!;
const oldest = dataset.periods[0]!;
const cards = previewCards(dataset);
const overview = cards.find((card) => card.name === "overview")!;
const same = (a: Uint8Array, b: Uint8Array) => Buffer.compare(Buffer.from(a), Buffer.from(b)) === 0;

describe("the build's worker", () => {
  const asked = [
    urls.periodPdf(newest.period),
    urls.periodXlsx(oldest.period),
    urls.allPeriodsXlsx,
    previewUrl(overview.name),
    "/downloads/no-such-file.pdf",
    previewUrl(cards.at(-1)!.name),
  ];
  // The main thread claims the last file before the worker has even started: it makes that one itself.
  const stopped = startInBackground({ dataDir, urls: asked });
  const claimedHere = fromBackground(asked[5]!);

  it("makes each file it is asked for with the same bytes as making it here", async () => {
    await stopped;
    const [pdf, xlsx, all, png] = await Promise.all(asked.slice(0, 4).map((url) => fromBackground(url)!));
    expect(same(pdf!, await buildPeriodPdf(dataset, newest))).toBe(true);
    expect(same(xlsx!, await buildWorkbook(dataset, { kind: "period", data: oldest }))).toBe(true);
    expect(same(all!, await buildWorkbook(dataset, { kind: "all" }))).toBe(true);
    expect(same(png!, renderPng(cardSvg(overview.content)))).toBe(true);
    // Each address gets its own file, not the first one over again.
    expect(same(pdf!, png!)).toBe(false);
    expect(same(xlsx!, all!)).toBe(false);
  });

  it("fails the one file it cannot make, naming it, and leaves the others", async () => {
    await stopped;
    await expect(fromBackground("/downloads/no-such-file.pdf")).rejects.toThrow(
      "/downloads/no-such-file.pdf could not be made: the build has no such file",
    );
    await expect(fromBackground(urls.periodPdf(newest.period))).resolves.toBeInstanceOf(Uint8Array);
  });

  it("leaves a file the main thread came to first to the main thread, and still finishes", async () => {
    expect(claimedHere).toBeUndefined();
    // The worker stopped by itself once every file was answered: it counted the one it passed by.
    await stopped;
    expect(fromBackground(asked[5]!)).toBeUndefined();
  });

  it("answers only for the files it was asked for", () => {
    expect(fromBackground(urls.periodPdf(oldest.period))).toBeUndefined();
  });
});
