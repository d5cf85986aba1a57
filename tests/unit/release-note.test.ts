import { describe, expect, it } from "vitest";
import { findPeriod } from "../../src/data/aggregate.ts";
import { datasetOf } from "../../src/data/dataset.ts";
import { loadDataset } from "../../src/data/load.ts";
import { toHtml } from "../../src/render/tree.ts";
import { countryPayload, periodPayload } from "../../src/payloads/payloads.ts";
import { countryPeriodView, periodView, type View } from "../../src/views/views.ts";

/** A view's whole markup: its head (heading, release note, figures) and its body. */
function htmlOf(view: View): string {
  return toHtml([view.head, view.body]);
}

const dataset = loadDataset({ dataDir: "data", today: new Date("2026-11-24T00:00:00Z") });
const h1 = { year: 2026, half: 1 } as const;
const h2 = { year: 2025, half: 2 } as const;

/** The release note's text, with tags removed. */
function note(html: string): string {
  const match = /<p class="release-note[^"]*"[^>]*>(.*?)<\/p>/.exec(html);
  return match?.[1]?.replace(/<[^>]+>/g, "") ?? "";
}

describe("release dates and corrections on views", () => {
  it("dates the worldwide view and links Brazil's correction, which changed the worldwide totals", () => {
    const html = htmlOf(periodView(periodPayload(dataset, findPeriod(dataset, h1)!), false));
    expect(note(html)).toBe("Published 7 August 2026 · corrected 12 September 2026");
    expect(html).toContain('href="/corrections/#correction-2026-09-12-2026-h1-br"');
  });

  it("marks Brazil's page but not Germany's for a correction to Brazil", () => {
    const brazil = htmlOf(countryPeriodView(countryPayload(dataset, "BR", "Brazil"), h1));
    const germany = htmlOf(countryPeriodView(countryPayload(dataset, "DE", "Germany"), h1));
    expect(note(brazil)).toBe("Published 7 August 2026 · corrected 12 September 2026");
    expect(note(germany)).toBe("Published 7 August 2026");
  });

  it("marks every country of a period corrected as a whole", () => {
    const germany = htmlOf(countryPeriodView(countryPayload(dataset, "DE", "Germany"), h2));
    expect(note(germany)).toBe("Published 10 February 2026 · corrected 4 March 2026");
  });

  it("shows nothing when the data folder records no dates", () => {
    const bare = datasetOf(dataset.site, dataset.periods);
    const html = htmlOf(periodView(periodPayload(bare, findPeriod(bare, h1)!), false));
    expect(html).not.toContain("release-note");
  });
});

describe("publication notes in the period PDF", { timeout: 60_000 }, () => {
  it("give the release date and the correction, with its note", async () => {
    const { buildPeriodPdf } = await import("../../src/downloads/pdf/period-pdf.ts");
    const { readPdf, compact } = await import("./downloads/helpers.ts");
    const pdf = await readPdf(await buildPeriodPdf(dataset, findPeriod(dataset, h1)!));
    expect(pdf.compact).toContain(compact("Publication notes"));
    expect(pdf.compact).toContain(compact("Published 7 August 2026."));
    expect(pdf.compact).toContain(
      compact("Corrected 12 September 2026, Brazil: Rejected requests were first published as 371"),
    );
  });
});
