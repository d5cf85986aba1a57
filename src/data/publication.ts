import { existsSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { checkCorrectionsFile, type Correction } from "./corrections.ts";
import type { PeriodData } from "./dataset.ts";
import type { DataIssue } from "./issues.ts";
import { checkReleasesFile, type Release } from "./releases.ts";

/** The publication record: release dates and corrections, both from optional files. */
export interface PublicationRecord {
  releases: Release[];
  /** Undefined when there is no corrections.csv: the publisher has not said whether anything was corrected. */
  corrections: Correction[] | undefined;
}

/**
 * Reads `releases.csv` and `corrections.csv` from the data folder, when present,
 * and checks them against the periods already read. An absent releases.csv gives an empty list; an absent
 * corrections.csv gives none at all, which is not the same as a file that lists no corrections.
 */
export function checkPublicationFiles(
  dataDir: string,
  periods: readonly PeriodData[],
  { today = new Date(), root = process.cwd() }: { today?: Date; root?: string } = {},
): PublicationRecord & { issues: DataIssue[] } {
  const issues: DataIssue[] = [];
  const read = (name: string): { file: string; text: string } | undefined => {
    const path = join(dataDir, name);
    return existsSync(path) ? { file: relative(root, path), text: readFileSync(path, "utf8") } : undefined;
  };
  const releasesFile = read("releases.csv");
  const releases = releasesFile ? checkReleasesFile(releasesFile.file, releasesFile.text, periods, today) : undefined;
  issues.push(...(releases?.issues ?? []));
  const correctionsFile = read("corrections.csv");
  const corrections = correctionsFile
    ? checkCorrectionsFile(correctionsFile.file, correctionsFile.text, periods, releases?.releases ?? [], today)
    : undefined;
  issues.push(...(corrections?.issues ?? []));
  return { releases: releases?.releases ?? [], corrections: corrections?.corrections, issues };
}
