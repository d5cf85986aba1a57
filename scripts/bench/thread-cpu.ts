/**
 * Preloaded by the bench into the processes of a timed build (NODE_OPTIONS="--import …", see builds.ts):
 * when the `astro build` process exits, its main thread writes its own CPU time, and the whole process's,
 * as JSON to the file named by BENCH_THREAD_CPU_FILE. Every other process, and every worker thread, writes
 * nothing.
 *
 * Why process.threadCpuUsage() read by the main thread at its 'exit' event, rather than the alternatives:
 * - It counts exactly that thread, in microseconds, up to the process's last JavaScript: nothing is left
 *   between a last sample and the end.
 * - Sampling /proc/<pid>/task/<tid>/stat from outside misses whatever ran after the last sample (the thread
 *   is gone once the process ends), counts in 10 ms clock ticks, has to find the astro process two levels
 *   below npm, and exists only on Linux.
 * - The worker reporting its own CPU, subtracted from the process's total, would leave in "main" every other
 *   thread: the bundler's native threads, libuv's pool and V8's garbage-collection helpers.
 * The main thread is where Astro renders pages and where the integrations' JavaScript runs; the build's
 * worker (src/integrations/build-worker.ts) and the bundler's threads are left out.
 */
import { writeFileSync } from "node:fs";
import { isMainThread } from "node:worker_threads";

/** What the file holds: CPU seconds, user plus system. */
export interface ThreadCpu {
  mainThreadSeconds: number;
  processSeconds: number;
}

const file = process.env["BENCH_THREAD_CPU_FILE"];
const script = process.argv[1] ?? "";

if (file && isMainThread && /(^|[\\/])astro(\.m?js)?$/.test(script) && process.argv.includes("build")) {
  process.on("exit", () => {
    const seconds = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1e6;
    const report: ThreadCpu = {
      mainThreadSeconds: seconds(process.threadCpuUsage()),
      processSeconds: seconds(process.cpuUsage()),
    };
    writeFileSync(file, JSON.stringify(report));
  });
}
