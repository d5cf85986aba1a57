/**
 * `npm run build`: builds into a side folder and moves it into place only when
 * the whole build succeeded, so a failed build never leaves a half-written
 * dist/ that looks published.
 */
import { spawnSync } from "node:child_process";
import { existsSync, renameSync, rmSync } from "node:fs";

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
rmSync(out, { recursive: true, force: true });
renameSync(partial, out);
console.log(`✓ Built into ${out}/`);
