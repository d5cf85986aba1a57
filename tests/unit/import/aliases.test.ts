import countries from "i18n-iso-countries";
import { describe, expect, it } from "vitest";
import { EXTRA_SPELLINGS, codeForName, displayName, normaliseName } from "../../../scripts/import/aliases.ts";
import { isKnownCountryCode, nameOfAnotherCode } from "../../../src/data/countries.ts";

describe("country alias table", () => {
  it.each(Object.entries(EXTRA_SPELLINGS))(
    "%s maps to a known code the package does not already give (%s)",
    (spelling, code) => {
      expect(isKnownCountryCode(code)).toBe(true);
      expect(codeForName(spelling)).toBe(code);
      // Listed by hand only because i18n-iso-countries does not know it.
      expect(countries.getAlpha2Code(spelling, "en")).toBeUndefined();
    },
  );

  it.each([
    ["United Kingdom", "GB"],
    ["UK", "GB"],
    ["USA", "US"],
    ["Russian Federation", "RU"],
    ["Korea, Republic Of", "KR"],
    ["Korea", "KR"],
    ["Kosovo", "XK"],
    ["Beligum", "BE"],
    ["Trinidad & Tobago", "TT"],
    ["Côte d’Ivoire", "CI"],
  ])("%s is %s", (name, code) => {
    expect(codeForName(name)).toBe(code);
  });

  it("strips only what cannot change the country, and says what it stripped", () => {
    expect(normaliseName("Turkey*")).toEqual({ name: "Turkey", changes: ['removed footnote mark "*"'] });
    expect(normaliseName("South  Korea")).toEqual({ name: "South Korea", changes: ["collapsed spaces"] });
    expect(normaliseName("Serbia ")).toEqual({ name: "Serbia", changes: ["trimmed"] });
    expect(normaliseName("Germany2")).toEqual({ name: "Germany", changes: ['removed footnote mark "2"'] });
    expect(normaliseName("Brazil")).toEqual({ name: "Brazil", changes: [] });
    expect(codeForName(" Turkey* ")).toBe("TR");
  });

  it("gives no code for a name it does not know, rather than a near match", () => {
    for (const name of ["Great Britian", "Narnia", "Kore", "TOTAL", "United Nations", ""])
      expect(codeForName(name)).toBeUndefined();
  });

  it("writes names that the data folder's checks take for their own code", () => {
    const codes = new Set([
      ...Object.values(EXTRA_SPELLINGS),
      "US",
      "GB",
      "RU",
      "TW",
      "MK",
      "CN",
      "TR",
      "VG",
      "VA",
      "DE",
    ]);
    for (const code of codes) {
      expect(nameOfAnotherCode(code, displayName(code)), `${code} ${displayName(code)}`).toBeUndefined();
      expect(codeForName(displayName(code)), displayName(code)).toBe(code);
    }
  });
});
