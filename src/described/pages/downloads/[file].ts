import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from "astro";
import { reportDownloads } from "../../../downloads/report-model.ts";
import { getReport } from "../../../lib/report-model.ts";
import { utf8Stream } from "../../../downloads/utf8.ts";

const FOLDER = "/downloads/";

export const getStaticPaths = (async () => {
  return reportDownloads(await getReport()).map((d) => ({
    params: { file: d.url.slice(FOLDER.length) },
    props: { url: d.url },
  }));
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

/** Each section's CSV and JSON, and the description. */
export const GET: APIRoute<Props> = async ({ props }) => {
  const found = reportDownloads(await getReport()).find((d) => d.url === props.url);
  if (!found) throw new Error(`No download is generated for ${props.url}`);
  return new Response(utf8Stream(found.pieces()), { headers: { "Content-Type": found.mediaType } });
};
