/** PDF report timings and download sizes, from download-stats.ts. */
import type { Dataset } from "../../src/data/dataset.ts";
import { downloadStats } from "./download-stats.ts";
import { int, kB, table } from "./report.ts";

export async function downloadsTable(dataset: Dataset): Promise<void> {
  const s = await downloadStats(dataset);
  console.log("Downloads");
  table([
    ["measure", "value"],
    ["PDF reports", int.format(s.reports)],
    [
      "PDF wall time per report (mean / slowest)",
      `${int.format(s.pdfMsPerReport)} ms / ${int.format(s.pdfMsSlowest)} ms`,
    ],
    ["PDF CPU time per report", `${int.format(s.pdfCpuMsPerReport)} ms`],
    ["PDF size (min–max)", `${kB(s.pdfBytes.min)} – ${kB(s.pdfBytes.max)}`],
    ["period CSV size (max)", kB(s.periodCsvBytes.max)],
    ["country CSV size (max)", kB(s.countryCsvBytes.max)],
    ["all periods CSV / JSON", `${kB(s.allPeriodsCsvBytes)} / ${kB(s.allPeriodsJsonBytes)}`],
  ]);
}
