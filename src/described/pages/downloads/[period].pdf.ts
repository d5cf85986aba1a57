import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from "astro";
import { reportPeriodSlug } from "../../../data/report/report-period.ts";
import { buildReportPdf } from "../../../downloads/report-model/pdf.ts";
import { getReport } from "../../../lib/report-model.ts";
import { reportPeriods } from "../../../payloads/report-model.ts";

/*
 * A static endpoint, like the workbook's ([period].xlsx.ts says why not the build worker): the PDF's dates are
 * the period's end, so pdfkit's file ID, derived from them, is fixed and the file the same byte for byte.
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
  const bytes = await buildReportPdf(await getReport(), props.period);
  return new Response(new Uint8Array(bytes), { headers: { "Content-Type": "application/pdf" } });
};
