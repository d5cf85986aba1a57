import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json" with { type: "json" };

// The package version is pinned in package-lock.json, so the list of valid codes
// only changes when someone upgrades it on purpose. It already includes XK (Kosovo),
// which is user-assigned in ISO 3166-1 but used by most publishers.
countries.registerLocale(en);

const CODES: ReadonlySet<string> = new Set(Object.keys(countries.getAlpha2Codes()));

/** True for an upper-case ISO 3166-1 alpha-2 code (or XK). */
export function isKnownCountryCode(code: string): boolean {
  return CODES.has(code);
}

/** The English short name of a code, used when a publisher's name is needed as a fallback. */
export function isoCountryName(code: string): string | undefined {
  return countries.getName(code, "en") ?? undefined;
}
