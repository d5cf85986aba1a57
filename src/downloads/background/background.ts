/**
 * The build's heaviest files (every PDF, every XLSX and the link-preview PNGs) made on one second thread
 * while the main one writes pages.
 *
 * Why (measured on the bench's 200 countries × 26 periods): the 26 PDFs and 27 workbooks took about 4.5 s of
 * the main thread at the end of the build and the 227 preview images about 6 s, while the machine's other
 * core was mostly idle. One worker rather than one per kind, because each thread is a whole JavaScript heap.
 * It runs the same code (worker.ts) on the dataset it loads from the same data folder, so the files are the
 * same bytes either way; a file it was not asked for, or any file outside a build, is made in place.
 *
 * Each file is claimed by whichever thread comes to it first: when the main thread reaches a file the worker
 * has not started, it makes that file itself instead of waiting, so neither thread idles at the end.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { Worker } from "node:worker_threads";

/** What the worker sends back for each file: its bytes, why it failed, or that the main thread took it. */
export interface BackgroundResult {
  url: string;
  bytes?: Uint8Array;
  error?: string;
  skipped?: true;
}

/** What the worker is given. */
export interface BackgroundJob {
  dataDir: string;
  /** Site-relative addresses of the files to make, in the order the worker should make them. */
  urls: readonly string[];
  /** One claim per address, shared by both threads: {@link Claim}. */
  claims: Int32Array;
}

/** Who makes a file. Set once, by compare-and-exchange from FREE, so exactly one thread makes each. */
export const Claim = { FREE: 0, WORKER: 1, MAIN: 2 } as const;

const pending = new Map<string, { promise: Promise<Uint8Array>; claims: Int32Array; index: number }>();

/**
 * The worker's source, run by Node from the project itself: Astro bundles this module into a chunk
 * elsewhere, so the path is resolved from the project root, where every build runs.
 */
const WORKER_FILE = join(process.cwd(), "src/downloads/background/worker.ts");

/**
 * Starts making `urls` on a worker thread, in that order; {@link fromBackground} then waits for each. Call
 * it from getStaticPaths: Astro asks every route for its paths before it renders the first page. Without
 * the worker's source (a packaged build), nothing starts and every file is made in place. Resolves when
 * the worker has stopped (the build does not wait for it: every page awaits its own file).
 */
export function startInBackground(job: Omit<BackgroundJob, "claims">): Promise<void> {
  const urls = job.urls.filter((url) => !pending.has(url));
  if (urls.length === 0 || !existsSync(WORKER_FILE)) return Promise.resolve();
  const claims = new Int32Array(new SharedArrayBuffer(urls.length * Int32Array.BYTES_PER_ELEMENT));
  const settle = new Map(
    urls.map((url, index) => {
      const resolvers = Promise.withResolvers<Uint8Array>();
      // The page that needs the file awaits it and fails the build; this only stops an early failure
      // from counting as unhandled before that page is reached.
      resolvers.promise.catch(() => undefined);
      pending.set(url, { promise: resolvers.promise, claims, index });
      return [url, resolvers] as const;
    }),
  );
  const worker = new Worker(WORKER_FILE, {
    workerData: { ...job, urls, claims } satisfies BackgroundJob,
    // With any limit set, V8 sizes this thread's heap more tightly: on the bench, peak memory fell from 670 to
    // 510 MB at the same speed. Its live data peaked at about 224 MB there (the largest report we expect), so
    // 512 leaves twice that; a thread that still runs out is reported as failed and the main thread makes the
    // files it left (see fromBackground's callers).
    resourceLimits: { maxOldGenerationSizeMb: 512 },
  });
  let left = urls.length;
  worker.on("message", ({ url, bytes, error, skipped }: BackgroundResult) => {
    const resolvers = settle.get(url);
    if (bytes) resolvers?.resolve(bytes);
    else if (!skipped) resolvers?.reject(new Error(`${url} could not be made: ${error ?? "no reason given"}`));
    if (--left === 0) void worker.terminate();
  });
  const failAll = (error: Error) => {
    for (const resolvers of settle.values()) resolvers.reject(error);
  };
  worker.on("error", failAll);
  return new Promise((resolve) => {
    worker.on("exit", (code) => {
      if (left > 0) failAll(new Error(`The build's worker stopped (exit code ${String(code)}) before it finished`));
      resolve();
    });
  });
}

/**
 * A file's bytes from the worker, or undefined when the caller should make it: the worker was not asked
 * for it, or has not started it yet, in which case this claims it so the worker passes it by.
 */
export function fromBackground(url: string): Promise<Uint8Array> | undefined {
  const job = pending.get(url);
  if (!job) return undefined;
  const claimed = Atomics.compareExchange(job.claims, job.index, Claim.FREE, Claim.MAIN);
  return claimed === Claim.WORKER ? job.promise : undefined;
}
