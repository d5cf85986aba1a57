/**
 * `node scripts/check-parse.ts [dir]`: every XML and JSON file the build wrote must parse.
 * XML (`.xml`, `.svg`) is read by saxes, a strict XML 1.0 parser with namespaces, which also
 * refuses characters XML may not carry (a vertical tab from a correction note would make
 * feed readers drop the whole feed); JSON (`.json`, `.webmanifest`) by JSON.parse. Exits 1 on
 * any file that does not parse, with its path and the parser's reason.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { SaxesParser } from "saxes";
import { walkFiles } from "../src/data/files.ts";

export interface Unparsable {
  /** Relative to the checked folder. */
  file: string;
  reason: string;
}

const XML = /\.(xml|svg)$/;
const JSON_FILES = /\.(json|webmanifest)$/;

/** Why `text` is not well-formed XML, or undefined when it is. */
export function xmlProblem(text: string): string | undefined {
  let problem: string | undefined;
  const parser = new SaxesParser({ xmlns: true });
  parser.on("error", (error) => {
    // saxes goes on after an error; the first one is the one to fix.
    problem ??= error.message;
  });
  parser.write(text).close();
  return problem;
}

/** Why `text` is not JSON, or undefined when it is. */
export function jsonProblem(text: string): string | undefined {
  try {
    JSON.parse(text);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

/** Every XML and JSON file under `dir` that does not parse, and how many were checked. */
export function checkParse(dir: string): { unparsable: Unparsable[]; checked: number } {
  const unparsable: Unparsable[] = [];
  let checked = 0;
  for (const file of walkFiles(dir)) {
    const check = XML.test(file) ? xmlProblem : JSON_FILES.test(file) ? jsonProblem : undefined;
    if (!check) continue;
    checked += 1;
    const reason = check(readFileSync(join(dir, file), "utf8"));
    if (reason !== undefined) unparsable.push({ file, reason });
  }
  return { unparsable, checked };
}

if (process.argv[1]?.endsWith("check-parse.ts")) {
  const dir = process.argv[2] ?? process.env["OUT_DIR"] ?? "dist";
  const { unparsable, checked } = checkParse(dir);
  if (unparsable.length > 0) {
    for (const u of unparsable) console.error(`✗ ${u.file}: ${u.reason}`);
    console.error(`${unparsable.length} of ${checked} XML and JSON files in ${dir} do not parse.`);
    process.exit(1);
  }
  console.log(`✓ ${checked} XML and JSON files in ${dir} parse.`);
}
