import type { APIRoute, GetStaticPaths } from "astro";
import { getDataset } from "../../lib/report.ts";
import { cardSvg } from "../../previews/card.ts";
import { previewCards } from "../../previews/previews.ts";
import { pngOf, renderInBackground } from "../../previews/render.ts";

export const getStaticPaths = (async () => {
  const cards = previewCards(await getDataset());
  // Astro asks every route for its paths before it renders the first page, so the images are ready early.
  renderInBackground(cards.map((card) => cardSvg(card.content)));
  return cards.map((card) => ({ params: { name: card.name }, props: { content: card.content } }));
}) satisfies GetStaticPaths;

/** A link-preview image: the overview's, a period's or a country's. */
export const GET: APIRoute = async ({ props }) => {
  const { content } = props as { content: Parameters<typeof cardSvg>[0] };
  return new Response(new Uint8Array(await pngOf(cardSvg(content))), { headers: { "Content-Type": "image/png" } });
};
