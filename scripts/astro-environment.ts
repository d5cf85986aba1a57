/**
 * The environment `npm run build` gives Astro (scripts/build.ts). The bench builds its floor, a bare Astro
 * site, with the same one (scripts/bench/builds.ts): these settings would help any Astro site as much as
 * this one, so the floor has them too, and the bench's ratios measure only what the project adds.
 * Anything already set in `base` wins.
 *
 * - ASTRO_TELEMETRY_DISABLED: a publisher's build reports nothing to Astro's servers (Astro otherwise sends
 *   anonymous usage data, and asks git for a project id, on every build).
 * - MIMALLOC_ALLOW_THP=0: the bundler (rolldown) and Astro's compiler allocate with mimalloc, which backs its
 *   arena with transparent huge pages where the kernel allows, so every page they touched held 2 MB. Without
 *   huge pages the build's peak memory fell markedly, at the same speed.
 * - MIMALLOC_PURGE_DELAY=0: the bundler's allocator gives memory it has freed back to the system at once. By
 *   default it waits and does so at its next allocation, but the bundler's threads go idle once the site is
 *   bundled, so what they freed stayed resident for the rest of the build, through its peak. The floor's peak
 *   did not move with it. The build's worker takes the variable out of the environment again before it starts
 *   (src/downloads/background/background.ts says why).
 * - --max-semi-space-size=8 (MB): V8's young generation, which otherwise grows to several times that while
 *   pages are written. It lowered the build's peak memory at the same speed, and more than a 16 MB one did.
 *   Flags already in NODE_OPTIONS come after it, so they win.
 *
 * The bare floor gains as much from MIMALLOC_ALLOW_THP and the young generation. The README's benchmark section
 * gives what each setting saved when it was added.
 */
export function astroEnvironment(base: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const nodeOptions = ["--max-semi-space-size=8", base["NODE_OPTIONS"]].filter(Boolean).join(" ");
  return {
    ASTRO_TELEMETRY_DISABLED: "1",
    MIMALLOC_ALLOW_THP: "0",
    MIMALLOC_PURGE_DELAY: "0",
    ...base,
    NODE_OPTIONS: nodeOptions,
  };
}
