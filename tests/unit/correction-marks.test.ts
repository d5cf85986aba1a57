import { describe, expect, it } from "vitest";
import { findPeriod } from "../../src/data/aggregate.ts";
import type { Dataset } from "../../src/data/dataset.ts";
import { loadDataset } from "../../src/data/load.ts";
import { toHtml } from "../../src/render/tree.ts";
import { countryPayload, periodPayload } from "../../src/payloads/payloads.ts";
import { headlineFigures } from "../../src/views/figures.ts";
import { countryPeriodView, countryView, periodView, type View } from "../../src/views/views.ts";

function htmlOf(view: View): string {
  return toHtml([view.head, view.body]);
}

const dataset = loadDataset({ dataDir: "data", today: new Date("2026-11-24T00:00:00Z") });
const h1 = { year: 2026, half: 1 } as const;
const h2 = { year: 2025, half: 2 } as const;
const brazil = "correction-2026-09-12-2026-h1-br";
const periodWide = "correction-2026-03-04-2025-h2-all";

/** The anchors of the marks inside the first element matching `open` (up to its closing tag `close`). */
function marksIn(html: string, open: RegExp, close: string): string[] {
  const start = html.search(open);
  if (start < 0) throw new Error(`no ${open.source} in the view`);
  const part = html.slice(start, html.indexOf(close, start));
  return [...part.matchAll(/data-correction-mark="([^"]+)"/g)].map((m) => m[1]!);
}

describe("correction marks beside figures", () => {
  /** The marks in each cell of a table row (the row heading first), as lists of anchors. */
  function cellMarks(html: string, open: RegExp): string[][] {
    const start = html.search(open);
    if (start < 0) throw new Error(`no ${open.source} in the view`);
    const row = html.slice(start, html.indexOf("</tr>", start));
    return row
      .split(/<t[hd][ >]/)
      .slice(1)
      .map((cell) => [...cell.matchAll(/data-correction-mark="([^"]+)"/g)].map((m) => m[1]!));
  }
  // Brazil's correction moved requests from rejected to no data found: it names those two figures only.
  const rejectedAndNoData = [[], [], [], [], [], [brazil], [brazil]];

  it("leaves the worldwide headline figures of 2026-H1 unmarked: Brazil's correction changed neither", () => {
    const html = htmlOf(periodView(periodPayload(dataset, findPeriod(dataset, h1)!), false));
    expect(marksIn(html, /data-figures/, "</dl>")).toEqual([]);
  });

  it("marks Brazil's rejected and no-data cells and the worldwide ones, and no other cell or row", () => {
    const html = htmlOf(periodView(periodPayload(dataset, findPeriod(dataset, h1)!), false));
    // Cells: country, requests, accounts, content, non-content, no data, rejected.
    expect(cellMarks(html, /<tr data-country="BR"/)).toEqual([[], [], [], [], [], [brazil], [brazil]]);
    expect(marksIn(html, /<tr data-country="DE"/, "</tr>")).toEqual([]);
    expect(html).toContain(`aria-label="Corrected 12 September 2026: see note"`);
    const table = html.slice(html.indexOf('id="countries-table"'));
    expect(cellMarks(table, /<tfoot>/)).toEqual(rejectedAndNoData);
    // The worldwide breakdown table marks those two outcomes' rows, not its caption or total.
    expect(marksIn(html, /<caption>Disclosure breakdown/, "</caption>")).toEqual([]);
    expect(marksIn(html, /<tr data-outcome="noData"/, "</tr>")).toEqual([brazil]);
    expect(marksIn(html, /<tr data-outcome="rejected"/, "</tr>")).toEqual([brazil]);
    expect(marksIn(html, /<tr data-outcome="content"/, "</tr>")).toEqual([]);
    expect(marksIn(html.slice(html.indexOf("data-breakdown")), /<tfoot>/, "</tfoot>")).toEqual([]);
  });

  it("marks only worldwide accounts for the correction to 2025-H2's accounts", () => {
    const world = htmlOf(periodView(periodPayload(dataset, findPeriod(dataset, h2)!), false));
    expect(marksIn(world, /data-figure="requests"/, "</dd>")).toEqual([]);
    expect(marksIn(world, /data-figure="accounts"/, "</dd>")).toEqual([periodWide]);
    const body = world.slice(world.indexOf('id="countries-table"'));
    expect(marksIn(body, /<tbody>/, "</tbody>")).toEqual([]);
    expect(cellMarks(body, /<tfoot>/)).toEqual([[], [], [periodWide], [], [], [], []]);
    const germany = htmlOf(countryPeriodView(countryPayload(dataset, "DE", "Germany"), h2));
    expect(marksIn(germany, /data-figures/, "</dl>")).toEqual([]);
    // Germany's breakdown table has no accounts, so nothing in it is marked.
    expect(germany).not.toContain("data-correction-mark");
  });

  it("marks a correction that names no figures on the whole row and on both headline figures, as before", () => {
    const whole: Dataset = {
      ...dataset,
      corrections: (dataset.corrections ?? []).map(({ figures: _figures, ...c }) => c),
    };
    const html = htmlOf(periodView(periodPayload(whole, findPeriod(whole, h1)!), false));
    expect(marksIn(html, /data-figures/, "</dl>")).toEqual([brazil, brazil]);
    expect(cellMarks(html, /<tr data-country="BR"/)).toEqual([[brazil], [], [], [], [], [], []]);
    expect(marksIn(html, /<caption>Disclosure breakdown/, "</caption>")).toEqual([brazil]);
  });

  it("leaves Brazil's own headline figures unmarked on its 2026-H1 page, and marks its two outcomes", () => {
    const br = htmlOf(countryPeriodView(countryPayload(dataset, "BR", "Brazil"), h1));
    expect(marksIn(br, /data-figures/, "</dl>")).toEqual([]);
    expect(marksIn(br, /<tr data-outcome="rejected"/, "</tr>")).toEqual([brazil]);
    expect(marksIn(br, /<tr data-outcome="nonContent"/, "</tr>")).toEqual([]);
    const de = htmlOf(countryPeriodView(countryPayload(dataset, "DE", "Germany"), h1));
    expect(de).not.toContain("data-correction-mark");
  });

  it("marks Brazil's 2026-H1 cells and its all-periods totals on its country page", () => {
    const html = htmlOf(countryView(countryPayload(dataset, "BR", "Brazil")));
    expect(cellMarks(html, /<tr data-period="2026-h1"/)).toEqual(rejectedAndNoData);
    expect(marksIn(html, /<tr data-period="2025-h2"/, "</tr>")).toEqual([]);
    expect(cellMarks(html.slice(html.indexOf('id="history-table"')), /<tfoot>/)).toEqual(rejectedAndNoData);
    expect(marksIn(html, /data-figures/, "</dl>")).toEqual([]);
  });

  it("reads a correction naming no section as law enforcement's, so other sections' figures stay unmarked", () => {
    const html = htmlOf(countryPeriodView(countryPayload(dataset, "BR", "Brazil"), h1));
    const part = (id: string) => html.slice(html.indexOf(`<section id="${id}"`)).split("</section>")[0] ?? "";
    expect(html).toContain('<section id="emergency"');
    expect(part("emergency")).not.toContain("correction-mark");
    expect(marksIn(html, /<tr data-outcome="rejected"/, "</tr>")).toEqual([brazil]);
  });

  it("applies a correction naming a section only to that section's figures", () => {
    const data = findPeriod(dataset, h1)!;
    const emergencyOnly: Dataset = {
      ...dataset,
      corrections: [{ date: "2026-10-01", period: "2026-H1", note: "x", section: "emergency", anchor: "e1" }],
    };
    const note = periodPayload(emergencyOnly, data).publication!;
    const totals = periodPayload(emergencyOnly, data).totals;
    expect(toHtml(headlineFigures(totals, null, note.corrections))).not.toContain("data-correction-mark");
    expect(toHtml(headlineFigures(totals, null, note.corrections, "emergency"))).toContain('data-correction-mark="e1"');
  });
});

describe("the release line of a country over every period", () => {
  it("gives the latest release among its periods and its own corrections", () => {
    const html = htmlOf(countryView(countryPayload(dataset, "BR", "Brazil")));
    const line = /<p class="release-note[^"]*"[^>]*>(.*?)<\/p>/.exec(html)?.[1]?.replace(/<[^>]+>/g, "");
    // A history of many periods dates its latest figures, not the whole history.
    expect(line).toBe("Latest figures published 7 August 2026 · corrected 12 September 2026");
  });

  it("leaves out a period-wide correction, which changes only worldwide figures", () => {
    const html = htmlOf(countryView(countryPayload(dataset, "DE", "Germany")));
    const line = /<p class="release-note[^"]*"[^>]*>(.*?)<\/p>/.exec(html)?.[1]?.replace(/<[^>]+>/g, "");
    expect(line).toBe("Latest figures published 7 August 2026");
  });
});
