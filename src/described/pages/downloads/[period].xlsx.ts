import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from "astro";
import { reportPeriodSlug } from "../../../data/report/report-period.ts";
import { fromBackground } from "../../../downloads/background/background.ts";
import { buildReportWorkbook } from "../../../downloads/report-model/workbook.ts";
import { getReport } from "../../../lib/report-model.ts";
import { reportUrls } from "../../../lib/urls.ts";
import { reportPeriods } from "../../../payloads/report-model.ts";

/*
 * Made by the build's worker (src/downloads/background/report-model-files.ts) or here, with the same function
 * on the same report model: the workbook's dates are the period's end and its ZIP entries' dates are fixed, so
 * the bytes depend only on the data, whichever thread makes it.
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
  const here = async () => buildReportWorkbook(await getReport(), props.period);
  // A failure on the worker is tried again here, so a real fault fails the build with the same message.
  const bytes = await (fromBackground(reportUrls.periodXlsx(props.period))?.catch(here) ?? here());
  return new Response(new Uint8Array(bytes), {
    headers: { "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
  });
};
