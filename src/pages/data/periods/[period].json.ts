import { periodPaths } from "../../../lib/static-paths.ts";
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from "astro";
import { getDataset } from "../../../lib/report.ts";
import { periodPayload } from "../../../payloads/payloads.ts";

export const getStaticPaths = periodPaths satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

/** The period view's data, for the in-place filter and for machine readers. */
export const GET: APIRoute<Props> = async ({ props }) => {
  const payload = periodPayload(await getDataset(), props.data);
  return new Response(JSON.stringify(payload), { headers: { "Content-Type": "application/json" } });
};
