import type { APIRoute, GetStaticPaths } from "astro";
import { fromBackground } from "../../downloads/background/background.ts";
import { getDataset } from "../../lib/report.ts";
import { previewCards, previewUrl } from "../../previews/previews.ts";
import { renderCardPng } from "../../previews/render.ts";

export const getStaticPaths = (async () => {
  return previewCards(await getDataset()).map((card) => ({
    params: { name: card.name },
    props: { url: previewUrl(card.name), content: card.content },
  }));
}) satisfies GetStaticPaths;

/** A link-preview image: the overview's, a period's or a country's. */
export const GET: APIRoute = async ({ props }) => {
  const { url, content } = props as { url: string; content: Parameters<typeof renderCardPng>[0] };
  const here = () => renderCardPng(content);
  // Made by the build's worker (downloads/background/) or here; a failure there is tried again here, as the
  // downloads' are (downloads/catalogue.ts).
  const png = await (fromBackground(url)?.catch(here) ?? here());
  return new Response(new Uint8Array(png), { headers: { "Content-Type": "image/png" } });
};
