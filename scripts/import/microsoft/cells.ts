/**
 * Reading one cell of a Microsoft workbook the way the workbook holds it: a typed value, or a formula's stored result.
 * Nothing is recalculated: a formula without a stored result is empty.
 */
import ExcelJS from "exceljs";

export type CellRead =
  /** Nothing, a formula without a stored result, or only spaces (`raw` holds them). */
  | { readonly kind: "empty"; readonly formula: boolean; readonly raw?: string }
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "text"; readonly value: string }
  | { readonly kind: "error"; readonly value: string };

export function readCell(sheet: ExcelJS.Worksheet, address: string): CellRead {
  const cell = sheet.getCell(address);
  if (cell.type === ExcelJS.ValueType.Formula) {
    // `cell.result`, not `cell.value.result`: exceljs's value copy drops a stored result of 0.
    return fromValue(cell.result, true);
  }
  if (cell.type === ExcelJS.ValueType.RichText || cell.type === ExcelJS.ValueType.String) {
    return cell.text.trim() === ""
      ? { kind: "empty", formula: false, raw: cell.text }
      : { kind: "text", value: cell.text };
  }
  return fromValue(cell.value, false);
}

function fromValue(value: unknown, formula: boolean): CellRead {
  if (value === null || value === undefined) return { kind: "empty", formula };
  if (typeof value === "number") return { kind: "number", value };
  if (typeof value === "string")
    return value.trim() === "" ? { kind: "empty", formula, raw: value } : { kind: "text", value };
  if (typeof value === "object" && "error" in value) return { kind: "error", value: String(value.error) };
  if (typeof value === "object" && "richText" in value && Array.isArray(value.richText)) {
    return { kind: "text", value: value.richText.map((run: { text: string }) => run.text).join("") };
  }
  return { kind: "text", value: value instanceof Date ? value.toISOString() : JSON.stringify(value) };
}

/** True for a cell inside a merged range other than its first: exceljs reads it as the first cell's value. */
export function isMergedCopy(sheet: ExcelJS.Worksheet, address: string): boolean {
  const cell = sheet.getCell(address);
  return cell.isMerged && cell.master.address !== cell.address;
}

/** The cell as the source holds it, for logs and errors ("" when empty). */
export function shown(read: CellRead): string {
  return read.kind === "empty" ? "" : String(read.value);
}

/** Whitespace collapsed, for comparing titles that wrap or carry double spaces. */
export function plain(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
