import { describe, expect, it } from "vitest";
import { rangeLabel, rangeWords } from "../../src/data/format.ts";

describe("range formatting", () => {
  it("writes a band with an en dash and thousands separators", () => {
    expect(rangeLabel({ low: 0, high: 499 })).toBe("0\u2013499");
    expect(rangeLabel({ low: 15000, high: 15499 })).toBe("15,000\u201315,499");
    expect(rangeLabel({ low: 1000, high: 1999 })).toBe("1,000\u20131,999");
  });

  it("never writes a hyphen, which would read as a minus", () => {
    expect(rangeLabel({ low: 0, high: 249 })).not.toContain("-");
  });

  it("writes the band in words for accessible names", () => {
    expect(rangeWords({ low: 0, high: 499 })).toBe("0 to 499");
    expect(rangeWords({ low: 15000, high: 15499 })).toBe("15,000 to 15,499");
  });
});
