/** PDF report timings and download sizes, from download-stats.ts. */
import type { Dataset } from "../../src/data/dataset.ts";
import { type DownloadStats, downloadStats, type PerFile } from "./download-stats.ts";
import { int, kB, table } from "./report.ts";

const perFile = (f: PerFile) =>
  `${int.format(f.files)} files, ${int.format(f.cpuMsPerFile)} ms CPU each, largest ${kB(f.bytesMax)}`;

export async function downloadsTable(dataset: Dataset): Promise<DownloadStats> {
  const s = await downloadStats(dataset);
  console.log("Downloads (made one after another in the bench's process)");
  table([
    ["measure", "value"],
    ["PDF reports", int.format(s.reports)],
    [
      "PDF wall time per report (mean / slowest)",
      `${int.format(s.pdfMsPerReport)} ms / ${int.format(s.pdfMsSlowest)} ms`,
    ],
    ["PDF CPU time per report", `${int.format(s.pdfCpuMsPerReport)} ms`],
    ["PDF size (min–max)", `${kB(s.pdfBytes.min)} – ${kB(s.pdfBytes.max)}`],
    ["XLSX workbooks", perFile(s.workbooks)],
    ["preview PNGs", perFile(s.previews)],
    ["period CSV size (max)", kB(s.periodCsvBytes.max)],
    ["country CSV size (max)", kB(s.countryCsvBytes.max)],
    ["all periods CSV / JSON", `${kB(s.allPeriodsCsvBytes)} / ${kB(s.allPeriodsJsonBytes)}`],
  ]);
  return s;
}
