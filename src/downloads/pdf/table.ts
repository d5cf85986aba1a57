import { basisPoints, type Outcome, type Totals } from "../../data/aggregate.ts";
import { formatAccounts, formatCount, formatShare } from "../../data/format.ts";
import { OUTCOME_REGISTRY } from "../../registry/outcomes.ts";
import { artifact, COLOURS, type Doc, line, lineRight, PAGE, useFont } from "./page.ts";
import type { PublicRow } from "../../payloads/payloads.ts";

type Struct = PDFKit.PDFStructureElement;

interface Column {
  header: string;
  width: number;
}

/** Widths in points; the non-content heading is the longest, and the four add up to the page's remaining width. */
const OUTCOME_WIDTHS: Record<Outcome, number> = { content: 54, nonContent: 58, noData: 54, rejected: 54.28 };

/** Outcome headings are the registry's labels, the words the site, the chart above and the definitions use. */
const COLUMNS: readonly Column[] = [
  { header: "Country or region", width: 141 },
  { header: "Requests", width: 56 },
  { header: "Accounts/users specified", width: 66 },
  ...OUTCOME_REGISTRY.entries.map((o) => ({ header: o.label, width: OUTCOME_WIDTHS[o.key] })),
];

const PAD_X = 4;
const NAME_WIDTH = (COLUMNS[0]?.width ?? 0) - 2 * PAD_X;
const PAD_Y = 4;
const BODY_SIZE = 8.5;
const SHARE_SIZE = 7.5;
const HEADER_SIZE = 7.5;

/** One table line: the name (row header) and six figures, four of them with their share. */
export interface TableLine {
  name: string;
  requests: number;
  accounts: number | null;
  /** In the registry's order. */
  outcomes: readonly number[];
}

/** A tab or line break in a name (the CSV format allows them) would print as an empty box; a space reads right. */
export function printableName(name: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point.
  return name.replace(/[\u0000-\u001f\u007f-\u009f]+/g, " ").trim();
}

export function rowLine(row: PublicRow): TableLine {
  return {
    name: printableName(row.country),
    requests: row.requests,
    accounts: row.accounts,
    outcomes: OUTCOME_REGISTRY.keys.map((o) => row[o]),
  };
}

export function totalsLine(name: string, t: Totals): TableLine {
  return {
    name,
    requests: t.requests,
    accounts: t.accounts,
    outcomes: OUTCOME_REGISTRY.keys.map((o) => t[o]),
  };
}

function columnLeft(index: number): number {
  let x = PAGE.left;
  for (let i = 0; i < index; i++) x += COLUMNS[i]?.width ?? 0;
  return x;
}

/**
 * Draws the table of all countries, continuing across pages. Only the first
 * header row is part of the structure; the copies at the top of later pages
 * are pagination artifacts, so assistive technology reads the header once.
 */
export class CountryTable {
  private readonly doc: Doc;
  private readonly table: Struct;
  private readonly newPage: () => number;
  private readonly headerHeight: number;
  private readonly continued: string;
  private y: number;
  private stripe = false;

  /** `newPage` adds a page and returns the y at which content may start; `continued` heads each later page. */
  constructor(doc: Doc, parent: Struct, top: number, newPage: () => number, continued: string) {
    this.doc = doc;
    this.continued = continued;
    this.newPage = newPage;
    useFont(doc, "bold", HEADER_SIZE);
    this.headerHeight =
      Math.max(...COLUMNS.map((c) => doc.heightOfString(c.header, { width: c.width - 2 * PAD_X }))) + 2 * PAD_Y;
    this.table = doc.struct("Table");
    parent.add(this.table);
    this.y = top;
    const tr = doc.struct("TR");
    this.table.add(tr);
    this.drawHeader(
      (_, draw) => tr.add(doc.struct("TH", { scope: "Column" } as PDFKit.Mixins.StructureElementOptions, draw)),
      false,
    );
    tr.end();
  }

  /** `cell` wraps each header cell's drawing; the rule below is an artifact unless the caller already made one. */
  private drawHeader(cell: (index: number, draw: () => void) => void, insideArtifact: boolean): void {
    const { doc } = this;
    const top = this.y;
    COLUMNS.forEach((column, i) => {
      cell(i, () => {
        useFont(doc, "bold", HEADER_SIZE);
        const x = columnLeft(i) + PAD_X;
        const width = column.width - 2 * PAD_X;
        doc.text(column.header, x, top + PAD_Y, { width, align: i === 0 ? "left" : "right" });
      });
    });
    this.y += this.headerHeight;
    const rule = () => doc.moveTo(PAGE.left, this.y).lineTo(PAGE.right, this.y).lineWidth(0.8).stroke(COLOURS.text);
    // pdfkit closes an open artifact when another one starts, so artifacts must not nest.
    if (insideArtifact) rule();
    else artifact(doc, rule);
  }

  /** Most names fit; they skip pdfkit's line wrapper, which is the costliest part of a row. */
  private fitsOnOneLine(name: string): boolean {
    return !name.includes("\n") && this.doc.widthOfString(name) <= NAME_WIDTH;
  }

  private rowHeight(name: string): number {
    const { doc } = this;
    useFont(doc, "regular", BODY_SIZE);
    const nameHeight = this.fitsOnOneLine(name)
      ? doc.currentLineHeight(true)
      : doc.heightOfString(name, { width: NAME_WIDTH });
    const figures = doc.currentLineHeight(true) + SHARE_SIZE * 1.2;
    return Math.max(nameHeight, figures) + 2 * PAD_Y;
  }

  /** Adds one row; `total` draws it bold with a rule above. */
  addRow(data: TableLine, total = false): void {
    const { doc } = this;
    const height = this.rowHeight(data.name);
    if (this.y + height > PAGE.bottom) {
      this.y = this.newPage();
      useFont(doc, "regular", 7.5, COLOURS.muted);
      artifact(
        doc,
        () => {
          line(doc, this.continued, PAGE.left, this.y);
        },
        "Pagination",
      );
      this.y += 14;
      artifact(
        doc,
        () => {
          this.drawHeader((_, draw) => {
            draw();
          }, true);
        },
        "Pagination",
      );
      this.stripe = false;
    }
    const top = this.y;
    const weight = total ? "bold" : "regular";
    if (this.stripe || total) {
      artifact(doc, () => doc.rect(PAGE.left, top, PAGE.right - PAGE.left, height).fill(COLOURS.stripe));
    }
    if (total) {
      artifact(doc, () => doc.moveTo(PAGE.left, top).lineTo(PAGE.right, top).lineWidth(0.8).stroke(COLOURS.text));
    }
    this.stripe = !this.stripe;
    const tr = doc.struct("TR");
    this.table.add(tr);
    const textY = top + PAD_Y;
    tr.add(
      doc.struct("TH", { scope: "Row" } as PDFKit.Mixins.StructureElementOptions, () => {
        useFont(doc, weight, BODY_SIZE);
        if (this.fitsOnOneLine(data.name)) line(doc, data.name, PAGE.left + PAD_X, textY);
        else doc.text(data.name, PAGE.left + PAD_X, textY, { width: NAME_WIDTH });
      }),
    );
    const cellRight = (i: number) => columnLeft(i) + (COLUMNS[i]?.width ?? 0) - PAD_X;
    const plain = [formatCount(data.requests), formatAccounts(data.accounts)];
    plain.forEach((text, k) => {
      tr.add(
        doc.struct("TD", {}, () => {
          useFont(doc, weight, BODY_SIZE, data.accounts === null && k === 1 ? COLOURS.muted : COLOURS.text);
          lineRight(doc, text, cellRight(k + 1), textY);
        }),
      );
    });
    data.outcomes.forEach((count, k) => {
      const i = k + 3;
      tr.add(
        doc.struct("TD", {}, () => {
          useFont(doc, weight, BODY_SIZE);
          const countText = formatCount(count);
          lineRight(doc, countText, cellRight(i), textY);
          const lineHeight = doc.currentLineHeight(true);
          useFont(doc, "regular", SHARE_SIZE, COLOURS.muted);
          lineRight(doc, formatShare(basisPoints(count, data.requests)), cellRight(i), textY + lineHeight);
        }),
      );
    });
    tr.end();
    this.y += height;
  }

  /** Closes the table and returns the y below it. */
  end(): number {
    this.table.end();
    this.doc.fillColor(COLOURS.text);
    return this.y;
  }
}
