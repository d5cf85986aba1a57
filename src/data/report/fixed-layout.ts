/**
 * The fixed layout (data/README.md: requests/, emergency/, civil/, national-security/) written as a report
 * description: four outcomes per request with accounts in the counts sections, and the three US
 * authorities in the bands. It is what a folder without report.json means, so the model that reads a
 * described report reads the fixed layout the same way.
 */
import { lstatSync } from "node:fs";
import { join } from "node:path";
import { AUTHORITIES, BAND_WIDTHS } from "../national-security.ts";
import type { SiteConfig } from "../schemas/site.ts";
import { effectiveSections } from "../sections.ts";
import type { ReportDescription, SectionDescription } from "./description-schema.ts";

/** The description of the fixed layout, with the sections whose folders `dataDir` has, in registry order. */
export function fixedLayoutDescription(site: SiteConfig, dataDir: string): ReportDescription {
  const sections = effectiveSections(site)
    .filter((s) => s.required || lstatSync(join(dataDir, s.folder), { throwIfNoEntry: false }))
    .map((s): SectionDescription => {
      const common = {
        id: s.id,
        folder: s.folder,
        label: s.label,
        shortLabel: s.shortLabel,
        definition: s.description,
      };
      if (s.kind === "ranges") {
        return {
          ...common,
          kind: "bands",
          measures: { demands: { label: "Demands" }, accounts: { label: "Accounts" } },
          authorities: AUTHORITIES.map((a) => ({ id: a.id, label: a.label })),
          bandWidths: [...BAND_WIDTHS],
          knownMinimum: false,
        };
      }
      return {
        ...common,
        kind: "counts",
        measures: { requests: { label: "Requests" }, accounts: { label: "Accounts" } },
        outcomes: { scheme: "four", per: "request" },
        statedTotals: false,
        asPublishedRows: false,
      };
    });
  return { version: 1, periods: { first: "2013-H1", yearsBesideHalves: "refuse" }, places: [], sections };
}
