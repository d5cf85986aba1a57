import { getCollection } from "astro:content";
import type { Dataset } from "../data/dataset.ts";
import { fromEntries } from "../data/entries.ts";

let cached: Promise<Dataset> | undefined;

async function read(): Promise<Dataset> {
  const entries = await getCollection("report");
  return fromEntries(entries.map(({ id, data }) => ({ id, data: data as Record<string, unknown> })));
}

/** The validated dataset, read once per build and shared by every page and endpoint. */
export function getDataset(): Promise<Dataset> {
  cached ??= read();
  return cached;
}
