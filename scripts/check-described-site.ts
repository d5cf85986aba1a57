/**
 * `npm run test:readback -- <data folder> <built site>`: reads every row of every period file of a described
 * report (data/report.json) back from the built period pages (a section with legal processes: each process's
 * page under its period) and country × period pages. Each file row becomes the table row the page
 * should show (place, process, every measure and outcome, formatted as the site formats them); the page's
 * table for that section and period must hold exactly those rows, no more and no fewer. Prints the counts and
 * exits 1 on any difference. Run it on an imported publisher's whole history to show the site says what the
 * files say.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Parser } from "htmlparser2";
import { formatIssueList } from "../src/data/issues.ts";
import { checkReportDir } from "../src/data/report/load-report.ts";
import { reportPeriodLongLabel, reportPeriodSlug } from "../src/data/report/report-period.ts";
import { reportPlaces } from "../src/payloads/report-model.ts";
import { toHtml } from "../src/render/tree.ts";
import { countCell, measureColumns, outcomeColumns, outcomeCell } from "../src/views/report-model/cells.ts";

const [dataDir, siteDir] = process.argv.slice(2);
if (!dataDir || !siteDir) {
  process.stderr.write("usage: npm run test:readback -- <data folder> <built site>\n");
  process.exit(2);
}

/** Every table of a page by caption, each row as the text of its cells. */
function tables(html: string): Map<string, string[][]> {
  const found = new Map<string, string[][]>();
  let caption: string | undefined;
  let inCaption = false;
  let rows: string[][] = [];
  let row: string[] | undefined;
  let cell: string | undefined;
  // A correction's "†" beside a figure links to its note; it is not part of the figure read back.
  let inMark = false;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === "a" && (attrs["class"] ?? "").split(" ").includes("correction-mark")) inMark = true;
        if (name === "table") rows = [];
        else if (name === "caption") {
          inCaption = true;
          caption = "";
        } else if (name === "tr") row = [];
        else if ((name === "td" || name === "th") && row) cell = "";
      },
      ontext(text) {
        if (inCaption) caption = (caption ?? "") + text;
        else if (cell !== undefined && !inMark) cell += text;
      },
      onclosetag(name) {
        if (name === "a") inMark = false;
        if (name === "caption") inCaption = false;
        else if ((name === "td" || name === "th") && row && cell !== undefined) {
          row.push(cell.trim());
          cell = undefined;
        } else if (name === "tr" && row) {
          rows.push(row);
          row = undefined;
        } else if (name === "table" && caption !== undefined) found.set(caption.trim(), rows);
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return found;
}

/** The text a tree renders to, as a cell reads. */
function textOf(html: string): string {
  return html
    .replace(/<[^>]+>/g, "")
    .replace(/&#(\d+);/g, (_m, code: string) => String.fromCharCode(Number(code)))
    .trim();
}

const { report, issues } = checkReportDir({ dataDir });
if (!report) {
  process.stderr.write(`${formatIssueList(issues).join("\n")}\n`);
  process.exit(1);
}
const names = new Map(reportPlaces(report).map((p) => [p.code, p.name]));
let compared = 0;
let placeRows = 0;
const problems: string[] = [];
for (const section of report.sections) {
  if (section.kind !== "counts") continue;
  const d = section.description;
  const processLabel = (id: string | undefined) => {
    if (id === undefined) return undefined;
    if (id === "all") return "All processes";
    const p = d.processes?.find((x) => x.id === id);
    return p ? (p.inTotals ? p.label : `${p.label} (not in totals)`) : id;
  };
  const footer = (cells: string[]) => ["Sum of the rows", "Total stated by the publisher"].includes(cells[0] ?? "");
  /** Compares a table's body, as `a | b | …` lines, with the rows it should hold. */
  const compare = (source: string, page: string, expected: string[], shown: string[][]) => {
    const body = shown
      .slice(1)
      .filter((cells) => !footer(cells))
      .map((cells) => cells.join(" | "));
    compared += expected.length;
    for (const row of expected.filter((r) => !body.includes(r))) problems.push(`${source}: not on ${page}: ${row}`);
    for (const row of body.filter((r) => !expected.includes(r))) problems.push(`${page}: not in ${source}: ${row}`);
  };
  const figures = (r: (typeof section.periods)[number]["rows"][number]) => [
    ...measureColumns(d).map((m) => textOf(toHtml(countCell(r[m.key])))),
    ...outcomeColumns(d).map((o) => textOf(toHtml(outcomeCell(r, o.key)))),
  ];
  for (const file of section.periods) {
    const page = join(siteDir, "periods", reportPeriodSlug(file.period), "index.html");
    const caption = `${d.label}, ${reportPeriodLongLabel(file.period)}`;
    const shown = tables(readFileSync(page, "utf8")).get(caption);
    if (!shown) {
      problems.push(`${page}: no table "${caption}"`);
      continue;
    }
    const fileRows = file.rows.filter((r) => r.place !== "total");
    if (d.processes === undefined) {
      compare(
        file.source,
        page,
        fileRows.map((r) => [names.get(r.place) ?? r.place, ...figures(r)].join(" | ")),
        shown.map((cells) => cells.filter((c, i) => !(i === 1 && c === ""))),
      );
    } else {
      // A section with processes: the period page has one row per place (its own figure), and each process's
      // page every place's row for that process, as published.
      const places = [...new Set(fileRows.map((r) => names.get(r.place) ?? r.place))].sort();
      const listed = shown
        .slice(1)
        .filter((cells) => !footer(cells))
        .map((cells) => cells[0] ?? "")
        .sort();
      if (listed.join("\n") !== places.join("\n"))
        problems.push(`${page}: the places in "${caption}" are not those of ${file.source}`);
      const byProcess = new Map<string, typeof fileRows>();
      for (const r of fileRows) byProcess.set(r.process ?? "all", [...(byProcess.get(r.process ?? "all") ?? []), r]);
      for (const [process, rows] of byProcess) {
        const processPage = join(siteDir, "periods", reportPeriodSlug(file.period), d.id, process, "index.html");
        const processCaption = `${d.label}, ${processLabel(process) ?? process}, ${reportPeriodLongLabel(file.period)}`;
        const table = existsSync(processPage)
          ? tables(readFileSync(processPage, "utf8")).get(processCaption)
          : undefined;
        if (!table) {
          problems.push(`${processPage}: no table "${processCaption}"`);
          continue;
        }
        compare(
          file.source,
          processPage,
          rows.map((r) => [names.get(r.place) ?? r.place, ...figures(r)].join(" | ")),
          table,
        );
      }
    }
    // The same rows again, place by place, on each country × period page: its first table for the section holds
    // that place's rows (the process label first, or the place's name in a section without processes).
    const byPlace = new Map<string, typeof file.rows>();
    for (const r of file.rows) if (r.place !== "total") byPlace.set(r.place, [...(byPlace.get(r.place) ?? []), r]);
    for (const [code, rows] of byPlace) {
      const name = names.get(code) ?? code;
      const placePage = join(siteDir, "countries", code.toLowerCase(), reportPeriodSlug(file.period), "index.html");
      const placeCaption = `${d.label}, ${name}, ${reportPeriodLongLabel(file.period)}`;
      const placeTable = existsSync(placePage) ? tables(readFileSync(placePage, "utf8")).get(placeCaption) : undefined;
      if (!placeTable) {
        problems.push(`${placePage}: no table "${placeCaption}"`);
        continue;
      }
      const want = rows.map((r) => [processLabel(r.process) ?? name, ...figures(r)].join(" | ")).sort();
      const got = placeTable
        .slice(1)
        .map((cells) => cells.join(" | "))
        .sort();
      placeRows += want.length;
      for (const row of want.filter((r) => !got.includes(r)))
        problems.push(`${file.source}: not on ${placePage}: ${row}`);
      for (const row of got.filter((r) => !want.includes(r)))
        problems.push(`${placePage}: not in ${file.source}: ${row}`);
    }
  }
}
const line = `${compared} rows of ${report.sections.filter((s) => s.kind === "counts").length} counts sections read back from ${siteDir} (period and process pages), ${placeRows} from its country × period pages`;
if (problems.length > 0) {
  process.stderr.write(`${problems.slice(0, 40).join("\n")}\n✗ ${problems.length} differences; ${line}\n`);
  process.exitCode = 1;
} else {
  process.stdout.write(`✓ ${line}, every figure as the files give it.\n`);
}
