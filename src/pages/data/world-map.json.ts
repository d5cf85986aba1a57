import type { APIRoute } from "astro";
import { worldMapGeometry } from "../../charts/map-geometry.ts";

/**
 * The projected country outlines, for a period view drawn in place in the
 * browser. Pages fetch it only when they draw the map, so the atlas never
 * ships in a script bundle.
 */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(worldMapGeometry()), { headers: { "Content-Type": "application/json" } });
