import type { Change, LikeForLike } from "./aggregate.ts";
import type { Band } from "./national-security.ts";
import { type Period, periodInText } from "./period.ts";

/*
 * The report's style for figures, written down once (periods: see periodLabel and periodInText in period.ts):
 * - counts with thousands separators: 24,798;
 * - shares with two decimals: 5.34%;
 * - changes with a direction cue that is not colour: ▲ for a rise, ▼ for a fall, and a true minus sign (−),
 *   never a hyphen: "▲ +798 (+3.33%)", "▼ −50 (−20.00%)", "no change";
 * - ranges (national-security bands) with an en dash and no spaces: "15,000–15,499"; in accessible names,
 *   where screen readers may read the dash as "minus" or skip it, with words: "15,000 to 15,499";
 * - a figure that was not reported reads "not reported", never 0.
 */

// One locale for the whole report, so that a figure reads the same on every page and in every download.
const LOCALE = "en-US";
const integer = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 });
const percent = new Intl.NumberFormat(LOCALE, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const signedPercent = new Intl.NumberFormat(LOCALE, {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
  signDisplay: "exceptZero",
});
const signedInteger = new Intl.NumberFormat(LOCALE, { signDisplay: "exceptZero" });

/** `24798` → `24,798`. */
export function formatCount(value: number): string {
  return integer.format(value);
}

const plural = new Intl.PluralRules(LOCALE);

/** A count with its noun in the right number: `1 request`, `0 requests`, `24,798 requests`. */
export function formatCountOf(value: number, one: string, other: string): string {
  return `${formatCount(value)} ${plural.select(value) === "one" ? one : other}`;
}

/** `1 request`, `2 requests`. */
export function formatRequests(value: number): string {
  return formatCountOf(value, "request", "requests");
}

/** Accounts may be unreported, which must never read as 0. */
export function formatAccounts(value: number | null): string {
  return value === null ? "not reported" : formatCount(value);
}

/** An inclusive band as shown: `{ low: 0, high: 499 }` → `0–499`, `{ low: 15000, high: 15499 }` → `15,000–15,499`. */
export function rangeLabel(band: Band): string {
  return `${formatCount(band.low)}\u2013${formatCount(band.high)}`;
}

/** The same band in words, for accessible names: `0 to 499`. */
export function rangeWords(band: Band): string {
  return `${formatCount(band.low)} to ${formatCount(band.high)}`;
}

/** Basis points to a percentage with two decimals: `534` → `5.34%`; `null` → `–`. */
export function formatShare(bp: number | null): string {
  return bp === null ? "–" : `${percent.format(bp / 100)}%`;
}

/** Intl writes a hyphen-minus; the report writes the minus sign, which reads as one in every font and screen reader. */
function minus(text: string): string {
  return text.replace("-", "\u2212");
}

/** The direction cue of a change: ▲ up, ▼ down, nothing for no change. */
export function changeArrow(change: Change): string {
  return change.delta > 0 ? "▲" : change.delta < 0 ? "▼" : "";
}

/** A change without its arrow, for places that draw the arrow apart (hidden from screen readers, which read the sign). */
export function formatChangeFigures(change: Change): string {
  if (change.delta === 0) return "no change";
  const abs = minus(signedInteger.format(change.delta));
  return change.relative === null ? abs : `${abs} (${minus(signedPercent.format(change.relative / 100))}%)`;
}

/** `▲ +1,204 (+5.10%)`, `▼ −28 (−20.00%)`, `▲ +12` where the earlier figure was 0, or `no change`. */
export function formatChange(change: Change): string {
  const arrow = changeArrow(change);
  return arrow ? `${arrow} ${formatChangeFigures(change)}` : formatChangeFigures(change);
}

/**
 * A name from the data, isolated for bidirectional text (U+2068 … U+2069), for plain-text places that cannot
 * hold a `<bdi>` element: page titles, accessible names, chart summaries. A right-to-left name, or one with a
 * stray direction mark, then cannot reorder the words around it. HTML places use `<bdi>` instead.
 */
export function isolate(name: string): string {
  return `\u2068${name}\u2069`;
}

/** Up to three names, then how many more: `Germany, France, Chile and 2 more`. */
export function someNames(names: readonly string[], quote: (name: string) => string): string {
  const shown = names.slice(0, names.length > 4 ? 3 : 4).map(quote);
  const more = names.length - shown.length;
  if (more > 0) return `${shown.join(", ")} and ${more} more`;
  return shown.length > 1 ? `${shown.slice(0, -1).join(", ")} and ${shown.at(-1) ?? ""}` : (shown[0] ?? "");
}

/**
 * What a like-for-like change compared, when it is not simply every country in both periods: why no change is
 * shown, or which countries were left out because they reported the figure in only one of the two. Null when the
 * two periods had the same countries reporting it, so the change is that of the totals shown.
 */
export function comparisonScope(
  l: LikeForLike,
  earlier: Period,
  later: Period,
  quote: (name: string) => string = (name) => name,
): string | null {
  if (l.change === null)
    return `No change shown: not reported in both ${periodInText(earlier)} and ${periodInText(later)}.`;
  if (l.onlyEarlier.length === 0 && l.onlyLater.length === 0) return null;
  const left = [
    l.onlyEarlier.length > 0 ? `${someNames(l.onlyEarlier, quote)} (${periodInText(earlier)} only)` : "",
    l.onlyLater.length > 0 ? `${someNames(l.onlyLater, quote)} (${periodInText(later)} only)` : "",
  ].filter((s) => s !== "");
  const countries = l.matched === 1 ? "the one country" : `the ${formatCount(l.matched)} countries`;
  return `Change over ${countries} reported in both periods; left out: ${left.join("; ")}.`;
}
