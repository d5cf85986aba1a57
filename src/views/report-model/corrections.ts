/**
 * Corrections on a described report's pages: the list on /corrections/, the release line of a period or place
 * page, and the "†" beside each figure a correction changed (and nowhere else). Marks and release lines are the
 * fixed layout's own (correction-marks.ts, release-note.ts), so both sites read alike.
 */
import type { ReportData } from "../../data/report/load-report.ts";
import type { ReportCorrection } from "../../data/report/publication-files.ts";
import { parseReportPeriodId, type ReportPeriod, reportPeriodLongLabel } from "../../data/report/report-period.ts";
import { reportUrls, urls } from "../../lib/urls.ts";
import {
  sectionCellCorrections,
  correctedFiguresText,
  correctionSubject,
  periodPublicationNote,
  placePublicationNote,
} from "../../payloads/report-publication.ts";
import { formatDay } from "../../publication/dates.ts";
import { type Child, h } from "../../render/tree.ts";
import { correctionMarks } from "../correction-marks.ts";
import type { CellMarks } from "./cells.ts";
import { releaseNote } from "../release-note.ts";

/** Marks for one section's cells, from the report's corrections. */
export function sectionMarks(report: ReportData, section: string): CellMarks {
  const corrections = sectionCellCorrections(report, section);
  return (place, period, column, process) => {
    const found = corrections(period, place, column, process);
    return found.length > 0 ? correctionMarks(found.map((c) => ({ date: c.date, anchor: c.anchor }))) : null;
  };
}

/** "Published 10 August 2023 · corrected …", or that the day was not stated. */
export function periodReleaseLine(report: ReportData, period: ReportPeriod): Child {
  const note = periodPublicationNote(report, period);
  return note.published === undefined
    ? h("p", { class: "release-note muted", "data-release-note": "" }, "Publication date not stated.", corrected(note))
    : releaseNote(note);
}

/** A place's line: the latest release among its periods, and the corrections to its own figures. */
export function placeReleaseLine(report: ReportData, code: string): Child {
  const note = placePublicationNote(report, code);
  return note.published === undefined
    ? h("p", { class: "release-note muted", "data-release-note": "" }, "Publication dates not stated.", corrected(note))
    : releaseNote(note, "Latest figures published");
}

function corrected(note: ReturnType<typeof periodPublicationNote>): Child {
  return note.corrections.map((c) => [
    " ",
    h(
      "a",
      { href: `${urls.corrections}#${c.anchor}`, "data-correction": c.anchor },
      h("time", { datetime: c.date }, `Corrected ${formatDay(c.date)}`),
    ),
  ]);
}

function correctionEntry(report: ReportData, c: ReportCorrection): Child {
  const period = parseReportPeriodId(c.period);
  const place = c.place === "total" ? undefined : c.place;
  return h(
    "article",
    { id: c.anchor, class: "correction" },
    h("h2", {}, correctionSubject(report, c, reportPeriodLongLabel)),
    h("p", {}, h("time", { datetime: c.date }, `Corrected ${formatDay(c.date)}`)),
    h("p", {}, `Figures corrected: ${correctedFiguresText(report, c)}.`),
    h("p", { class: "correction-note" }, c.note),
    h(
      "p",
      {},
      period && h("a", { href: reportUrls.period(period) }, `The figures for ${reportPeriodLongLabel(period)}`),
      place && [" · ", h("a", { href: reportUrls.place(place) }, "every period of this place")],
    ),
  );
}

/** The corrections page's content: every correction, newest first, or what the files say when there are none. */
export function correctionsList(report: ReportData): Child {
  if (report.corrections === undefined) {
    return h(
      "p",
      { "data-corrections": "not-stated" },
      "This report has no corrections file, so it does not say whether any published figure has been corrected since it was published.",
    );
  }
  if (report.corrections.length === 0) {
    return h("p", { "data-corrections": "none" }, "No published figures have been corrected.");
  }
  return report.corrections.map((c) => correctionEntry(report, c));
}
