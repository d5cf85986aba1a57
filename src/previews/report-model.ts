/**
 * Link-preview cards of a described report (data/report.json): the overview's (the latest period), one per
 * period with that period's worldwide figures, and one per country or declared place with its figures over
 * every period, said so on the card. Drawn in the fixed layout's frame (card.ts) and rendered the same way
 * (render.ts), so the PNGs are the same bytes on every machine.
 */
import type { ReportData } from "../data/report/load-report.ts";
import { reportPeriodLabel, reportPeriodLongLabel, reportPeriodSlug } from "../data/report/report-period.ts";
import { reportUrls } from "../lib/urls.ts";
import { reportPeriods, reportPlaces } from "../payloads/report-model.ts";
import { periodSummary, placeSummary, type SummaryLine } from "../payloads/report-summary.ts";
import { type El, h } from "../render/tree.ts";
import { CARD_WIDTH, frame } from "./card.ts";

/** What one described card shows, and its text alternative (og:image:alt). */
export interface ReportCard {
  readonly name: string;
  readonly heading: string;
  readonly period: string;
  readonly lines: readonly SummaryLine[];
  readonly alt: string;
}

const MARGIN = 72;
const INK = "#1a1a1a";
const MAX_LINES = 6;

function card(name: string, heading: string, period: string, lines: readonly SummaryLine[]): ReportCard {
  const words = lines.length > 0 ? lines.map((l) => l.text).join("; ") : "no figures";
  return { name, heading, period, lines, alt: `${heading}, ${period}: ${words}.` };
}

/** Every card of the report; a period or place page shows its own, every other page the overview's. */
export function reportCards(report: ReportData): ReportCard[] {
  let cards = cache.get(report);
  if (!cards) {
    cards = makeCards(report);
    cache.set(report, cards);
  }
  return cards;
}

const cache = new WeakMap<ReportData, ReportCard[]>();

function makeCards(report: ReportData): ReportCard[] {
  const periods = reportPeriods(report);
  const cards: ReportCard[] = [];
  const latest = periods.at(-1);
  if (latest) cards.push(card("overview", "Worldwide", reportPeriodLongLabel(latest), periodSummary(report, latest)));
  for (const period of periods)
    cards.push(
      card(
        `period-${reportPeriodSlug(period)}`,
        "Worldwide",
        reportPeriodLongLabel(period),
        periodSummary(report, period),
      ),
    );
  const first = periods[0];
  for (const place of reportPlaces(report)) {
    const span =
      first && latest ? `All periods, ${reportPeriodLabel(first)} to ${reportPeriodLabel(latest)}` : "All periods";
    cards.push(card(`place-${place.slug}`, place.name, span, placeSummary(report, place.code)));
  }
  return cards;
}

/** The card of the page at `pathname`: its period's or its place's, the overview's for every other page. */
export function reportCardForPath(report: ReportData, pathname: string): ReportCard | undefined {
  // Every page asks twice (its description and its tags): the cards are found by address once per report.
  let byPath = cardsByPath.get(report);
  if (!byPath) {
    const byName = new Map(reportCards(report).map((c) => [c.name, c]));
    byPath = new Map<string, ReportCard | undefined>([
      ...reportPeriods(report).map((p): [string, ReportCard | undefined] => [
        reportUrls.period(p),
        byName.get(`period-${reportPeriodSlug(p)}`),
      ]),
      ...reportPlaces(report).map((p): [string, ReportCard | undefined] => [
        reportUrls.place(p.code),
        byName.get(`place-${p.slug}`),
      ]),
    ]);
    byPath.set(OVERVIEW, byName.get("overview"));
    cardsByPath.set(report, byPath);
  }
  return byPath.has(pathname) ? byPath.get(pathname) : byPath.get(OVERVIEW);
}

/** A key no address can be, for the overview's card that every other page shows. */
const OVERVIEW = "\u0000overview";
const cardsByPath = new WeakMap<ReportData, Map<string, ReportCard | undefined>>();

/** A card as an SVG tree: the frame (site, heading, period), then a line per section. */
export function reportCardTree(site: string, c: ReportCard): El {
  const width = CARD_WIDTH - 2 * MARGIN;
  const shown = c.lines.slice(0, MAX_LINES);
  const body = shown.map((line, i) => {
    // DejaVu Sans averages about 0.6 em per character: a long line gets smaller type so it stays on the card.
    const size = Math.min(34, Math.floor(width / (0.6 * Array.from(line.text).length)));
    return h("text", { x: MARGIN, y: 320 + i * 50, "font-size": size, fill: INK }, line.text);
  });
  if (c.lines.length > MAX_LINES)
    body.push(
      h("text", { x: MARGIN, y: 320 + MAX_LINES * 50, "font-size": 28, fill: INK }, "More sections on the page"),
    );
  return frame({ site, heading: c.heading, period: c.period, totals: null }, body);
}
