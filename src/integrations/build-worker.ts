import type { AstroIntegration } from "astro";
import { startInBackground } from "../downloads/background/background.ts";

/**
 * Starts the build's worker (src/downloads/background/) when a build starts, before Astro bundles the site:
 * the second core then has about two more seconds of the heavy files done by the time pages need them.
 * Only for builds: `astro dev` makes each file when it is asked for.
 */
export function buildWorker(dataDir: string, root?: string): AstroIntegration {
  return {
    name: "build-worker",
    hooks: {
      "astro:build:start": () => {
        void startInBackground({ dataDir, ...(root ? { root } : {}) });
      },
    },
  };
}
