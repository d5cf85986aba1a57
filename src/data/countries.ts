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

function nameKey(name: string): string {
  return name.normalize("NFC").toLocaleLowerCase("en").replace(/\s+/g, " ");
}

// Every English name and alias ("USA", "Ivory Coast", "Korea, Republic of") to the codes it names.
const CODES_BY_NAME = new Map<string, string[]>();
for (const [code, names] of Object.entries(countries.getNames("en", { select: "all" }))) {
  for (const name of names) {
    const key = nameKey(name);
    CODES_BY_NAME.set(key, [...(CODES_BY_NAME.get(key) ?? []), code]);
  }
}

/**
 * When `name` is an English name or alias of some other code and never of `code`, that
 * other code: the row most likely has the wrong code or the wrong name. Names the list
 * does not know (local spellings, other languages) are left to the publisher.
 */
export function nameOfAnotherCode(code: string, name: string): string | undefined {
  const named = CODES_BY_NAME.get(nameKey(name));
  if (!named || named.includes(code)) return undefined;
  return named[0];
}

/**
 * Other names and codes readers type for a country, from the ISO list: its English names and aliases ("Turkey"
 * for TR, "South Korea" and "Republic of Korea" for KR, "USA" for US, "Ivory Coast" for CI) and its alpha-2 and
 * alpha-3 codes, without `shown` (the name the report uses). For the search index and the country finder.
 */
export function countryAliases(code: string, shown: string): string[] {
  const names = countries.getNames("en", { select: "all" })[code] ?? [];
  const alpha3 = countries.alpha2ToAlpha3(code);
  const all = [...names, code, ...(alpha3 ? [alpha3] : [])];
  const seen = new Set([nameKey(shown)]);
  return all.filter((name) => {
    const key = nameKey(name);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
