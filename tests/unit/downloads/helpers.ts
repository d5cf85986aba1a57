import { checkRequestsDir, loadDataset } from "../../../src/data/load.ts";
import { type Dataset, datasetOf } from "../../../src/data/dataset.ts";
import type { SiteConfig } from "../../../src/data/schemas/site.ts";
import { parse } from "csv-parse/sync";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { expect } from "vitest";

export const SITE: SiteConfig = {
  organisation: "Example Cloud Ltd.",
  title: "Law Enforcement Requests Report",
  siteUrl: "https://transparency.example.com",
  language: "en",
};

/** A dataset from a folder of period files (fixtures keep no site.json); fails on any validation issue. */
export function fixtureDataset(requestsDir: string, site: SiteConfig = SITE): Dataset {
  const { periods, issues } = checkRequestsDir(requestsDir, { today: new Date(Date.UTC(2026, 10, 1)) });
  if (issues.length > 0) throw new Error(`${requestsDir} did not validate: ${JSON.stringify(issues)}`);
  return datasetOf(site, periods);
}

/** The shipped sample data. */
export function sampleDataset(): Dataset {
  return loadDataset({ dataDir: "data" });
}

/** Fixtures that validate and exercise the download edge cases. */
export const FIXTURES = [
  "tests/fixtures/data/valid/bom",
  "tests/fixtures/data/valid/crlf",
  "tests/fixtures/data/valid/name-with-commas-and-quotes",
  "tests/fixtures/data/valid/quoted-newline-in-name",
  "tests/fixtures/data/valid/single-country-zero-requests",
  "tests/fixtures/data/valid/trailing-blank-line",
  "tests/fixtures/downloads/injection",
  "tests/fixtures/downloads/scripts",
] as const;

export interface PdfText {
  pages: string[];
  /** Every page's text, with all whitespace removed, for finding names that wrap across lines. */
  compact: string;
  info: Record<string, unknown>;
  markInfo: { Marked?: boolean } | null;
  structTrees: unknown[];
  /** The bookmarks, as a reader's sidebar lists them. */
  outline: Bookmark[];
}

export interface Bookmark {
  title: string;
  children: Bookmark[];
}

interface OutlineNode {
  title: string;
  items: OutlineNode[];
}
const toBookmark = (node: OutlineNode): Bookmark => ({ title: node.title, children: node.items.map(toBookmark) });

export const compact = (s: string) => s.replace(/\s+/g, "");

/** Reads a PDF back with pdf.js, as an independent reader. */
export async function readPdf(bytes: Uint8Array): Promise<PdfText> {
  const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, verbosity: 0 }).promise;
  const pages: string[] = [];
  const structTrees: unknown[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const content = await page.getTextContent();
    pages.push(content.items.map((item) => ("str" in item ? item.str + (item.hasEOL ? "\n" : "") : "")).join(""));
    structTrees.push(await page.getStructTree());
  }
  const { info } = await doc.getMetadata();
  const markInfo = (await doc.getMarkInfo()) as { Marked?: boolean } | null;
  const outline = ((await doc.getOutline()) as OutlineNode[] | null)?.map(toBookmark) ?? [];
  await doc.destroy();
  return {
    pages,
    compact: compact(pages.join("")),
    info: info as Record<string, unknown>,
    markInfo,
    structTrees,
    outline,
  };
}

/**
 * The header of a counts CSV download, written out rather than derived from the code, so the tests check the
 * published contract and not the code's own idea of it.
 */
/** A national-security band file's columns after its `section` (and, across periods, `period`) column. Written out, not derived. */
export const BAND_HEADER = [
  "country_code",
  "country",
  "authority",
  "band_width",
  "demands_low",
  "demands_high",
  "accounts_low",
  "accounts_high",
];

export const COUNT_CSV_HEADER = [
  "country_code",
  "country",
  "requests",
  "accounts",
  "content",
  "non_content",
  "no_data",
  "rejected",
  "content_percent",
  "non_content_percent",
  "no_data_percent",
  "rejected_percent",
];

export const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** Checks the bytes are BOM + UTF-8 + CRLF-terminated and parses them with csv-parse, strictly. */
export function readCsv(bytes: Uint8Array): string[][] {
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = decoder.decode(bytes);
  expect(text.endsWith("\r\n")).toBe(true);
  // Every line break outside a quoted field is CRLF: with CRLF as the only record delimiter,
  // a bare LF would end up inside a cell and the cell comparisons below would fail.
  return parse(text, { bom: true, record_delimiter: "\r\n", relax_quotes: false, relax_column_count: false });
}

/** The same data with only the law-enforcement section: what a data folder with only requests/ gives. */
export function requestsOnly(dataset: Dataset): Dataset {
  return {
    ...datasetOf(dataset.site, dataset.periods),
    ...(dataset.releases ? { releases: dataset.releases } : {}),
    ...(dataset.corrections ? { corrections: dataset.corrections } : {}),
  };
}
