import type { APIRoute, GetStaticPaths } from "astro";
import { fromBackground } from "../../../downloads/background/background.ts";
import { getReport } from "../../../lib/report-model.ts";
import { reportUrls } from "../../../lib/urls.ts";
import { type ReportCard, reportCards, reportCardTree } from "../../../previews/report-model.ts";
import { renderTreePng } from "../../../previews/render.ts";

export const getStaticPaths = (async () => {
  return reportCards(await getReport()).map((card) => ({ params: { name: card.name }, props: { card } }));
}) satisfies GetStaticPaths;

/** A described page's link-preview image: the overview's, a period's or a place's. */
export const GET: APIRoute = async ({ props }) => {
  const { card } = props as { card: ReportCard };
  const { site } = await getReport();
  const here = () => renderTreePng(reportCardTree(`${site.organisation} · ${site.title}`, card));
  // Made by the build's worker (src/downloads/background/report-model-files.ts) or here; a failure there is
  // tried again here.
  const png = await (fromBackground(reportUrls.preview(card.name))?.catch(here) ?? here());
  return new Response(new Uint8Array(png), { headers: { "Content-Type": "image/png" } });
};
