import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { COLUMNS } from "../../src/data/columns.ts";
import { AUTHORITY_IDS, BAND_WIDTHS, RANGE_COLUMNS } from "../../src/data/national-security.ts";

interface Field {
  name: string;
  type: string;
  constraints?: { required?: boolean; minimum?: number; enum?: unknown[] };
}

describe("data/schema.json", () => {
  const schema = JSON.parse(readFileSync("data/schema.json", "utf8")) as { fields: Field[]; primaryKey: string[] };

  it("describes exactly the columns the validator checks, in order and with their types", () => {
    expect(schema.fields.map((f) => [f.name, f.type])).toEqual(COLUMNS.map((c) => [c.name, c.type]));
  });

  it("marks every count but accounts as required and non-negative", () => {
    for (const f of schema.fields.filter((f) => f.type === "integer")) {
      expect(f.constraints?.minimum).toBe(0);
      expect(f.constraints?.required ?? false).toBe(f.name !== "accounts");
    }
    expect(schema.primaryKey).toEqual(["country_code"]);
  });
});

describe("data/national-security.schema.json", () => {
  const schema = JSON.parse(readFileSync("data/national-security.schema.json", "utf8")) as {
    fields: Field[];
    primaryKey: string[];
  };
  const byName = (name: string) => schema.fields.find((f) => f.name === name);

  it("describes exactly the range columns the validator checks, in order and with their types", () => {
    expect(schema.fields.map((f) => [f.name, f.type])).toEqual(RANGE_COLUMNS.map((c) => [c.name, c.type]));
    expect(schema.primaryKey).toEqual(["country_code", "authority"]);
  });

  it("lists the same authorities and band widths as the validator, and requires the demands but not the accounts", () => {
    expect(byName("authority")?.constraints?.enum).toEqual([...AUTHORITY_IDS]);
    expect(byName("band_width")?.constraints?.enum).toEqual([...BAND_WIDTHS]);
    for (const name of ["demands_low", "demands_high", "accounts_low", "accounts_high"]) {
      expect(byName(name)?.constraints?.minimum).toBe(0);
      expect(byName(name)?.constraints?.required ?? false).toBe(name.startsWith("demands"));
    }
  });
});
