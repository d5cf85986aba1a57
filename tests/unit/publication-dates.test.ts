import { describe, expect, it } from "vitest";
import { loadDataset } from "../../src/data/load.ts";
import {
  correctedPageUrl,
  correctionCountryName,
  correctionsFor,
  correctionSubject,
  formatDay,
  releaseOf,
} from "../../src/publication/dates.ts";
import { lastModifiedByPath } from "../../src/publication/lastmod.ts";

const TODAY = new Date("2026-11-24T00:00:00Z");
const dataset = loadDataset({ dataDir: "data", today: TODAY });

describe("release and correction dates", () => {
  it("writes days the way readers say them", () => {
    expect(formatDay("2026-08-01")).toBe("1 August 2026");
    expect(formatDay("2026-09-12")).toBe("12 September 2026");
  });

  it("finds a period's release date in releases.csv", () => {
    expect(releaseOf(dataset, { year: 2026, half: 1 })).toBe("2026-08-07");
    expect(releaseOf(dataset, { year: 2013, half: 1 })).toBe("2013-08-01");
  });

  it("names a corrected country that only another section lists from that section's file", () => {
    const sections = loadDataset({ dataDir: "tests/fixtures/sections/all-sections", today: TODAY });
    // Canada appears in 2021-H1 only in civil/, and the corrections page and feed must still name it.
    const civil = { date: "2021-09-01", period: "2021-H1", countryCode: "CA", note: "n", section: "civil" as const };
    expect(
      correctionSubject({ ...civil, anchor: "a" }, correctionCountryName(sections, { ...civil, anchor: "a" })),
    ).toBe("January–June 2021, Canada");
    const le = { date: "2021-09-01", period: "2021-H1", countryCode: "FR", note: "n", anchor: "b" };
    expect(correctionCountryName(sections, le)("FR")).toBe("France");
    expect(correctionCountryName(sections, le)("ZZ")).toBe("ZZ");
  });

  it("applies a country correction to that country and to the worldwide view, not to other countries", () => {
    const h1 = { year: 2026, half: 1 } as const;
    expect(correctionsFor(dataset, "BR", h1).map((c) => c.anchor)).toEqual(["correction-2026-09-12-2026-h1-br"]);
    expect(correctionsFor(dataset, null, h1).map((c) => c.anchor)).toEqual(["correction-2026-09-12-2026-h1-br"]);
    expect(correctionsFor(dataset, "DE", h1)).toEqual([]);
    // A period-wide correction reaches every country of its period.
    expect(correctionsFor(dataset, "DE", { year: 2025, half: 2 }).map((c) => c.anchor)).toEqual([
      "correction-2026-03-04-2025-h2-all",
    ]);
  });

  it("links a correction to the page whose figures changed", () => {
    const [country, periodWide] = dataset.corrections ?? [];
    expect(country && correctedPageUrl(country)).toBe("/countries/br/2026-h1/");
    expect(periodWide && correctedPageUrl(periodWide)).toBe("/periods/2025-h2/");
  });

  it("dates each page in the sitemap by its latest release or correction", () => {
    const lastmod = lastModifiedByPath(dataset);
    expect(lastmod.get("/periods/2025-h1/")).toBe("2025-08-01");
    // The worldwide figures include Brazil's, so Brazil's correction dates the period page too.
    expect(lastmod.get("/periods/2026-h1/")).toBe("2026-09-12");
    expect(lastmod.get("/countries/br/2026-h1/")).toBe("2026-09-12");
    expect(lastmod.get("/countries/de/2026-h1/")).toBe("2026-08-07");
    expect(lastmod.get("/countries/de/2025-h2/")).toBe("2026-03-04");
    expect(lastmod.get("/countries/br/")).toBe("2026-09-12");
    expect(lastmod.get("/")).toBe("2026-09-12");
    // Each other section's history page, as the periods index: the sample data has all four sections.
    for (const path of ["/periods/", "/periods/emergency/", "/periods/civil/", "/periods/national-security/"])
      expect(lastmod.get(path)).toBe("2026-09-12");
    expect(lastmod.has("/periods/#law-enforcement")).toBe(false);
    expect(lastmod.has("/faq/")).toBe(false);
  });

  it("dates a country's all-periods page by its release line: a period-wide correction does not reach it", () => {
    const later = {
      ...dataset,
      corrections: [
        ...(dataset.corrections ?? []),
        { date: "2026-10-01", period: "2026-H1", note: "Whole period.", anchor: "correction-2026-10-01-2026-h1-all" },
      ],
    };
    const lastmod = lastModifiedByPath(later);
    expect(lastmod.get("/countries/de/2026-h1/")).toBe("2026-10-01");
    expect(lastmod.get("/periods/2026-h1/")).toBe("2026-10-01");
    expect(lastmod.get("/countries/de/")).toBe("2026-08-07");
    expect(lastmod.get("/countries/br/")).toBe("2026-09-12");
  });
});
