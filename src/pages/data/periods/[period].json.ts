import type { APIRoute, GetStaticPaths } from "astro";
import type { PeriodData } from "../../../data/dataset.ts";
import { periodSlug } from "../../../data/period.ts";
import { getDataset } from "../../../lib/report.ts";
import { periodPayload } from "../../../views/payloads.ts";

export const getStaticPaths = (async () => {
  const dataset = await getDataset();
  return dataset.periods.map((data) => ({ params: { period: periodSlug(data.period) }, props: { data } }));
}) satisfies GetStaticPaths;

/** The period view's data, for the in-place filter and for machine readers. */
export const GET: APIRoute = async ({ props }) => {
  const payload = periodPayload(await getDataset(), (props as { data: PeriodData }).data);
  return new Response(JSON.stringify(payload), { headers: { "Content-Type": "application/json" } });
};
