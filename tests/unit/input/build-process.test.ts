/**
 * What `npm run build` guarantees when two run at once, when it is killed in the swap, when its output
 * folder is a read-only mount or on another file system, and when the data changes under it (issue 23),
 * each shown on real processes. The tests about the build script itself use the stand-in for astro
 * (build-runner.ts); the last two run the real Astro build on a three-period data folder.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { isRunning } from "../../../scripts/build-lock.ts";
import { walkFiles } from "../../../src/data/files.ts";
import { build as buildIn, exited, output, prepare, until } from "./build-runner.ts";

let work: string;
const build = (env: Record<string, string>) => buildIn(work, env);
const dist = () => join(work, "dist");
const read = (path: string) => readFileSync(join(work, path), "utf8");

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), "build-process-"));
  prepare(work);
});
afterEach(() => {
  rmSync(work, { recursive: true, force: true });
});

/** Nothing but the site is left beside it: no partial build, old site, lock, Astro server folder or data copy. */
function onlyTheSiteLeft(folder = work, name = "dist"): void {
  for (const suffix of [".partial", ".old", ".lock", ".server", ".data"]) {
    expect(existsSync(join(folder, `${name}${suffix}`)), `${name}${suffix}`).toBe(false);
  }
}

/**
 * Runs a shell script in a mount namespace of its own, so it may mount file systems that vanish with it:
 * `unshare -m` as root, `unshare -rm` (a user namespace that maps this user to root) otherwise.
 */
function inMountNamespace(script: string, env: Record<string, string>): ChildProcess {
  const flags = process.getuid?.() === 0 ? ["-m"] : ["-r", "-m"];
  return spawn("unshare", [...flags, "sh", "-c", script], {
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, ...env },
  });
}

// Each test starts several Node processes, which take seconds on a busy machine.
describe("scripts/build.ts with the stand-in for astro", { timeout: 60_000 }, () => {
  it("lets one of two builds started together write the folder; the other refuses and changes nothing", async () => {
    const [a, b] = [build({ FAKE_FILES: "20" }), build({ FAKE_FILES: "20" })] as const;
    const results = await Promise.all(
      [a, b].map(async (child) => ({ child, text: output(child), code: await exited(child) })),
    );
    const refused = results.filter((r) => r.code === 1);
    const built = results.filter((r) => r.code === 0);
    expect(built).toHaveLength(1);
    expect(refused).toHaveLength(1);
    expect(await refused[0]?.text).toContain(
      `✗ Another build is writing this folder (process ${String(built[0]?.child.pid)}, started `,
    );
    expect(read("dist/index.html")).toBe("new\n");
    expect(walkFiles(dist())).toHaveLength(21);
    onlyTheSiteLeft();
  });

  it("takes over the lock of a build killed with SIGKILL once the astro it started has ended", async () => {
    const killed = build({ FAKE_FILES: "400" });
    await until(() => existsSync(join(work, "dist.partial", "page-5.html")));
    killed.kill("SIGKILL");
    await exited(killed);
    expect(existsSync(join(work, "dist.lock"))).toBe(true);

    // The stand-in leads its own process group, which SIGKILL to the build does not reach: it still writes
    // into dist.partial/, so the folder stays locked.
    const astro = Number(read("astro.pid"));
    const early = build({});
    const earlyText = output(early);
    expect(await exited(early)).toBe(1);
    // Validation may still run too, on a busy machine.
    expect(await earlyText).toMatch(
      new RegExp(
        `✗ Another build is writing this folder \\(process ${String(killed.pid)} \\(ended, but process ` +
          `(\\d+, )?${String(astro)} that it started still runs\\), started `,
      ),
    );
    process.kill(-astro, "SIGKILL");
    const holders = (JSON.parse(read("dist.lock")) as { pids: number[] }).pids;
    await until(() => !holders.some(isRunning));

    const next = build({});
    const text = output(next);
    expect(await exited(next)).toBe(0);
    expect(await text).toContain(
      `dist.lock was left by a build that ended without cleaning up (process ${String(killed.pid)}, started `,
    );
    expect(read("dist/index.html")).toBe("new\n");
    expect(walkFiles(dist())).toHaveLength(4);
    onlyTheSiteLeft();
  });

  it("puts the old site back at once when a build is killed between the swap's two renames", async () => {
    const paused = build({ BUILD_TEST_PAUSE_MID_SWAP: "1" });
    const text = output(paused);
    let printed = "";
    paused.stderr?.on("data", (chunk: Buffer) => (printed += chunk.toString()));
    await until(() => printed.includes("paused between the swap's renames"));
    // The gap: the old site is aside, the new one not yet in.
    expect(existsSync(dist())).toBe(false);
    expect(readFileSync(join(work, "dist.old", "index.html"), "utf8")).toBe("old");

    // A build started now finds the lock held, by the paused build and its watcher.
    const second = build({});
    const secondText = output(second);
    expect(await exited(second)).toBe(1);
    expect(await secondText).toContain("Another build is writing this folder");

    paused.kill("SIGKILL");
    await text;
    await until(() => existsSync(join(dist(), "index.html")), 5000);
    expect(read("dist/index.html")).toBe("old");
    expect(existsSync(join(work, "dist.old"))).toBe(false);
    expect(existsSync(join(work, "dist.lock"))).toBe(false);

    // The next build clears what the killed one left and swaps its own site in.
    expect(await exited(build({}))).toBe(0);
    expect(read("dist/index.html")).toBe("new\n");
    onlyTheSiteLeft();
  });

  it("refuses, before building, an output folder that is a read-only mount", async () => {
    mkdirSync(join(work, "site"));
    writeFileSync(join(work, "site", "index.html"), "mounted");
    // Exit 90: the mount failed; 91: the mount is writable after all. Either would make this test meaningless.
    const child = inMountNamespace(
      `mount --bind "$WORK/site" "$WORK/dist" && mount -o remount,bind,ro "$WORK/dist" || exit 90
       touch "$WORK/dist/probe" 2>/dev/null && exit 91
       exec node_modules/.bin/node scripts/build.ts`,
      {
        WORK: work,
        PATH: `${join(work, "bin")}:${process.env["PATH"] ?? ""}`,
        OUT_DIR: dist(),
        DATA_DIR: "tests/fixtures/data/cli-good",
        FAKE_PID: join(work, "astro.pid"),
        FAKE_FILES: "3",
      },
    );
    const text = output(child);
    expect(await exited(child)).toBe(1);
    expect(await text).toBe(
      `✗ ${dist()}/ is a mount point (another file system, or a read-only mount, is mounted there). A build ` +
        `replaces the whole folder in one rename, which cannot be done to a mount point, so nothing was built. ` +
        `Set OUT_DIR to a folder inside it (OUT_DIR=${dist()}/site) or beside it.\n`,
    );
    // Astro never started, and nothing was written beside the mount.
    expect(existsSync(join(work, "astro.pid"))).toBe(false);
    expect(readFileSync(join(work, "site", "index.html"), "utf8")).toBe("mounted");
    onlyTheSiteLeft();
  });
});

/** Each file of a built site with the SHA-256 of its bytes. */
function hashes(folder: string): Map<string, string> {
  return new Map(
    walkFiles(folder).map((file) => [
      file,
      createHash("sha256")
        .update(readFileSync(join(folder, file)))
        .digest("hex"),
    ]),
  );
}

/** The environment of a real build: Astro from the project's node_modules, and the small data folder. */
function realBuildEnv(): Record<string, string> {
  return {
    PATH: `${join(process.cwd(), "node_modules", ".bin")}:${process.env["PATH"] ?? ""}`,
    DATA_DIR: join(work, "data"),
  };
}

describe("scripts/build.ts with the real astro", () => {
  beforeEach(() => {
    cpSync("tests/fixtures/data/cli-good", join(work, "data"), { recursive: true });
  });

  it("builds two sites side by side into a tmpfs, each into its own OUT_DIR and ASTRO_CACHE_DIR", async () => {
    // The tmpfs is mounted in a namespace of the builds' own; where no namespace can be made (no root and no
    // user namespaces), /dev/shm, a tmpfs on most Linux systems, is the other file system.
    const script = `
      if [ -z "$USE_SHM" ]; then mount -t tmpfs -o size=512m tmpfs "$MNT" || exit 90; fi
      stat -f -c %T "$MNT" > "$WORK/fs-type"
      for site in a b; do
        (OUT_DIR="$MNT/$site" ASTRO_CACHE_DIR="$WORK/cache-$site" node_modules/.bin/node scripts/build.ts \\
          > "$WORK/$site.log" 2>&1; echo $? > "$WORK/$site.code") &
      done
      wait
      cp -a "$MNT/." "$WORK/copied/"`;
    const mnt = join(work, "mnt");
    mkdirSync(mnt);
    mkdirSync(join(work, "copied"));
    const env = { ...realBuildEnv(), WORK: work, MNT: mnt };
    let code = await exited(inMountNamespace(script, env));
    if (code !== 0) {
      const shm = mkdtempSync("/dev/shm/build-process-");
      try {
        const child = spawn("sh", ["-c", script], {
          stdio: "ignore",
          env: { ...process.env, ...env, MNT: shm, USE_SHM: "1" },
        });
        code = await exited(child);
      } finally {
        rmSync(shm, { recursive: true, force: true });
      }
    }
    expect(code).toBe(0);
    expect(read("fs-type").trim()).toBe("tmpfs");
    expect(spawnSync("stat", ["-f", "-c", "%T", process.cwd()], { encoding: "utf8" }).stdout.trim()).not.toBe("tmpfs");
    for (const site of ["a", "b"]) {
      expect(read(`${site}.code`).trim(), read(`${site}.log`)).toBe("0");
      expect(read(`${site}.log`)).toContain(`✓ Built into `);
      onlyTheSiteLeft(join(work, "copied"), site);
    }
    const [a, b] = [hashes(join(work, "copied", "a")), hashes(join(work, "copied", "b"))];
    expect(a.has("index.html")).toBe(true);
    expect(a.has("pagefind/pagefind.js")).toBe(true);
    expect(a.size).toBeGreaterThan(100);
    expect(b).toEqual(a);
  }, 300_000);

  it("fails, names the file and publishes nothing when the data changes during the build", async () => {
    const child = spawn("node_modules/.bin/node", ["scripts/build.ts"], {
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, ...realBuildEnv(), OUT_DIR: dist(), ASTRO_CACHE_DIR: join(work, "cache") },
    });
    const text = output(child);
    // Astro has started writing the site, so every reader has its data by now or is about to read it.
    await until(() => existsSync(join(work, "dist.partial")), 120_000);
    const file = join(work, "data", "requests", "2021-H2.csv");
    writeFileSync(file, readFileSync(file, "utf8").replace("IS,Iceland,0,", "IS,Iceland,7000,"));
    expect(await exited(child)).toBe(1);
    const printed = await text;
    expect(printed).toContain(
      `✗ The data changed while the site was being built (${relative(process.cwd(), file)}). The build read a ` +
        `copy taken when it started, so no page mixed old and new figures, but that copy is no longer the data: ` +
        `nothing was published. Build again to publish the data as it is now; ${dist()}/ was left as it was.`,
    );
    expect(read("dist/index.html")).toBe("old");
    onlyTheSiteLeft();
  }, 300_000);
});
