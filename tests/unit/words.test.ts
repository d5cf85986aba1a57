/**
 * How sentences name sections, periods and the countries that left accounts blank, on pages, in the PDF and in
 * the countries index. Expectations come from the sample data, never from the output under test.
 */
import { describe, expect, it } from "vitest";
import { findPeriod, latestPeriod } from "../../src/data/aggregate.ts";
import { comparisonScope } from "../../src/data/format.ts";
import type { Dataset } from "../../src/data/dataset.ts";
import { loadDataset } from "../../src/data/load.ts";
import type { CorrectedFigure } from "../../src/data/publication-types.ts";
import { periodId, periodInText, periodLongLabel } from "../../src/data/period.ts";
import { effectiveSections, labelInText } from "../../src/data/sections.ts";
import { buildPeriodPdf } from "../../src/downloads/pdf/period-pdf.ts";
import { countryPayload, periodPayload } from "../../src/payloads/payloads.ts";
import { countryIndexRefs } from "../../src/publication/note.ts";
import { toHtml } from "../../src/render/tree.ts";
import { countryView, periodView } from "../../src/views/views.ts";
import { compact, readPdf } from "./downloads/helpers.ts";

const dataset = loadDataset({ dataDir: "data", today: new Date("2026-11-24T00:00:00Z") });
const text = (html: string) => html.replace(/<[^>]+>/g, "").replace(/&#39;/g, "'");

describe("a section's label in running text", () => {
  it("starts lower-case after other words, for every section", () => {
    expect(labelInText("Law enforcement requests")).toBe("law enforcement requests");
    expect(labelInText("National security demands")).toBe("national security demands");
    for (const s of effectiveSections(dataset.site)) expect(labelInText(s.label)).toMatch(/^\p{Ll}/u);
  });

  it("keeps an acronym or a name that a relabelled section starts with", () => {
    expect(labelInText("FISA orders")).toBe("FISA orders");
    expect(labelInText("eDiscovery demands")).toBe("eDiscovery demands");
    expect(labelInText("McCarthy Act demands")).toBe("McCarthy Act demands");
  });

  it("is lower-case in a country's download link", () => {
    const view = countryView(countryPayload(dataset, "BR", "Brazil"));
    const html = toHtml([view.head, view.body]);
    expect(text(html)).toContain("Brazil, law enforcement requests, all periods (CSV)");
    expect(text(html)).not.toContain(", Law enforcement requests");
  });
});

describe("a period in running text", () => {
  const latest = latestPeriod(dataset);
  const previous = findPeriod(dataset, { year: 2025, half: 2 })!;

  it("is written one way, the long one", () => {
    expect(periodInText(latest.period)).toBe(periodLongLabel(latest.period));
    expect(periodInText({ year: 2019, half: 2 })).toBe("July–December 2019");
  });

  it("names the previous period in full in the change under a headline figure and the map's summary", () => {
    const html = text(toHtml(periodView(periodPayload(dataset, latest), false).body));
    expect(html).toContain(`since ${periodLongLabel(previous.period)}`);
    expect(html).not.toMatch(/since (Jan–Jun|Jul–Dec) \d{4}/);
    expect(html).toContain(`In ${periodLongLabel(latest.period)}, ${latest.rows.length} countries or regions`);
  });

  it("names both periods in full when a change leaves countries out", () => {
    const scope = comparisonScope(
      {
        change: { from: 10, to: 12, delta: 2, relative: 0.2 },
        matched: 3,
        onlyEarlier: ["Kenya"],
        onlyLater: ["Peru"],
      },
      previous.period,
      latest.period,
    );
    expect(scope).toContain(`Kenya (${periodLongLabel(previous.period)} only)`);
    expect(scope).toContain(`Peru (${periodLongLabel(latest.period)} only)`);
    const none = comparisonScope(
      { change: null, matched: 0, onlyEarlier: [], onlyLater: [] },
      previous.period,
      latest.period,
    );
    expect(none).toBe(
      `No change shown: not reported in both ${periodLongLabel(previous.period)} and ${periodLongLabel(latest.period)}.`,
    );
  });
});

describe("the PDF", { timeout: 120_000 }, () => {
  it("names the countries that left accounts blank, as the pages do, and writes periods as the pages do", async () => {
    const latest = latestPeriod(dataset);
    const blank = latest.rows.filter((r) => r.accounts === null).map((r) => r.country);
    expect(blank.length).toBeGreaterThan(0);
    const names = new Intl.ListFormat("en", { type: "conjunction" }).format(blank);
    const pdf = await readPdf(await buildPeriodPdf(dataset, latest));
    expect(pdf.compact).toContain(compact(`${names} did not report accounts/users`));
    const previous = findPeriod(dataset, { year: 2025, half: 2 })!;
    expect(pdf.compact).toContain(compact(`vs ${periodLongLabel(previous.period)}`));
    expect(pdf.compact).not.toContain(compact(periodId(latest.period)));
  });
});

describe("the countries index's correction marks", () => {
  const latest = latestPeriod(dataset);
  const brazil = dataset.corrections!.find((c) => c.countryCode === "BR")!;
  const { figures: _named, ...naming } = brazil;
  /** The sample data with Brazil's correction naming `figures` (or none, when undefined). */
  const withFigures = (figures: CorrectedFigure[] | undefined): Dataset => ({
    ...dataset,
    corrections: [figures ? { ...naming, figures } : naming],
  });

  it("mark no figure for a correction that moved outcomes only", () => {
    expect(countryIndexRefs(dataset, "BR", latest.period)).toEqual({
      latestRequests: [],
      latestAccounts: [],
      allRequests: [],
    });
  });

  it("mark the accounts figure alone for a correction to accounts", () => {
    const refs = countryIndexRefs(withFigures(["accounts"]), "BR", latest.period);
    expect(refs.latestAccounts.map((r) => r.anchor)).toEqual([brazil.anchor]);
    expect(refs.latestRequests).toEqual([]);
    expect(refs.allRequests).toEqual([]);
  });

  it("mark both requests figures for a correction to requests, and every figure for one naming none", () => {
    const requests = countryIndexRefs(withFigures(["requests"]), "BR", latest.period);
    expect(requests.latestRequests.map((r) => r.anchor)).toEqual([brazil.anchor]);
    expect(requests.allRequests.map((r) => r.anchor)).toEqual([brazil.anchor]);
    expect(requests.latestAccounts).toEqual([]);
    const all = countryIndexRefs(withFigures(undefined), "BR", latest.period);
    expect([all.latestRequests, all.latestAccounts, all.allRequests].map((r) => r.length)).toEqual([1, 1, 1]);
    // Another country's row carries none of Brazil's marks.
    expect(countryIndexRefs(withFigures(undefined), "DE", latest.period).allRequests).toEqual([]);
  });

  it("leave out a correction to another section", () => {
    const other: Dataset = { ...dataset, corrections: [{ ...naming, section: "emergency" }] };
    const refs = countryIndexRefs(other, "BR", latest.period);
    expect([refs.latestRequests, refs.latestAccounts, refs.allRequests].map((r) => r.length)).toEqual([0, 0, 0]);
  });
});
