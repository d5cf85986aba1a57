import { z } from "zod";
import { reportDescriptionSchema } from "./description-schema.ts";

/**
 * The description's JSON Schema, as `data/report.schema.json` holds it: the input form (defaults are
 * optional), so an editor accepts exactly the files the build accepts, apart from the cross-field rules
 * (unique ids, declared references) that only `npm run validate` checks.
 */
export function reportJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(reportDescriptionSchema, { io: "input", unrepresentable: "any" });
  const titled = {
    ...schema,
    title: "Transparency report description (data/report.json)",
    description:
      "What a publisher's report holds: sections, measures, outcome schemes, processes, places, bands and periods. See docs/report-model.md.",
  };
  return titled;
}

/** The schema as the file's text, before prettier lays it out. */
export function reportJsonSchemaText(): string {
  return `${JSON.stringify(reportJsonSchema(), null, 2)}\n`;
}
