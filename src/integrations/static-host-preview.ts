/**
 * Makes `astro preview` behave like the static host the site is published on.
 *
 * Why an adapter: for static output Astro's own preview is a plain file server
 * that ignores `_redirects` and `_headers` and cannot be extended with Vite
 * plugins. But it hands over to an adapter's `previewEntrypoint` when there is
 * one. This "adapter" does nothing else: it declares static output only, so
 * `astro build` still writes a purely static dist/, and its preview server (see
 * static-host/preview-server.ts) applies the published rules. Browser tests
 * therefore see the no-JS filter rewrite and the security headers a host sends.
 */
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";

/**
 * `ownServerDir`: Astro is to render the pages from `.prerender/` under `build.server` (set per build by
 * scripts/build.ts) instead of its fallback for an output folder outside the project, `<project>/.astro/`,
 * which parallel builds shared and from which no rename reaches an output folder on another file system.
 * Only an adapter can ask for that (preserveBuildServerDir).
 */
export default function staticHostPreview({ ownServerDir = false }: { ownServerDir?: boolean } = {}): AstroIntegration {
  return {
    name: "static-host-preview",
    hooks: {
      "astro:config:done": ({ setAdapter }) => {
        setAdapter({
          name: "static-host-preview",
          // A file path: Astro resolves it with require.resolve, which takes no file: URLs.
          previewEntrypoint: fileURLToPath(new URL("./static-host/preview-server.ts", import.meta.url)),
          // The rule flags the whole property because the deprecated "explicit" branch shares its name; "auto" is the recommended value.
          // eslint-disable-next-line @typescript-eslint/no-deprecated
          entrypointResolution: "auto",
          adapterFeatures: { buildOutput: "static", preserveBuildServerDir: ownServerDir },
          supportedAstroFeatures: {
            staticOutput: "stable",
            hybridOutput: "unsupported",
            serverOutput: "unsupported",
            i18nDomains: "unsupported",
            envGetSecret: "unsupported",
            // Images are optimised at build time for static output, so the host never runs sharp.
            sharpImageService: "stable",
          },
        });
      },
    },
  };
}
