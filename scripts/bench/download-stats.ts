import type { Dataset } from "../../src/data/dataset.ts";
import { downloads } from "../../src/downloads/catalogue.ts";
import { buildPeriodPdf } from "../../src/downloads/pdf/period-pdf.ts";

/** Figures for the benchmark: how long a PDF report takes and how large the files are. */
export interface DownloadStats {
  reports: number;
  /** Mean wall time of {@link buildPeriodPdf} per report, after one warm-up report. */
  pdfMsPerReport: number;
  pdfMsSlowest: number;
  /** CPU time (user + system) per report: steadier than wall time on a busy machine. */
  pdfCpuMsPerReport: number;
  pdfBytes: { min: number; max: number; total: number };
  periodCsvBytes: { min: number; max: number; total: number };
  countryCsvBytes: { min: number; max: number; total: number };
  allPeriodsCsvBytes: number;
  allPeriodsJsonBytes: number;
  dataPackageBytes: number;
}

function range(sizes: number[]): { min: number; max: number; total: number } {
  return { min: Math.min(...sizes), max: Math.max(...sizes), total: sizes.reduce((a, b) => a + b, 0) };
}

/** Generates every download of the dataset once, timing the PDFs on their own. */
export async function downloadStats(dataset: Dataset): Promise<DownloadStats> {
  const first = dataset.periods[0];
  if (first) await buildPeriodPdf(dataset, first); // loads and parses the fonts once, as a build does
  const times: number[] = [];
  const pdfSizes: number[] = [];
  const cpuBefore = process.cpuUsage();
  for (const data of dataset.periods) {
    const start = performance.now();
    const pdf = await buildPeriodPdf(dataset, data);
    times.push(performance.now() - start);
    pdfSizes.push(pdf.byteLength);
  }
  const cpu = process.cpuUsage(cpuBefore);
  const files = downloads(dataset);
  const size = async (f: { bytes(): Promise<Uint8Array> }) => (await f.bytes()).byteLength;
  return {
    reports: dataset.periods.length,
    pdfMsPerReport: times.reduce((a, b) => a + b, 0) / Math.max(1, times.length),
    pdfMsSlowest: Math.max(0, ...times),
    pdfCpuMsPerReport: (cpu.user + cpu.system) / 1000 / Math.max(1, times.length),
    pdfBytes: range(pdfSizes),
    periodCsvBytes: range(await Promise.all(files.periods.map((p) => size(p.csv)))),
    countryCsvBytes: range(await Promise.all(files.countries.map(size))),
    allPeriodsCsvBytes: await size(files.allPeriodsCsv),
    allPeriodsJsonBytes: await size(files.allPeriodsJson),
    dataPackageBytes: await size(files.dataPackage),
  };
}
