import { describe, expect, it } from "vitest";
import { loadDataset } from "../../../src/data/load.ts";
import { backgroundPlan, fromBackground, startInBackground } from "../../../src/downloads/background/background.ts";
import { downloads } from "../../../src/downloads/catalogue.ts";
import { buildPeriodPdf } from "../../../src/downloads/pdf/period-pdf.ts";
import { buildWorkbook } from "../../../src/downloads/xlsx/workbook.ts";
import { urls } from "../../../src/lib/urls.ts";
import { previewCards, previewUrl } from "../../../src/previews/previews.ts";
import { renderCardPng } from "../../../src/previews/render.ts";

const dataDir = "data";
const dataset = loadDataset({ dataDir });
const newest = dataset.periods.at(-1)!;
const oldest = dataset.periods[0]!;
const cards = previewCards(dataset);
const overview = cards.find((card) => card.name === "overview")!;
const same = (a: Uint8Array, b: Uint8Array) => Buffer.compare(Buffer.from(a), Buffer.from(b)) === 0;

// The worker makes every heavy file of the real data (a few seconds on two cores), so the tests wait for it.
describe("the build's worker", { timeout: 60_000 }, () => {
  // npm run build's setting for the bundler's allocator (scripts/astro-environment.ts), which the worker's
  // image renderer must not read: the worker's start takes it out of the environment.
  const purgeBefore = process.env["MIMALLOC_PURGE_DELAY"];
  process.env["MIMALLOC_PURGE_DELAY"] = "0";
  const stopped = startInBackground({ dataDir });
  const purgeAtStart = process.env["MIMALLOC_PURGE_DELAY"];
  if (purgeBefore === undefined) delete process.env["MIMALLOC_PURGE_DELAY"];
  else process.env["MIMALLOC_PURGE_DELAY"] = purgeBefore;

  it("starts without the bundler's immediate purge in the environment", () => {
    expect(purgeAtStart).toBeUndefined();
  });
  // The overview's card is the last file the worker plans (previews run from the last card): claimed here
  // as soon as the plan arrives, while the worker is still on the PDFs, the main thread makes it instead.
  const claimedHere = backgroundPlan().then(() => fromBackground(previewUrl(overview.name)));

  it("makes every PDF, workbook and preview with the same bytes as making it here", async () => {
    await stopped;
    const [pdf, xlsx, all, png] = await Promise.all(
      [
        urls.periodPdf(newest.period),
        urls.periodXlsx(oldest.period),
        urls.allPeriodsXlsx,
        previewUrl(cards.find((card) => card.name === "country-de")!.name),
      ].map((url) => fromBackground(url)!),
    );
    expect(same(pdf!, await buildPeriodPdf(dataset, newest))).toBe(true);
    expect(same(xlsx!, await buildWorkbook(dataset, { kind: "period", data: oldest }))).toBe(true);
    expect(same(all!, await buildWorkbook(dataset, { kind: "all" }))).toBe(true);
    const de = cards.find((card) => card.name === "country-de")!;
    expect(same(png!, renderCardPng(de.content))).toBe(true);
    // Each address gets its own file, not the first one over again.
    expect(same(pdf!, png!)).toBe(false);
    expect(same(xlsx!, all!)).toBe(false);
    // Answered once, to the page that writes the file: the build does not keep it after, and a second ask is
    // left to the caller, which makes it in place.
    expect(fromBackground(urls.periodPdf(newest.period))).toBeUndefined();
  });

  it("plans every PDF and workbook in the catalogue's order, then the previews from the last", async () => {
    const heavy = downloads(dataset).all.filter((f) => f.format === "pdf" || f.format === "xlsx");
    expect(await backgroundPlan()).toEqual([
      ...heavy.map((f) => f.url),
      ...cards.map((card) => previewUrl(card.name)).reverse(),
    ]);
    // The newest period's PDF comes first: the overview shows its size.
    expect(heavy[0]?.url).toBe(urls.periodPdf(newest.period));
    expect(fromBackground(urls.periodCsv(newest.period))).toBeUndefined();
  });

  it("leaves a file the main thread came to first to the main thread, and still finishes", async () => {
    expect(await claimedHere).toBeUndefined();
    // The worker stopped by itself once every file was answered: it counted the one it passed by.
    await stopped;
    expect(fromBackground(previewUrl(overview.name))).toBeUndefined();
  });
});
