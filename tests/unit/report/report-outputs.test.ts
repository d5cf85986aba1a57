/**
 * The names a described report's ids give its outputs (src/data/report/report-outputs.ts) are the names the
 * site uses, so the check that refuses a colliding id cannot drift from what the build writes.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkReportDir } from "../../../src/data/report/load-report.ts";
import {
  FIXED_DOWNLOADS,
  FIXED_PAGE_ANCHORS,
  outputCollisions,
  sectionFiles,
} from "../../../src/data/report/report-outputs.ts";
import { reportDownloads } from "../../../src/downloads/report-model.ts";
import { reportUrls } from "../../../src/lib/urls.ts";

const TODAY = new Date("2026-11-24T00:00:00Z");

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.(ts|astro)$/.test(entry.name) ? [path] : [];
  });
}

describe("the outputs a described report's ids name", () => {
  it("name every download in /downloads/ that is not a section's own file", () => {
    const { report } = checkReportDir({ dataDir: "tests/fixtures/report/valid", today: TODAY });
    if (!report) throw new Error("the fixture did not load");
    const sectionOwn = new Set(report.sections.flatMap((s) => sectionFiles(s.description.id)));
    const files = [...reportDownloads(report).map((d) => d.url), reportUrls.dataPackage].map((url) =>
      url.replace(/^\/downloads\//, ""),
    );
    expect(files.filter((f) => !sectionOwn.has(f)).sort()).toEqual([...FIXED_DOWNLOADS.keys()].sort());
    expect(reportUrls.sectionCsv("civil")).toBe("/downloads/civil.csv");
  });

  it("know every fixed element id of the described pages", () => {
    const files = [
      ...sources("src/described"),
      ...sources("src/views/report-model"),
      "src/layouts/report-model-shell.ts",
      "src/layouts/report-model-social.ts",
    ];
    const ids = files.flatMap((file) =>
      [...readFileSync(file, "utf8").matchAll(/\bid(?:=|:\s*)"([a-z][a-z0-9-]*)"/g)].map((m) => m[1] ?? ""),
    );
    expect(ids).toContain("main");
    expect(ids.filter((id) => !FIXED_PAGE_ANCHORS.has(id))).toEqual([]);
  });

  it("refuse sections whose anchors meet, and let ids that merely share a start through", () => {
    const places: { id: string }[] = [];
    expect(outputCollisions({ sections: [{ id: "civil" }, { id: "civil-emergency" }], places })).toEqual([]);
    expect(outputCollisions({ sections: [{ id: "civil" }, { id: "civil-2023" }], places })).toEqual([]);
    const messages = (ids: string[]) =>
      outputCollisions({ sections: ids.map((id) => ({ id })), places }).map((c) => `${c.value}: ${c.message}`);
    expect(messages(["civil", "civil-notes-requests"])).toEqual([
      "civil-notes-requests: would give the pages a second #civil-notes-requests, an anchor of the notes of section civil; give the section another id",
    ]);
    expect(messages(["civil-worldwide-accounts", "civil"])).toEqual([
      "civil: would give the pages a second #civil-worldwide-accounts, an anchor of section civil-worldwide-accounts; give the section another id",
    ]);
    expect(messages(["civil", "civil-jan-jun-2023-accounts"])).toEqual([
      "civil-jan-jun-2023-accounts: would give the pages a second #civil-jan-jun-2023-accounts, an anchor of the notes of section civil; give the section another id",
    ]);
    expect(messages(["places", "x"])).toEqual([
      "places: would give the pages a second #def-places, the anchor of the definitions of places; give the section another id",
    ]);
    expect(messages(["datapackage"])).toEqual([
      "datapackage: would name the section's download /downloads/datapackage.json, which is the data package; give the section another id",
    ]);
  });

  it("refuse a place id that is a country's page and keep longer ones", () => {
    expect(outputCollisions({ sections: [], places: [{ id: "xk" }, { id: "eu" }, { id: "cross-border" }] })).toEqual([
      {
        path: ["places", 0, "id"],
        value: "xk",
        message: "would take /countries/xk/, the page of the country XK; give the place a longer id",
      },
    ]);
  });
});
