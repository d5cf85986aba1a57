/**
 * The publishers `npm run import` knows, by the name given on the command line. Each importer reads a folder of the
 * publisher's own files and returns the whole data folder in memory (types.ts); nothing is written until it is done.
 */
import { importGithub } from "./github/index.ts";
import { importGoogle } from "./google/index.ts";
import { importMicrosoft } from "./microsoft/index.ts";
import type { ImportedReport, Progress } from "./types.ts";

export type Importer = (folder: string, progress: Progress) => Promise<ImportedReport>;

export const IMPORTERS: ReadonlyMap<string, Importer> = new Map<string, Importer>([
  ["google", importGoogle],
  ["microsoft", importMicrosoft],
  ["github", importGithub],
]);
