import type { APIRoute, GetStaticPaths } from "astro";
import { fromBackground } from "../../downloads/background/background.ts";
import { startBuildFiles } from "../../downloads/background/build-files.ts";
import { dataDir } from "../../lib/data-dir.ts";
import { getDataset } from "../../lib/report.ts";
import { cardSvg } from "../../previews/card.ts";
import { previewCards, previewUrl } from "../../previews/previews.ts";
import { renderPng } from "../../previews/render.ts";

export const getStaticPaths = (async () => {
  const dataset = await getDataset();
  // A build renders the images on a second thread from here on (see downloads/background/).
  if (import.meta.env.PROD) startBuildFiles(dataset, dataDir);
  return previewCards(dataset).map((card) => ({
    params: { name: card.name },
    props: { url: previewUrl(card.name), content: card.content },
  }));
}) satisfies GetStaticPaths;

/** A link-preview image: the overview's, a period's or a country's. */
export const GET: APIRoute = async ({ props }) => {
  const { url, content } = props as { url: string; content: Parameters<typeof cardSvg>[0] };
  const here = () => renderPng(cardSvg(content));
  // A failure on the worker's side is tried again here, as the downloads' are (downloads/catalogue.ts).
  const png = await (fromBackground(url)?.catch(here) ?? here());
  return new Response(new Uint8Array(png), { headers: { "Content-Type": "image/png" } });
};
