import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { COLUMNS } from "../../src/data/columns.ts";

interface Field {
  name: string;
  type: string;
  constraints?: { required?: boolean; minimum?: number };
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
