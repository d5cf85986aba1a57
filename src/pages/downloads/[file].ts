import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from "astro";
import { type DownloadFile, downloads, MEDIA_TYPES } from "../../downloads/catalogue.ts";
import { getDataset } from "../../lib/report.ts";

const FOLDER = "/downloads/";

export const getStaticPaths = (async () => {
  const { all } = downloads(await getDataset());
  return all
    .filter((f) => f.url.startsWith(FOLDER) && !f.url.slice(FOLDER.length).includes("/"))
    .map((f) => ({ params: { file: f.url.slice(FOLDER.length) }, props: { url: f.url } }));
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

/** The period reports (PDF, CSV), the full data set (CSV, JSON) and datapackage.json. */
export const GET: APIRoute<Props> = async ({ props }) => {
  const { url } = props;
  const found: DownloadFile | undefined = downloads(await getDataset()).all.find((f) => f.url === url);
  if (!found) throw new Error(`No download is generated for ${url}`);
  const body = await found.take();
  return new Response(new Uint8Array(body), { headers: { "Content-Type": MEDIA_TYPES[found.format] } });
};
