import { countryPaths } from "../../../lib/static-paths.ts";
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from "astro";
import { getDataset } from "../../../lib/report.ts";
import { countryPayload } from "../../../payloads/payloads.ts";

export const getStaticPaths = countryPaths satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

/** A country's whole history with the global totals beside it, for the in-place filter. */
export const GET: APIRoute<Props> = async ({ props }) => {
  const { code, name } = props;
  const payload = countryPayload(await getDataset(), code, name);
  return new Response(JSON.stringify(payload), { headers: { "Content-Type": "application/json" } });
};
