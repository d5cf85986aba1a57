/**
 * `npm run build`: builds into a side folder and moves it into place only when
 * the whole build succeeded, so a failed build never leaves a half-written
 * dist/ that looks published.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { existsSync, readFileSync, renameSync, rmSync } from "node:fs";
import { writeSearchIndex } from "./search-index.ts";

const out = process.env["OUT_DIR"] ?? "dist";
const partial = `${out}.partial`;
rmSync(partial, { recursive: true, force: true });

const result = spawnSync("astro", ["build", ...process.argv.slice(2)], {
  stdio: "inherit",
  env: { ...process.env, OUT_DIR: partial },
});
if (result.status !== 0 || !existsSync(partial)) {
  rmSync(partial, { recursive: true, force: true });
  console.error(`\n✗ The build failed; ${out}/ was left as it was.`);
  process.exit(result.status ?? 1);
}

// --- Search index (Pagefind): built into the partial folder, so it is swapped in with the pages or not at all.
try {
  const language = (
    JSON.parse(readFileSync(join(process.env["DATA_DIR"] ?? "data", "site.json"), "utf8")) as {
      language?: string;
    }
  ).language;
  const started = performance.now();
  const pages = await writeSearchIndex(partial, language ?? "en");
  console.log(`✓ Search index: ${pages} pages in ${((performance.now() - started) / 1000).toFixed(1)} s`);
} catch (error) {
  rmSync(partial, { recursive: true, force: true });
  console.error(`\n✗ ${(error as Error).message}; ${out}/ was left as it was.`);
  process.exit(1);
}
// --- end of search index

rmSync(out, { recursive: true, force: true });
renameSync(partial, out);
console.log(`✓ Built into ${out}/`);
