/** A data folder with only requests/ renders as it always has: no contents list, no section frames. */
import { describe, expect, it } from "vitest";
import { datasetOf } from "../../../src/data/dataset.ts";
import { loadDataset } from "../../../src/data/load.ts";
import { countryPayload, periodPayload } from "../../../src/payloads/payloads.ts";
import { countryPeriodView, countryView, periodView } from "../../../src/views/views.ts";
import { htmlOf } from "./helpers.ts";

const full = loadDataset({ dataDir: "data" });
const only = datasetOf(full.site, full.periods);
const period = full.periods.find((p) => p.period.year === 2020 && p.period.half === 2)!;

describe("a requests-only dataset", () => {
  const views = [
    periodView(periodPayload(only, period), false),
    periodView(periodPayload(only, full.periods.at(-1)!), true),
    countryView(countryPayload(only, "DE", "Germany")),
    countryPeriodView(countryPayload(only, "DE", "Germany"), period.period),
  ];

  it("has no section scaffolding on any view", () => {
    for (const view of views) {
      const html = htmlOf(view);
      expect(html).not.toContain("section-contents");
      expect(html).not.toContain("report-section");
      expect(html).not.toContain("data-section");
      expect(html).not.toContain('id="law-enforcement"');
      expect(html).not.toContain("<h3");
      expect(html).toContain("data-figures");
    }
  });

  it("keeps its law-enforcement heading and the figures in the view's head", () => {
    expect(htmlOf(views[0]!)).toContain("<h1>Law enforcement requests worldwide, July–December 2020</h1>");
    for (const view of [views[0]!, views[3]!]) expect(JSON.stringify(view.head)).toContain("data-figures");
  });

  it("differs from the full dataset's view only by the sections", () => {
    const fullHtml = htmlOf(periodView(periodPayload(full, period), false));
    expect(fullHtml).toContain("section-contents");
    expect(fullHtml).toContain('id="emergency"');
  });
});
