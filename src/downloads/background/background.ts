/**
 * The build's heaviest files (every PDF, every XLSX and the link-preview PNGs) made on one second thread
 * while the main one writes pages.
 *
 * Why: made on the main thread, the PDFs and workbooks held up the end of the build and the preview images
 * took longer still, while the machine's other core was mostly idle (`npm run bench` prints what each kind
 * costs). One worker rather than one per kind, because each thread is a whole JavaScript heap.
 * It runs the same code (worker.ts) on the dataset it loads from the same data folder, so the files are the
 * same bytes either way; a file it does not make, or any file outside a build, is made in place.
 *
 * The worker starts with the build (src/integrations/build-worker.ts), before Astro bundles the site, and
 * sends its plan first: the files it will make, in order, each with a claim. Each file is made by whichever
 * thread comes to it first: when the main thread reaches a file the worker has not started, it makes that
 * file itself instead of waiting, so neither thread idles at the end.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { Worker } from "node:worker_threads";

/** What the worker sends: its plan, once, then each file's bytes, why it failed, or that the main thread took it. */
export type BackgroundMessage =
  | { kind: "plan"; urls: readonly string[]; claims: Int32Array }
  | { kind: "file"; url: string; bytes?: Uint8Array; error?: string; skipped?: true };

/** What the worker is given. */
export interface BackgroundJob {
  dataDir: string;
  /** What the data files' paths are named relative to (see src/lib/data-dir.ts); the working directory unless set. */
  root?: string;
}

/** Who makes a file. Set once, by compare-and-exchange from FREE, so exactly one thread makes each. */
export const Claim = { FREE: 0, WORKER: 1, MAIN: 2 } as const;

interface Planned {
  promise: Promise<Uint8Array>;
  claims: Int32Array;
  index: number;
}

/**
 * One registry per process, on globalThis: the integration that starts the worker and the pages that ask
 * for its files are bundled apart by Astro (config and site), so each has its own copy of this module.
 */
const registry = ((globalThis as { [key: symbol]: unknown })[Symbol.for("transparency-report.build-worker")] ??= {
  started: false,
  planned: new Map<string, Planned>(),
  plan: Promise.withResolvers<readonly string[]>(),
}) as { started: boolean; planned: Map<string, Planned>; plan: PromiseWithResolvers<readonly string[]> };

/**
 * The worker's source, run by Node from the project itself: Astro bundles this module into a chunk
 * elsewhere, so the path is resolved from the project root, where every build runs.
 */
const WORKER_FILE = join(process.cwd(), "src/downloads/background/worker.ts");

/**
 * Starts the worker on the dataset in `dataDir`, once per process; {@link fromBackground} then answers for
 * each file it plans. Without the worker's source (a packaged build) nothing starts and every file is made
 * in place. Resolves when the worker has stopped; nothing needs to wait for that, as every page awaits its
 * own file. The worker stays referenced, so a page awaiting a file keeps the process alive, and it stops
 * itself once every planned file is answered.
 */
export function startInBackground(job: BackgroundJob): Promise<void> {
  if (registry.started || !existsSync(WORKER_FILE)) return Promise.resolve();
  registry.started = true;
  withoutImmediatePurge();
  const worker = new Worker(WORKER_FILE, {
    workerData: job,
    // With any limit set, V8 sizes this thread's heap more tightly, which lowered the build's peak memory at
    // the same speed. 512 MB is about twice the live data of the bench's report, the largest we expect; a thread
    // that still runs out is reported as failed and the main thread makes the files it left (see
    // fromBackground's callers). A 64 MB young generation lowered the peak again for a small cost in time;
    // smaller ones cost more time for little more memory.
    // A described report's PDFs once printed every place × process row and wanted a larger one; they now print
    // what the period page shows (src/downloads/report-model/figures.ts), and the same size serves both.
    resourceLimits: { maxOldGenerationSizeMb: 512, maxYoungGenerationSizeMb: 64 },
  });
  const settle = new Map<string, PromiseWithResolvers<Uint8Array>>();
  let left = Number.POSITIVE_INFINITY;
  worker.on("message", (message: BackgroundMessage) => {
    if (message.kind === "plan") {
      left = message.urls.length;
      registry.plan.resolve(message.urls);
      message.urls.forEach((url, index) => {
        const resolvers = Promise.withResolvers<Uint8Array>();
        // The page that needs the file awaits it and fails the build; this only stops an early failure
        // from counting as unhandled before that page is reached.
        resolvers.promise.catch(() => undefined);
        settle.set(url, resolvers);
        registry.planned.set(url, { promise: resolvers.promise, claims: message.claims, index });
      });
      return;
    }
    const resolvers = settle.get(message.url);
    // Settled, the entry goes: the page that asks for the file holds its promise, and nothing else should.
    settle.delete(message.url);
    if (message.bytes) resolvers?.resolve(message.bytes);
    else if (!message.skipped)
      resolvers?.reject(new Error(`${message.url} could not be made: ${message.error ?? "no reason given"}`));
    if (--left === 0) void worker.terminate();
  });
  const failAll = (error: Error) => {
    for (const resolvers of settle.values()) resolvers.reject(error);
  };
  worker.on("error", failAll);
  return new Promise((resolve) => {
    worker.on("exit", (code) => {
      if (left > 0) failAll(new Error(`The build's worker stopped (exit code ${String(code)}) before it finished`));
      registry.plan.resolve([]);
      resolve();
    });
  });
}

/**
 * `npm run build` sets MIMALLOC_PURGE_DELAY=0 so that the bundler's allocator gives back what it freed
 * (scripts/astro-environment.ts). The preview images' renderer (resvg) links an allocator of its own, which reads
 * the variable when its library loads, in the worker: with it, every image's bitmap was given back to the system
 * and faulted in again for the next image, which cost the worker seconds over a large report. The bundler's
 * allocator has read the variable by the time a build starts, so it can go now, before the worker loads the
 * renderer.
 */
function withoutImmediatePurge(): void {
  if (process.env["MIMALLOC_PURGE_DELAY"] === "0") delete process.env["MIMALLOC_PURGE_DELAY"];
}

/**
 * A file's bytes from the worker, or undefined when the caller should make it: the worker does not plan
 * it (or has not sent its plan yet), or has not started it, in which case this claims it so the worker
 * passes it by. Each file is answered once, to the one page that writes it: the registry then lets it go, so
 * the build does not hold every file the worker made until it ends, and a second ask makes the file in place.
 */
export function fromBackground(url: string): Promise<Uint8Array> | undefined {
  const planned = registry.planned.get(url);
  if (!planned) return undefined;
  registry.planned.delete(url);
  const claimed = Atomics.compareExchange(planned.claims, planned.index, Claim.FREE, Claim.MAIN);
  return claimed === Claim.WORKER ? planned.promise : undefined;
}

/** The files the worker plans to make, in its order, once its plan arrives; none when it stopped without one. */
export function backgroundPlan(): Promise<readonly string[]> {
  return registry.plan.promise;
}
