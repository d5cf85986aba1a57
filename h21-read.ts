import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
for (const f of process.argv.slice(2)) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(new Uint8Array(readFileSync(f)).buffer);
  for (const ws of wb.worksheets) {
    console.log("##", ws.name);
    ws.eachRow({ includeEmpty: true }, (row, n) => console.log((n + " " + JSON.stringify((row.values as unknown[]).slice(1)) + " " + (row.getCell(7).numFmt ?? "")).slice(0, 240)));
  }
}
