import { join, relative } from "node:path";
import { checkCorrectionsFile, type CorrectableSection, type Correction } from "./corrections.ts";
import type { PeriodData } from "./dataset.ts";
import type { HasGlyph } from "./glyphs.ts";
import type { DataIssue } from "./issues.ts";
import { MAX_CSV_BYTES } from "./limits.ts";
import { checkReleasesFile, type Release } from "./releases.ts";
import { readOptionalTextFile } from "./text-file.ts";

/** The publication record: release dates and corrections, both from optional files. */
export interface PublicationRecord {
  releases: Release[];
  /** Undefined when there is no corrections.csv: the publisher has not said whether anything was corrected. */
  corrections: Correction[] | undefined;
}

export interface PublicationOptions {
  today?: Date;
  root?: string;
  /** Every section the report has, for the corrections that name one; law enforcement alone unless told. */
  sections?: readonly CorrectableSection[];
  /** The PDF font's glyph check; when given, a correction note it cannot draw is an error. */
  hasGlyph?: HasGlyph;
}

/**
 * Reads `releases.csv` and `corrections.csv` from the data folder, when present,
 * and checks them against the periods already read. An absent releases.csv gives an empty list; an absent
 * corrections.csv gives none at all, which is not the same as a file that lists no corrections. Anything else at
 * their place (a folder, a pipe, a dangling link, another encoding) is an issue, read by the same hardened reader
 * as the period files.
 */
export function checkPublicationFiles(
  dataDir: string,
  periods: readonly PeriodData[],
  { today = new Date(), root = process.cwd(), sections, hasGlyph }: PublicationOptions = {},
): PublicationRecord & { issues: DataIssue[] } {
  const issues: DataIssue[] = [];
  const read = (name: string): { file: string; text: string } | undefined => {
    const path = join(dataDir, name);
    const file = relative(root, path);
    const got = readOptionalTextFile(path, file, dataDir, MAX_CSV_BYTES);
    if (got === undefined) return undefined;
    if ("issue" in got) {
      issues.push(got.issue);
      return undefined;
    }
    return { file, text: got.text };
  };
  const releasesFile = read("releases.csv");
  const releases = releasesFile ? checkReleasesFile(releasesFile.file, releasesFile.text, periods, today) : undefined;
  issues.push(...(releases?.issues ?? []));
  const correctionsFile = read("corrections.csv");
  const corrections = correctionsFile
    ? checkCorrectionsFile(correctionsFile.file, correctionsFile.text, {
        periods,
        ...(sections ? { sections } : {}),
        releases: releases?.releases ?? [],
        today,
        ...(hasGlyph ? { hasGlyph } : {}),
      })
    : undefined;
  issues.push(...(corrections?.issues ?? []));
  return { releases: releases?.releases ?? [], corrections: corrections?.corrections, issues };
}
