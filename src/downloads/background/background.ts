/**
 * The build's heaviest files (every PDF, every XLSX and the link-preview PNGs) made on one second thread
 * while the main one writes pages.
 *
 * Why (measured on the bench's 200 countries × 26 periods): the 26 PDFs and 27 workbooks took about 4.5 s of
 * the main thread at the end of the build and the 227 preview images about 6 s, while the machine's other
 * core was mostly idle. One worker rather than one per kind, because each thread is a whole JavaScript heap.
 * It runs the same code (worker.ts) on the dataset it loads from the same data folder, so the files are the
 * same bytes either way; a file it was not asked for, or any file outside a build, is made in place.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { Worker } from "node:worker_threads";

/** What the worker sends back for each file: its bytes, or why it failed. */
export interface BackgroundResult {
  url: string;
  bytes?: Uint8Array;
  error?: string;
}

/** What the worker is given. */
export interface BackgroundJob {
  dataDir: string;
  /** Site-relative addresses of the files to make, in the order the build's pages need them. */
  urls: readonly string[];
}

const pending = new Map<string, Promise<Uint8Array>>();

/**
 * The worker's source, run by Node from the project itself: Astro bundles this module into a chunk
 * elsewhere, so the path is resolved from the project root, where every build runs.
 */
const WORKER_FILE = join(process.cwd(), "src/downloads/background/worker.ts");

/**
 * Starts making `urls` on a worker thread; {@link fromBackground} then waits for each. Call it from
 * getStaticPaths: Astro asks every route for its paths before it renders the first page. Without the
 * worker's source (a packaged build), nothing starts and every file is made in place.
 */
export function startInBackground(job: BackgroundJob): void {
  const urls = job.urls.filter((url) => !pending.has(url));
  if (urls.length === 0 || !existsSync(WORKER_FILE)) return;
  const settle = new Map(
    urls.map((url) => {
      const resolvers = Promise.withResolvers<Uint8Array>();
      // The page that needs the file awaits it and fails the build; this only stops an early failure
      // from counting as unhandled before that page is reached.
      resolvers.promise.catch(() => undefined);
      pending.set(url, resolvers.promise);
      return [url, resolvers] as const;
    }),
  );
  const worker = new Worker(WORKER_FILE, {
    workerData: { ...job, urls } satisfies BackgroundJob,
    // With any limit set, V8 sizes this thread's heap more tightly: on the bench, peak memory fell from 670 to
    // 510 MB at the same speed. Its live data peaked at about 224 MB there (the largest report we expect), so
    // 512 leaves twice that; a thread that still runs out is reported as failed and the main thread makes the
    // files it left (see fromBackground's callers).
    resourceLimits: { maxOldGenerationSizeMb: 512 },
  });
  let left = urls.length;
  worker.on("message", ({ url, bytes, error }: BackgroundResult) => {
    const resolvers = settle.get(url);
    if (bytes) resolvers?.resolve(bytes);
    else resolvers?.reject(new Error(`${url} could not be made: ${error ?? "no reason given"}`));
    if (--left === 0) void worker.terminate();
  });
  const failAll = (error: Error) => {
    for (const resolvers of settle.values()) resolvers.reject(error);
  };
  worker.on("error", failAll);
  worker.on("exit", (code) => {
    if (left > 0) failAll(new Error(`The build's worker stopped (exit code ${String(code)}) before it finished`));
  });
}

/** A file's bytes from the worker, or undefined when the worker was not asked for it. */
export function fromBackground(url: string): Promise<Uint8Array> | undefined {
  return pending.get(url);
}
