import { describe, expect, it } from "vitest";
import { datasetOf } from "../../src/data/dataset.ts";
import { FIRST_SECTION_ID, isFirstSection } from "../../src/data/first-section.ts";
import { FIRST_SECTION, SECTION_IDS, SECTIONS } from "../../src/data/sections.ts";
import { OTHER_SECTION_IDS, sectionColumns } from "../../src/downloads/section-files.ts";
import { sectionFileSuffix, urls } from "../../src/lib/urls.ts";
import { periodTotals } from "../../src/data/aggregate.ts";
import { sectionPeriod } from "../../src/data/sections-aggregate.ts";
import { periodPayload, sectionFigures } from "../../src/payloads/payloads.ts";
import { DEFAULT_SECTION } from "../../src/views/correction-marks.ts";
import { sampleDataset, SITE } from "./downloads/helpers.ts";

const PERIOD = { year: 2020, half: 2 } as const;

describe("the report's first section", () => {
  it("is the registry's first entry, the one a report must have", () => {
    expect(FIRST_SECTION).toBe(SECTIONS[0]);
    expect(FIRST_SECTION.id).toBe(FIRST_SECTION_ID);
    expect(FIRST_SECTION.required).toBe(true);
    expect(SECTIONS.filter((s) => s.required)).toEqual([FIRST_SECTION]);
    // The views' name for it, written out for the browser's scripts, is the same section.
    expect(DEFAULT_SECTION).toBe(FIRST_SECTION_ID);
  });

  it("is the only section isFirstSection accepts", () => {
    expect(SECTION_IDS.filter((id) => isFirstSection(id))).toEqual([SECTIONS[0].id]);
    expect(OTHER_SECTION_IDS).toEqual(SECTION_IDS.slice(1));
  });

  it("keeps its download names and columns; every other section adds its id and a section column", () => {
    expect(sectionFileSuffix(FIRST_SECTION_ID)).toBe("");
    expect(urls.sectionPeriodCsv(FIRST_SECTION_ID, PERIOD)).toBe(urls.periodCsv(PERIOD));
    expect(urls.countrySectionCsv("DE", FIRST_SECTION_ID)).toBe(urls.countryCsv("DE"));
    expect(urls.sectionAllPeriodsCsv(FIRST_SECTION_ID)).toBe(urls.allPeriodsCsv);
    for (const id of OTHER_SECTION_IDS) {
      expect(sectionFileSuffix(id)).toBe(`-${id}`);
      expect(urls.sectionPeriodCsv(id, PERIOD)).toBe(`/downloads/transparency-report-2020-h2-${id}.csv`);
    }
    const dataset = datasetOf(SITE, []);
    const [first] = dataset.sections;
    if (!first) throw new Error("datasetOf gave no sections");
    expect(sectionColumns(first, "period").map((c) => c.name)).not.toContain("section");
    expect(sectionColumns({ id: "emergency", kind: "counts", periods: [] }, "period")[0]?.name).toBe("section");
  });

  it("comes first in a dataset whatever order the other sections are given in, and only once", () => {
    const dataset = datasetOf(
      SITE,
      [],
      [
        { id: "national-security", kind: "ranges", periods: [] },
        { id: FIRST_SECTION_ID, kind: "counts", periods: [] },
        { id: "emergency", kind: "counts", periods: [] },
      ],
    );
    expect(dataset.sections.map((s) => s.id)).toEqual([FIRST_SECTION_ID, "emergency", "national-security"]);
    expect(dataset.sections[0]?.periods).toBe(dataset.periods);
  });
});

describe("a period payload's figures by section, as the PDF and the workbook read them", () => {
  const dataset = sampleDataset();
  const latest = dataset.periods.at(-1)!;
  const payload = periodPayload(dataset, latest);

  it("are the payload's own fields for the first section and its `sections` entry for another counts section", () => {
    expect(sectionFigures(payload, FIRST_SECTION_ID)).toBe(payload);
    expect(payload.totals).toEqual(periodTotals(latest));
    const emergency = dataset.sections.find((s) => s.id === "emergency");
    if (emergency?.kind !== "counts") throw new Error("the sample data has no emergency section");
    const file = sectionPeriod(emergency, latest.period);
    if (!file) throw new Error("the sample data's emergency section has no file for the latest period");
    const figures = sectionFigures(payload, "emergency");
    expect(figures?.totals).toEqual(periodTotals(file));
    expect(figures?.rows.map((r) => r.countryCode)).toEqual(file.rows.map((r) => r.countryCode));
  });

  it("are none for bands or for a section that did not report the period", () => {
    expect(sectionFigures(payload, "national-security")).toBeNull();
    // The sample data's civil files start in 2016; its first period is 2013-H1.
    const first = dataset.periods[0]!;
    expect(first.period).toEqual({ year: 2013, half: 1 });
    expect(sectionFigures(periodPayload(dataset, first), "civil")).toBeNull();
    expect(sectionFigures(periodPayload(dataset, first), FIRST_SECTION_ID)?.rows.length).toBe(first.rows.length);
  });
});
