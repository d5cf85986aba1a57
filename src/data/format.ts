import type { Change } from "./aggregate.ts";

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

/** Accounts may be unreported, which must never read as 0. */
export function formatAccounts(value: number | null): string {
  return value === null ? "not reported" : formatCount(value);
}

/** Basis points to a percentage with two decimals: `534` → `5.34%`; `null` → `–`. */
export function formatShare(bp: number | null): string {
  return bp === null ? "–" : `${percent.format(bp / 100)}%`;
}

/** `+1,204 (+5.10%)`, or `+12` where the earlier figure was 0. */
export function formatChange(change: Change): string {
  const abs = signedInteger.format(change.delta);
  return change.relative === null ? abs : `${abs} (${signedPercent.format(change.relative / 100)}%)`;
}
