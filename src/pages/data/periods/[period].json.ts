import { periodPaths } from "../../../lib/static-paths.ts";
import type { APIRoute, GetStaticPaths } from "astro";
import type { PeriodData } from "../../../data/dataset.ts";
import { getDataset } from "../../../lib/report.ts";
import { periodPayload } from "../../../payloads/payloads.ts";

export const getStaticPaths = periodPaths satisfies GetStaticPaths;

/** The period view's data, for the in-place filter and for machine readers. */
export const GET: APIRoute = async ({ props }) => {
  const payload = periodPayload(await getDataset(), (props as { data: PeriodData }).data);
  return new Response(JSON.stringify(payload), { headers: { "Content-Type": "application/json" } });
};
