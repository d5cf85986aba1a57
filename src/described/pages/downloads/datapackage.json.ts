import type { APIRoute } from "astro";
import { reportDataPackage } from "../../../downloads/report-model/datapackage.ts";
import { getReport } from "../../../lib/report-model.ts";

/** The Frictionless Data Package that describes every download of the report. */
export const GET: APIRoute = async () =>
  new Response(reportDataPackage(await getReport()), { headers: { "Content-Type": "application/json" } });
