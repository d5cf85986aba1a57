import { countryPaths } from "../../../lib/static-paths.ts";
import type { APIRoute, GetStaticPaths } from "astro";
import { getDataset } from "../../../lib/report.ts";
import { countryPayload } from "../../../payloads/payloads.ts";

export const getStaticPaths = countryPaths satisfies GetStaticPaths;

/** A country's whole history with the global totals beside it, for the in-place filter. */
export const GET: APIRoute = async ({ props }) => {
  const { code, name } = props as { code: string; name: string };
  const payload = countryPayload(await getDataset(), code, name);
  return new Response(JSON.stringify(payload), { headers: { "Content-Type": "application/json" } });
};
