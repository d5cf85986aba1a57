import type { APIRoute, GetStaticPaths } from "astro";
import { getDataset } from "../../lib/report.ts";
import { cardSvg } from "../../previews/card.ts";
import { previewCards } from "../../previews/previews.ts";
import { renderPng } from "../../previews/render.ts";

export const getStaticPaths = (async () => {
  const cards = previewCards(await getDataset());
  return cards.map((card) => ({ params: { name: card.name }, props: { content: card.content } }));
}) satisfies GetStaticPaths;

/** A link-preview image: the overview's, a period's or a country's. */
export const GET: APIRoute = ({ props }) => {
  const { content } = props as { content: Parameters<typeof cardSvg>[0] };
  return new Response(new Uint8Array(renderPng(cardSvg(content))), { headers: { "Content-Type": "image/png" } });
};
