import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from "astro";
import { reportPeriodSlug } from "../../../data/report/report-period.ts";
import { fromBackground } from "../../../downloads/background/background.ts";
import { buildReportPdf } from "../../../downloads/report-model/pdf.ts";
import { getReport } from "../../../lib/report-model.ts";
import { reportUrls } from "../../../lib/urls.ts";
import { reportPeriods } from "../../../payloads/report-model.ts";

/*
 * Made by the build's worker (src/downloads/background/report-model-files.ts) or here, with the same function:
 * the PDF's dates are the period's end, so pdfkit's file ID, derived from them, is fixed and the file the same
 * byte for byte whichever thread makes it.
 */
export const getStaticPaths = (async () => {
  return reportPeriods(await getReport()).map((period) => ({
    params: { period: reportPeriodSlug(period) },
    props: { period },
  }));
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

/** A period's PDF: every section that reported it, with its notes. */
export const GET: APIRoute<Props> = async ({ props }) => {
  const here = async () => buildReportPdf(await getReport(), props.period);
  // A failure on the worker is tried again here, so a real fault fails the build with the same message.
  const bytes = await (fromBackground(reportUrls.periodPdf(props.period))?.catch(here) ?? here());
  return new Response(new Uint8Array(bytes), { headers: { "Content-Type": "application/pdf" } });
};
