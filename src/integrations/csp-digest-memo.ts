import type { AstroIntegration } from "astro";

/**
 * Astro hashes every script and style a page carries for its Content-Security-Policy, page by page, each through
 * `crypto.subtle.digest`, which hands the work to another thread and back: on the bench's 7,000 pages, nearly all of
 * them carrying the same script, that round trip was repeated for the same bytes thousands of times, one page after
 * another. The digest of the same text with the same algorithm is always the same, so this build keeps each one
 * (a promise per distinct text: a few dozen) and every later page reuses it. The policy written into each page is
 * unchanged, byte for byte.
 *
 * Done by rewriting Astro's own `generateCspDigest` (astro/dist/core/encryption.js) as Vite bundles it into the
 * pages' code. If a later Astro changes that function, the build says so and hashes as Astro does.
 */
export const DIGEST_SIGNATURE = "async function generateCspDigest(data, algorithm) {";

const ENCRYPTION_MODULE = /[\\/]astro[\\/]dist[\\/]core[\\/]encryption\.js$/;

/** `code` (Astro's encryption module) with generateCspDigest remembering each digest it made; null if not found. */
export function memoiseCspDigest(code: string): string | null {
  if (!code.includes(DIGEST_SIGNATURE)) return null;
  return code.replace(
    DIGEST_SIGNATURE,
    [
      "const cspDigests = new Map();",
      "function generateCspDigest(data, algorithm) {",
      "  const key = `${algorithm}\\u0000${data}`;",
      "  let digest = cspDigests.get(key);",
      "  if (digest === undefined) {",
      "    digest = generateCspDigestOnce(data, algorithm);",
      "    cspDigests.set(key, digest);",
      "  }",
      "  return digest;",
      "}",
      "async function generateCspDigestOnce(data, algorithm) {",
    ].join("\n"),
  );
}

/** The integration: a Vite plugin for builds that applies {@link memoiseCspDigest} to Astro's module. */
export function cspDigestMemo(): AstroIntegration {
  return {
    name: "csp-digest-memo",
    hooks: {
      "astro:config:setup": ({ command, updateConfig, logger }) => {
        if (command !== "build") return;
        updateConfig({
          vite: {
            plugins: [
              {
                name: "csp-digest-memo",
                transform(code: string, id: string) {
                  if (!ENCRYPTION_MODULE.test(id.split("?")[0] ?? id)) return null;
                  const memoised = memoiseCspDigest(code);
                  if (memoised === null)
                    logger.warn("Astro's generateCspDigest has changed: each page's hashes are worked out anew.");
                  return memoised === null ? null : { code: memoised, map: null };
                },
              },
            ],
          },
        });
      },
    },
  };
}
