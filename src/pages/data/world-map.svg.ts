import type { APIRoute } from "astro";
import { worldMapSvg } from "../../charts/map-geometry.ts";

/** The country outlines every map on the site draws with `<use>`; see WORLD_MAP_SVG in src/charts/map.ts. */
export const GET: APIRoute = () => new Response(worldMapSvg(), { headers: { "Content-Type": "image/svg+xml" } });
