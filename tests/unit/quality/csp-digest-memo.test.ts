/**
 * The build's CSP digest memo (src/integrations/csp-digest-memo.ts), on the Astro this project installs: its
 * module, rewritten as the build rewrites it, gives the same digests as Astro's own, and hashes each distinct
 * text once.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it, vi } from "vitest";
import { DIGEST_SIGNATURE, memoiseCspDigest } from "../../../src/integrations/csp-digest-memo.ts";

type Digest = (data: string, algorithm: string) => Promise<string>;

const require = createRequire(import.meta.url);
const astroDir = dirname(require.resolve("astro/package.json"));
const original = join(astroDir, "dist/core/encryption.js");
const source = readFileSync(original, "utf8");
const dir = mkdtempSync(join(tmpdir(), "csp-digest-"));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** The module rewritten, as a file of its own whose imports point back into the installed packages. */
async function rewritten(): Promise<{ generateCspDigest: Digest }> {
  const code = memoiseCspDigest(source);
  if (code === null) throw new Error("the signature is not in Astro's module");
  const oslo = pathToFileURL(require.resolve("@oslojs/encoding", { paths: [astroDir] })).href;
  const config = pathToFileURL(join(astroDir, "dist/core/csp/config.js")).href;
  const file = join(dir, "encryption.mjs");
  writeFileSync(
    file,
    code.replace('"@oslojs/encoding"', JSON.stringify(oslo)).replace('"./csp/config.js"', JSON.stringify(config)),
  );
  return (await import(pathToFileURL(file).href)) as { generateCspDigest: Digest };
}

describe("the CSP digest memo", () => {
  it("finds Astro's generateCspDigest in the installed Astro", () => {
    expect(source).toContain(DIGEST_SIGNATURE);
    expect(memoiseCspDigest("function somethingElse() {}")).toBeNull();
  });

  it("gives Astro's own digests, and hashes each distinct text once per algorithm", async () => {
    const astro = (await import(pathToFileURL(original).href)) as { generateCspDigest: Digest };
    const memo = await rewritten();
    const texts = ["", 'import "/_astro/a.js";', "body{color:red}"];
    const expected = await Promise.all(texts.map((t) => astro.generateCspDigest(t, "SHA-256")));
    expect(expected[0]).toBe("sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=");
    const digest = vi.spyOn(crypto.subtle, "digest");
    try {
      for (let round = 0; round < 3; round++)
        expect(await Promise.all(texts.map((t) => memo.generateCspDigest(t, "SHA-256")))).toEqual(expected);
      expect(digest).toHaveBeenCalledTimes(texts.length);
      // Another algorithm is another digest.
      expect(await memo.generateCspDigest("", "SHA-384")).toBe(await astro.generateCspDigest("", "SHA-384"));
      expect(await memo.generateCspDigest("", "SHA-384")).not.toBe(expected[0]);
    } finally {
      digest.mockRestore();
    }
  });
});
