/**
 * The charts of a described report's bands sections and the sentences about them, written here once: the
 * history of a section's bands (the overview, worldwide, and a place's page), and one period's bands as the fixed
 * layout's range chart (a period's page, a place in a period). Nothing is drawn that the tables beside them do
 * not give: a band is drawn from its low bound (a stated minimum, when the publisher gives one) to its high
 * bound, never as a point or a sum; a period without a band is marked ?, never drawn as 0.
 */
import type { BandsRow } from "../../data/report/bands-file.ts";
import type { BandsSectionDescription } from "../../data/report/description-schema.ts";
import { type ReportPeriod, reportPeriodLabel, reportPeriodSlug } from "../../data/report/report-period.ts";
import { formatCountOf } from "../../data/format.ts";
import { renderBandsHistory, reportBandsLayout } from "../../charts/report-bands.ts";
import { rangesState, renderRanges } from "../../charts/ranges.ts";
import { urls } from "../../lib/urls.ts";
import { authorityLabel, bandText, bandWords, knownMinimumWords } from "../../payloads/report-words.ts";
import type { Child } from "../../render/tree.ts";

/** One period on a bands section's axis; `rows` null where the section has no file for the period. */
export interface BandsPoint {
  readonly period: ReportPeriod;
  readonly rows: readonly BandsRow[] | null;
}

/** A panel of the history: one authority (in one place, when several places have bands). */
interface PanelKey {
  readonly place: string;
  readonly authority: string;
  readonly title: string;
}

/** Where the definitions page says what this section's bands are. */
function whyBands(section: BandsSectionDescription): string {
  return `${urls.definitions}#def-${section.id}`;
}

/** The panels in report.json's order of authorities, each place apart when more than one has bands. */
function panelKeys(
  section: BandsSectionDescription,
  points: readonly BandsPoint[],
  names: ReadonlyMap<string, string>,
): PanelKey[] {
  const rows = points.flatMap((p) => p.rows ?? []);
  const places = [...new Set(rows.map((r) => r.place))];
  return section.authorities.flatMap((a) =>
    places
      .filter((place) => rows.some((r) => r.place === place && r.authority === a.id))
      .map((place) => ({
        place,
        authority: a.id,
        title: places.length > 1 ? `${names.get(place) ?? place}: ${a.label}` : a.label,
      })),
  );
}

function rowOf(point: BandsPoint, key: PanelKey): BandsRow | undefined {
  return point.rows?.find((r) => r.place === key.place && r.authority === key.authority);
}

/** How many bands that start at a stated minimum a history's summary says one by one. */
const MINIMUMS_SAID = 2;

/** "3 periods have" / "1 period has". */
function periodsHave(n: number): string {
  return formatCountOf(n, "period has", "periods have");
}

/** The bands of one period, panel by panel: `National Security Letters 2–499 (at least 2)`. */
function periodItems(point: BandsPoint, keys: readonly PanelKey[]): string {
  return keys
    .flatMap((key) => {
      const row = rowOf(point, key);
      return row ? [`${key.title} ${bandText(row.demands)}`] : [];
    })
    .join(", ");
}

/**
 * The sentence under a bands history: the latest period's bands and the first's, what a band means, the bands
 * that start at a stated minimum, what a combined authority stands for, and how a period without a band is marked.
 */
export function bandsHistorySummary(
  section: BandsSectionDescription,
  points: readonly BandsPoint[],
  names: ReadonlyMap<string, string> = new Map(),
): string {
  const keys = panelKeys(section, points, names);
  const filed = points.filter((p) => p.rows !== null && keys.some((k) => rowOf(p, k)));
  const first = filed[0];
  const last = filed.at(-1);
  const demands = section.measures.demands.label.toLowerCase();
  if (!first || !last) return `No period has ${demands} to draw.`;
  const parts = [
    `${reportPeriodLabel(last.period)}: ${periodItems(last, keys)}.`,
    first === last ? "" : ` ${reportPeriodLabel(first.period)}: ${periodItems(first, keys)}.`,
    ` The number of ${demands} lies somewhere from a band's low to its high bound; bands are never added up.`,
  ];
  const minimums = filed.flatMap((p) =>
    keys.flatMap((k) => {
      const row = rowOf(p, k);
      return row?.demands.knownMinimum
        ? [` ${k.title}, ${reportPeriodLabel(p.period)}: ${knownMinimumWords(row.demands, row.width)}.`]
        : [];
    }),
  );
  // A publisher that states a minimum does so in most periods: the latest one is said in full and the others
  // counted, so the summary stays a few sentences however long the history is.
  if (minimums.length <= MINIMUMS_SAID) parts.push(...minimums);
  else
    parts.push(
      minimums.at(-1) ?? "",
      ` ${formatCountOf(minimums.length - 1, "other band starts", "other bands start")} at a minimum the publisher states, drawn the same way; the table gives each.`,
    );
  for (const combined of section.authorities.filter((a) => a.combines && keys.some((k) => k.authority === a.id))) {
    const of = (combined.combines ?? []).map((id) => authorityLabel(section, id)).join(" and ");
    parts.push(` ${combined.label} is one band for ${of} together, never beside them.`);
  }
  const unfiled = points.filter((p) => p.rows === null).length;
  if (unfiled > 0) parts.push(` ${periodsHave(unfiled)} no ${demands} reported.`);
  if (points.some((p) => keys.some((k) => !rowOf(p, k))))
    parts.push(" ? marks a period without a band for the panel's authority.");
  if (new Set(points.map((p) => p.period.kind)).size > 1)
    parts.push(" A year's band counts twelve months, a half-year's six.");
  if (section.measures.accounts) parts.push(` ${section.measures.accounts.label} are in the table.`);
  return parts.join("");
}

/** One panel in words, period by period, for a screen reader (the image's name). */
function panelDescription(key: PanelKey, points: readonly BandsPoint[], demands: string): string {
  const periods = points.map((p) => {
    const row = rowOf(p, key);
    const what = row
      ? `${bandWords(row.demands)} ${demands}`
      : p.rows === null
        ? "not reported"
        : "no row for this authority";
    return `${reportPeriodLabel(p.period)}, ${what}`;
  });
  return `${key.title}: ${periods.join("; ")}.`;
}

/**
 * A bands section's demands over time, a panel per authority on one scale. `subject` says whose bands they are
 * ("worldwide", a place's name); `names` gives the places' names when several have bands.
 */
export function bandsHistoryChart(
  section: BandsSectionDescription,
  points: readonly BandsPoint[],
  subject: string,
  names: ReadonlyMap<string, string> = new Map(),
  idSuffix = "history",
): Child {
  const keys = panelKeys(section, points, names);
  if (keys.length === 0) return null;
  const demands = section.measures.demands.label;
  const layout = reportBandsLayout(
    points.map((p) => ({ slug: reportPeriodSlug(p.period), year: p.period.year })),
    keys.map((k) => points.map((p) => rowOf(p, k)?.demands ?? null)),
  );
  const none = points.some((p) => keys.some((k) => !rowOf(p, k)));
  return renderBandsHistory(
    {
      id: `${section.id}-chart-${idSuffix}`,
      title: `${section.label}: ${demands.toLowerCase()} ${subject}, by period, as bands`,
      summary: bandsHistorySummary(section, points, names),
      // The table beside the chart gives every band as published, accounts too.
    },
    layout,
    keys.map((k) => ({ title: k.title, description: panelDescription(k, points, demands.toLowerCase()) })),
    { measure: demands, why: whyBands(section), noneLabel: none ? "Not reported, or no row for the authority" : null },
  );
}

/** One period's bands in words: each row's demands and accounts, and what a stated minimum means. */
export function bandsPeriodSummary(
  section: BandsSectionDescription,
  entries: readonly { label: string; row: BandsRow }[],
): string {
  const demands = section.measures.demands.label.toLowerCase();
  const accounts = section.measures.accounts?.label.toLowerCase() ?? "accounts";
  const items = entries.map(
    ({ label, row }) =>
      `${label}: ${bandText(row.demands)} ${demands}, ${row.accounts ? `${bandText(row.accounts)} ${accounts}` : `${accounts} not reported`}`,
  );
  const minimums = entries.flatMap(({ label, row }) => [
    ...(row.demands.knownMinimum ? [`${label}, ${demands}: ${knownMinimumWords(row.demands, row.width)}.`] : []),
    ...(row.accounts?.knownMinimum ? [`${label}, ${accounts}: ${knownMinimumWords(row.accounts, row.width)}.`] : []),
  ]);
  return [`${items.join("; ")}.`, ...minimums].join(" ");
}

/**
 * One period's bands as the fixed layout's range chart: a row per authority (and place, when there are
 * several), demands and accounts each on a scale of their own. `subject` names the place or "worldwide".
 */
export function bandsPeriodChart(
  section: BandsSectionDescription,
  rows: readonly { placeName: string; row: BandsRow }[],
  subject: string,
  period: ReportPeriod,
): Child {
  if (rows.length === 0) return null;
  const several = new Set(rows.map((r) => r.placeName)).size > 1;
  const entries = rows.map(({ placeName, row }) => {
    const authority = authorityLabel(section, row.authority);
    return { label: several ? `${placeName}: ${authority}` : authority, row };
  });
  return renderRanges(
    rangesState(entries.map(({ label, row }) => ({ label, demands: row.demands, accounts: row.accounts }))),
    {
      id: `${section.id}-chart-period`,
      title: `${section.label}, ${subject}, ${reportPeriodLabel(period)}: bands of ${section.measures.demands.label.toLowerCase()} and ${(section.measures.accounts?.label ?? "accounts").toLowerCase()}`,
      summary: bandsPeriodSummary(section, entries),
      why: whyBands(section),
    },
  );
}
