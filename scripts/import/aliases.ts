/**
 * The one reviewed table from the country names the publishers write (Microsoft's workbooks, Google's and GitHub's
 * CSVs) to ISO 3166-1 alpha-2 codes. Plain English names and the aliases i18n-iso-countries already knows ("USA",
 * "Korea, Republic of", "Russia") come from that package; only the spellings it does not know are listed here, each
 * one looked at by hand. An unknown name gets no code: the importer reports it, it never guesses.
 */
import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json" with { type: "json" };

countries.registerLocale(en);

/** Spellings the package does not know, by the lower-case, normalised spelling. */
export const EXTRA_SPELLINGS: Readonly<Record<string, string>> = {
  // Microsoft
  beligum: "BE", // misspelt in LERR 2021-H1, Emergencies
  "british virgin islands": "VG", // the package says "Virgin Islands, British"
  korea: "KR", // Microsoft and GitHub mean the Republic of Korea; both list North Korea nowhere
  "korea republic of": "KR", // LERR 2013-H1, Skype: "Korea, Republic of" without its comma
  macedonia: "MK", // the name before 2019's North Macedonia
  moldova: "MD", // also Google and GitHub
  swizerland: "CH", // misspelt in LERR 2021-H1, Emergencies
  "taiwan province of china": "TW", // LERR 2013-H1, Skype: the package's name without its comma
  urugay: "UY", // misspelt in LERR 2015-H2
  "vatican city": "VA", // also Google; the package says "Holy See (Vatican City State)"
  venezuala: "VE", // misspelt in LERR 2013-H1
  // Google
  "bosnia & herzegovina": "BA",
  brunei: "BN",
  "côte d’ivoire": "CI", // with a typographic apostrophe
  micronesia: "FM", // the Federated States of Micronesia, as its CLDR code says
  "sint maarten": "SX",
  "trinidad & tobago": "TT",
  "turks & caicos islands": "TC",
  "u.s. outlying islands": "UM",
  "u.s. virgin islands": "VI",
  // GitHub
  "republic of san marino": "SM",
};

/**
 * The name readers see for a code, where the package's English name is not the one a reader expects or is not the
 * short form (the package gives "United States of America", "Taiwan, Province of China").
 */
const DISPLAY_NAMES: Readonly<Record<string, string>> = {
  BA: "Bosnia and Herzegovina",
  CI: "Côte d’Ivoire",
  CN: "China",
  FM: "Micronesia",
  MD: "Moldova",
  MK: "North Macedonia",
  RU: "Russia",
  TR: "Turkey",
  TW: "Taiwan",
  US: "United States",
  VA: "Vatican City",
  VG: "British Virgin Islands",
};

/** What normalisation did to a name, so the importer can log it. */
export interface NormalisedName {
  readonly name: string;
  /** One short phrase per change ("trimmed", "collapsed spaces", "removed footnote mark \"*\""); empty when none. */
  readonly changes: readonly string[];
}

/**
 * Only what cannot change which country is meant: spaces around and inside the name, and a footnote mark (`*`, `†`,
 * `‡` or digits) after the last letter or closing bracket, as in Microsoft's "Turkey*".
 */
export function normaliseName(raw: string): NormalisedName {
  const changes: string[] = [];
  let name = raw;
  const trimmed = name.trim();
  if (trimmed !== name) changes.push("trimmed");
  name = trimmed;
  const collapsed = name.replace(/\s+/g, " ");
  if (collapsed !== name) changes.push("collapsed spaces");
  name = collapsed;
  const mark = /(?<=[\p{L})])\s*([*†‡]+|\d+)$/u.exec(name);
  if (mark) {
    changes.push(`removed footnote mark ${JSON.stringify(mark[1])}`);
    name = name.slice(0, mark.index);
  }
  return { name, changes };
}

/** The ISO 3166-1 alpha-2 code for a publisher's name (after normalisation), or undefined when the table lacks it. */
export function codeForName(name: string): string | undefined {
  const normal = normaliseName(name).name;
  const extra = EXTRA_SPELLINGS[normal.toLocaleLowerCase("en")];
  if (extra) return extra;
  return countries.getAlpha2Code(normal, "en") ?? undefined;
}

/** The name the data folder writes for a code. */
export function displayName(code: string): string {
  return DISPLAY_NAMES[code] ?? countries.getName(code, "en") ?? code;
}
