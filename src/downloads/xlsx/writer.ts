import { PassThrough } from "node:stream";
import { buffer } from "node:stream/consumers";
import ExcelJS from "exceljs";
import { fixZipDates } from "./zip-dates.ts";

/** The streaming writer: each row is written out as it is added, so no sheet is ever held whole. */
export type Writer = ExcelJS.stream.xlsx.WorkbookWriter;

/**
 * A streaming workbook whose bytes depend only on what is written into it: its document dates are the `date`
 * given (never the clock), and `finish` stamps every ZIP entry with one fixed date. Both layouts' workbooks
 * are made with it. Text cells are written as text: exceljs writes a formula only for an explicit `{ formula }`
 * value, so a name that starts with `=` is shown as written and never run.
 */
export function streamingWorkbook(meta: { creator: string; title: string; date: Date }): {
  workbook: Writer;
  finish: () => Promise<Uint8Array>;
} {
  const stream = new PassThrough();
  // Every byte the writer streams, once it ends the stream (its commit does).
  const written = buffer(stream);
  // Shared strings: a country's name is stored once however many rows name it, as the workbook model did.
  // zlib's largest memLevel: at the default (8) the streamed sheets compressed markedly worse than JSZip's
  // deflate had; at 9 the workbooks are no larger than they were with JSZip.
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream,
    useStyles: true,
    useSharedStrings: true,
    zip: { zlib: { level: 6, memLevel: 9 } },
  });
  workbook.creator = meta.creator;
  workbook.lastModifiedBy = meta.creator;
  workbook.created = meta.date;
  workbook.modified = meta.date;
  workbook.title = meta.title;
  return {
    workbook,
    finish: async () => {
      await workbook.commit();
      return fixZipDates(new Uint8Array(await written));
    },
  };
}
