import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from "astro";
import { downloads, MEDIA_TYPES } from "../../../downloads/catalogue.ts";
import { getDataset } from "../../../lib/report.ts";

const FOLDER = "/downloads/countries/";

export const getStaticPaths = (async () => {
  const { countries } = downloads(await getDataset());
  return countries.map((f) => ({ params: { file: f.url.slice(FOLDER.length) }, props: { url: f.url } }));
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

/** A country's full history as CSV. */
export const GET: APIRoute<Props> = async ({ props }) => {
  const { url } = props;
  const found = downloads(await getDataset()).countries.find((f) => f.url === url);
  if (!found) throw new Error(`No download is generated for ${url}`);
  return new Response(new Uint8Array(await found.take()), { headers: { "Content-Type": MEDIA_TYPES[found.format] } });
};
