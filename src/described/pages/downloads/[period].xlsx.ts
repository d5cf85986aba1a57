import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from "astro";
import { reportPeriodSlug } from "../../../data/report/report-period.ts";
import { buildReportWorkbook } from "../../../downloads/report-model/workbook.ts";
import { getReport } from "../../../lib/report-model.ts";
import { reportPeriods } from "../../../payloads/report-model.ts";

/*
 * Made by a static endpoint rather than by the fixed layout's build worker: the worker reads the fixed layout's
 * Dataset, while this reads the same report model (getReport) as every page of a described report. Either way
 * the bytes depend only on the data: the workbook's dates are the period's end and its ZIP entries' dates are
 * fixed, so Astro writing it on its own thread keeps the build reproducible byte for byte.
 */
export const getStaticPaths = (async () => {
  return reportPeriods(await getReport()).map((period) => ({
    params: { period: reportPeriodSlug(period) },
    props: { period },
  }));
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

/** A period's workbook: a sheet per section that reported it, and an About sheet. */
export const GET: APIRoute<Props> = async ({ props }) => {
  const bytes = await buildReportWorkbook(await getReport(), props.period);
  return new Response(new Uint8Array(bytes), {
    headers: { "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
  });
};
