/**
 * A described report's bands section over time (national-security demands published only as bands), drawn on
 * the server as SVG like its other charts (report-history.ts) and from the fixed layout's own pieces: the
 * period axis (slotBands), the panels' common scale and band marks (ranges-trend.ts), the hatch and legend key
 * (ranges.ts) and the grid, year labels and baseline (plot-parts.ts). One panel per authority, all on one
 * scale; a band runs from its low bound (a stated minimum, when the publisher gives one) to its high bound's
 * upper edge. A period without a band is the dashed mark with "?", never a band from 0. The words (title,
 * summary, each panel's description) come from the view (src/views/report-model/bands-charts.ts).
 */
import type { Band } from "../data/national-security.ts";
import { type El, h } from "../render/tree.ts";
import { baselineLine, gridLines, yearAxis } from "./plot-parts.ts";
import { hatchDef, rangeLegend } from "./ranges.ts";
import { BANDS_PANEL_HEIGHT, bandMarkParts, type BandsTrendLayout, bandsPanelsLayout } from "./ranges-trend.ts";
import { type ChartWords, noneMarkWithGlyph, noneSwatch } from "./report-history.ts";
import { trendAxis } from "./trend.ts";
import { slotBands } from "./trend-layout.ts";

/** A period on the axis: its address form (`2023-h1`, `2022`) and the year it is labelled under. */
export interface BandsSlot {
  readonly slug: string;
  readonly year: number;
}

export interface ReportBandsLayout extends BandsTrendLayout {
  /** Each period's place on the axis, for the mark of a period without a band. */
  readonly slots: readonly { slug: string; x: number; width: number }[];
}

/** Pure: one list of bands per panel (null where the period has none), every panel on one count scale. */
export function reportBandsLayout(
  slots: readonly BandsSlot[],
  series: readonly (readonly (Band | null)[])[],
): ReportBandsLayout {
  const axis = slotBands(slots);
  return { ...bandsPanelsLayout(axis, series), slots: axis.bands };
}

/** One panel's words: its title (the authority) and a description of every period in it, for screen readers. */
export interface BandsPanelWords {
  readonly title: string;
  readonly description: string;
}

function panel(words: ChartWords, index: number, layout: ReportBandsLayout, panelWords: BandsPanelWords): El {
  const titleId = `${words.id}-panel-${index}`;
  const marks = layout.marks[index] ?? [];
  return h(
    "div",
    { class: "bands-panel" },
    h("p", { class: "bands-panel-title", id: titleId }, panelWords.title),
    h(
      "div",
      { class: "chart-frame trend-frame" },
      trendAxis(layout.ticks, layout.baseline, undefined, BANDS_PANEL_HEIGHT),
      h(
        "svg",
        {
          class: "chart-svg trend-plot",
          width: "100%",
          height: BANDS_PANEL_HEIGHT,
          role: "img",
          "aria-label": panelWords.description,
        },
        // The hatch is defined once, in the first panel; the other panels and the legend refer to it.
        index === 0 ? hatchDef(words.id) : null,
        gridLines(layout.ticks),
        yearAxis(layout.years, BANDS_PANEL_HEIGHT),
        layout.slots.map((slot, i) => {
          const mark = marks[i];
          return h(
            "g",
            { class: `rc-period ${mark ? "rc-band" : "rc-none"}`, "data-period": slot.slug },
            mark ? bandMarkParts(words.id, mark) : noneMarkWithGlyph(slot, layout.baseline),
          );
        }),
        baselineLine(layout.baseline),
      ),
    ),
  );
}

/**
 * Render: title, summary, the legend (a band, and "?" when a period has none), a panel per authority and a
 * note that the scale is shared. `why` is the address of the definition of the section's bands.
 */
export function renderBandsHistory(
  words: ChartWords,
  layout: ReportBandsLayout,
  panels: readonly BandsPanelWords[],
  options: { measure: string; why: string; noneLabel: string | null },
): El {
  return h(
    "figure",
    { class: "chart report-chart report-chart-bands chart-ranges", "aria-labelledby": `${words.id}-title` },
    h("figcaption", { class: "chart-title", id: `${words.id}-title` }, words.title),
    h("p", { class: "chart-summary", id: `${words.id}-summary` }, words.summary),
    rangeLegend(
      words.id,
      options.why,
      options.noneLabel === null ? null : h("li", {}, noneSwatch(), options.noneLabel),
    ),
    panels.map((p, i) => panel(words, i, layout, p)),
    h(
      "p",
      { class: "bands-axis-note", "aria-hidden": "true" },
      `Scale: ${options.measure.toLowerCase()}, the same for every panel. Periods labelled by year.`,
    ),
  );
}
