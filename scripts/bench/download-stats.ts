import type { Dataset } from "../../src/data/dataset.ts";
import { downloads } from "../../src/downloads/catalogue.ts";
import { buildPeriodPdf } from "../../src/downloads/pdf/period-pdf.ts";
import { previewCards } from "../../src/previews/previews.ts";
import { renderCardPng } from "../../src/previews/render.ts";

/** Files of one kind made one after another: the mean CPU time per file and the largest file. */
export interface PerFile {
  files: number;
  cpuMsPerFile: number;
  bytesMax: number;
}

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
  /** Every workbook (one per period and one of all periods) and every preview PNG, made on this thread. */
  workbooks: PerFile;
  previews: PerFile;
}

/**
 * Makes each file in turn after one warm-up file (which loads fonts and modules, as a build does once) and
 * measures the CPU time of the whole process (user + system, with the garbage collector's helper threads):
 * steadier than wall time on a busy machine.
 */
export async function perFile(makers: (() => Promise<Uint8Array> | Uint8Array)[]): Promise<PerFile> {
  const first = makers[0];
  if (first) await first();
  const sizes: number[] = [];
  const before = process.cpuUsage();
  for (const make of makers) sizes.push((await make()).byteLength);
  const cpu = process.cpuUsage(before);
  return {
    files: makers.length,
    cpuMsPerFile: (cpu.user + cpu.system) / 1000 / Math.max(1, makers.length),
    bytesMax: sizes.length > 0 ? Math.max(...sizes) : Number.NaN,
  };
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
    workbooks: await perFile(files.all.filter((f) => f.format === "xlsx").map((f) => () => f.bytes())),
    previews: await perFile(previewCards(dataset).map((card) => () => renderCardPng(card.content))),
  };
}
