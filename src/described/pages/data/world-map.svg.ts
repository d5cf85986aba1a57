import type { APIRoute } from "astro";
import { worldMapSvg } from "../../../charts/map-geometry.ts";

/** The country outlines a described period's map draws with `<use>`, at the fixed layout's address (WORLD_MAP_SVG). */
export const GET: APIRoute = () => new Response(worldMapSvg(), { headers: { "Content-Type": "image/svg+xml" } });
