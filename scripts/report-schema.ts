/**
 * Writes `data/report.schema.json`, the JSON Schema editors use to check a report description as it is
 * typed, from the same zod schema the build validates with. `--check` exits 1 when the committed file is
 * out of date instead of writing it (the unit tests run the same comparison).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { isDeepStrictEqual } from "node:util";
import { reportJsonSchema, reportJsonSchemaText } from "../src/data/report/json-schema.ts";

const target = "data/report.schema.json";
const text = reportJsonSchemaText();
if (process.argv.includes("--check")) {
  // Compared as JSON, since prettier lays the committed file out its own way.
  if (!isDeepStrictEqual(JSON.parse(readFileSync(target, "utf8")), reportJsonSchema())) {
    process.stderr.write(
      `${target} is out of date; run npm run report-schema, then npx prettier --write data/report.schema.json\n`,
    );
    process.exitCode = 1;
  }
} else {
  writeFileSync(target, text);
  process.stdout.write(`wrote ${target}\n`);
}
