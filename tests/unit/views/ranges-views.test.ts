/** National security is shown only as bands: never a point figure, never summed into any total. */
import { describe, expect, it } from "vitest";
import { periodTotals } from "../../../src/data/aggregate.ts";
import { formatCount } from "../../../src/data/format.ts";
import { loadDataset } from "../../../src/data/load.ts";
import { type Period, periodIndex, periodLongLabel } from "../../../src/data/period.ts";
import {
  countriesInAnySection,
  findSection,
  intervalSum,
  rangeCountrySeries,
  sectionPeriod,
} from "../../../src/data/sections-aggregate.ts";
import { urls } from "../../../src/lib/urls.ts";
import { countryPayload, periodPayload } from "../../../src/payloads/payloads.ts";
import { formatBand } from "../../../src/views/ranges.ts";
import { countryPeriodView, countryView, periodView, type View } from "../../../src/views/views.ts";
import { figuresOf, partOf, plain, textOf } from "./helpers.ts";

const dataset = loadDataset({ dataDir: "data" });
const security = findSection(dataset, "national-security")!;
const H2_2020: Period = { year: 2020, half: 2 };
const us = countryPayload(dataset, "US", countriesInAnySection(dataset).get("US")!);
const period = dataset.periods.find((p) => periodIndex(p.period) === periodIndex(H2_2020))!;
const bands = sectionPeriod(security, H2_2020)!.rows;

/** Digits left in the section's text once bands and years are taken out: a point figure would remain. */
function pointFigures(view: View): string[] {
  // The range chart's axis is a scale (0, 200, 400 …), hidden from assistive technology and never a figure.
  const withoutAxes = partOf(view, "national-security").replace(/<g class="range-axis"[^]*?<\/g>/g, "");
  const text = plain(withoutAxes)
    .replace(/\d[\d,]*–\d[\d,]*/g, "")
    .replace(/\b(19|20)\d\d\b/g, "");
  return text.match(/\d[\d,]*/g) ?? [];
}

const views: [string, View][] = [
  ["period", periodView(periodPayload(dataset, period), false)],
  ["country × period", countryPeriodView(us, H2_2020)],
  ["country", countryView(us)],
];

describe("national security", () => {
  for (const [name, view] of views) {
    it(`${name}: every band of the data, as low–high`, () => {
      const part = partOf(view, "national-security");
      expect(bands.length).toBeGreaterThan(0);
      for (const row of bands) {
        expect(part).toContain(`data-band="demands">${formatBand(row.demands)}<`);
        expect(part).toContain(`data-band="accounts">${formatBand(row.accounts)}<`);
      }
      expect(part).toContain("published only in bands");
    });

    it(`${name}: no point figure, no headline, no sum`, () => {
      expect(pointFigures(view)).toEqual([]);
      const part = partOf(view, "national-security");
      expect(part).not.toContain("data-figure");
      const sums = [
        intervalSum(bands.map((b) => b.demands)),
        intervalSum(bands.flatMap((b) => (b.accounts ? [b.accounts] : []))),
      ];
      for (const sum of sums) {
        // Within the section (another section's figure may equal a sum by chance).
        expect(part.includes(`>${formatCount(sum.high)}<`), formatCount(sum.high)).toBe(false);
        expect(part.includes(formatBand(sum)), formatBand(sum)).toBe(false);
      }
    });
  }

  it("the bands are never added into the law-enforcement totals", () => {
    const view = views[0]![1];
    expect(textOf(figuresOf(view, "law-enforcement"), 'data-figure="requests"')).toBe(
      formatCount(periodTotals(period).requests),
    );
  });

  it("a country's history has one row per period, saying where the section was not reported", () => {
    const table = partOf(views[2]![1], "national-security-history-table");
    const series = rangeCountrySeries(dataset, security, "US");
    expect([...table.matchAll(/<tr data-period=/g)].length).toBe(series.length);
    expect(series.some((s) => !s.reported)).toBe(true);
    expect(table).toContain("Not reported for this period");
  });

  it("the newest period, before its bands are published, shows no earlier bands as its own, and links to them", () => {
    const latest = dataset.periods.at(-1)!;
    expect(sectionPeriod(security, latest.period)).toBeUndefined();
    const last = security.periods.at(-1)!;
    for (const overview of [true, false]) {
      const part = partOf(periodView(periodPayload(dataset, latest), overview), "national-security");
      expect(part).toContain(`for ${periodLongLabel(latest.period)} are not in the report yet`);
      expect(part).toContain(
        `href="${urls.period(last.period)}#national-security">${periodLongLabel(last.period)}</a>`,
      );
      expect(part).not.toContain("data-band=");
      expect(part).not.toContain("<svg");
    }
  });
});
