import { copyFileSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { beforeAll, describe, expect, it } from "vitest";
import { codeForName } from "../../../scripts/import/aliases.ts";
import { importMicrosoft } from "../../../scripts/import/microsoft/index.ts";
import { countFrom } from "../../../scripts/import/microsoft/tables.ts";
import { SourceError, type Adjustment, type ImportedReport } from "../../../scripts/import/types.ts";

// Cut from Microsoft's real workbooks by scripts/import/microsoft/make-fixtures.ts, which says which source rows
// each fixture row comes from.
const FIXTURES = "tests/fixtures/import/microsoft";
const LAYOUTS = join(FIXTURES, "layouts");
const quiet = (): void => {};

type Row = Record<string, string>;

function rows(report: ImportedReport, path: string): Row[] {
  const text = report.files.get(path);
  if (text === undefined) throw new Error(`no file ${path}`);
  return Papa.parse<Row>(text, { header: true, skipEmptyLines: true }).data;
}

function row(report: ImportedReport, path: string, code: string, process?: string): Row {
  const found = rows(report, path).filter(
    (r) => r.country_code === code && (process === undefined || r.process === process),
  );
  expect(found, `${path} ${code}`).toHaveLength(1);
  return found[0]!;
}

/** The same file's content as the import writes it, keyed for comparison. */
function serialise(report: ImportedReport): string {
  return JSON.stringify({
    site: report.site,
    description: report.description,
    files: [...report.files],
    log: report.log,
  });
}

/** A cell's figure as the workbook stores it, read here without the importer's code. */
function stored(sheet: ExcelJS.Worksheet, address: string): unknown {
  const cell = sheet.getCell(address);
  return cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value;
}

let report: ImportedReport;
const progressLines: string[] = [];

beforeAll(async () => {
  report = await importMicrosoft(LAYOUTS, (line) => progressLines.push(line));
});

describe("Microsoft importer on excerpts of the real workbooks", () => {
  // Each sheet's columns, written out here independently of scripts/import/microsoft/layouts.ts.
  const READ_BACK = [
    {
      file: "Microsoft LERR_2013_H1.xlsx",
      sheet: "MSFT",
      csv: "requests/2013-H1.csv",
      name: "A",
      total: 5,
      cols: "B C E G I K",
    },
    {
      file: "Microsoft LERR_2013_H1.xlsx",
      sheet: "Skype",
      csv: "skype/2013-H1.csv",
      name: "A",
      total: 5,
      cols: "B C E G I K",
    },
    {
      file: "Microsoft LERR_2013_H2.xlsx",
      sheet: "All Microsoft Services",
      csv: "requests/2013-H2.csv",
      name: "A",
      total: 5,
      cols: "C D G I L N",
    },
    {
      file: "Microsoft LERR_2014_H1.xlsx",
      sheet: "Combined LERR",
      csv: "requests/2014-H1.csv",
      name: "A",
      total: 7,
      cols: "C D G I L N",
    },
    {
      file: "Microsoft LERR_2015_H2.xlsx",
      sheet: "LERR",
      csv: "requests/2015-H2.csv",
      name: "A",
      total: 7,
      cols: "C D G I L N",
    },
    {
      file: "Microsoft LERR_2017_H1.xlsx",
      sheet: "Total - Criminal",
      csv: "requests/2017-H1.csv",
      name: "A",
      total: 7,
      cols: "C D G I L N",
    },
    {
      file: "Microsoft LERR_2017_H1.xlsx",
      sheet: "Total - Emergencies",
      csv: "emergency/2017-H1.csv",
      name: "A",
      total: 4,
      cols: "C D G I L N",
    },
    {
      file: "Microsoft LERR_2017_H2.xlsx",
      sheet: "TOTAL (2)",
      csv: "requests/2017-H2.csv",
      name: "A",
      total: 7,
      cols: "C D G I L N",
    },
    {
      file: "Microsoft LERR_2017_H2.xlsx",
      sheet: "Emergencies (2)",
      csv: "emergency/2017-H2.csv",
      name: "A",
      total: 7,
      cols: "C D G I L N",
    },
    {
      file: "Microsoft LERR_2017_H2.xlsx",
      sheet: "Civil Legal Requests",
      csv: "civil/2017-H2.csv",
      name: "A",
      total: 6,
      cols: "C D G I L N",
    },
    {
      file: "Microsoft LERR_2018_H1.xlsx",
      sheet: "Criminal",
      csv: "requests/2018-H1.csv",
      name: "B",
      total: 5,
      cols: "D E H J M O",
    },
    {
      file: "Microsoft LERR_2018_H1.xlsx",
      sheet: "Emergencies",
      csv: "emergency/2018-H1.csv",
      name: "B",
      total: 5,
      cols: "D E H J M O",
    },
    {
      file: "Microsoft LERR_2018_H1.xlsx",
      sheet: "Civil Legal Requests",
      csv: "civil/2018-H1.csv",
      name: "B",
      total: 5,
      cols: "D E H J M O",
    },
    {
      file: "Microsoft LERR_2019_H1.xlsx",
      sheet: "Criminal",
      csv: "requests/2019-H1.csv",
      name: "B",
      total: 5,
      cols: "D E H J M O",
    },
    {
      file: "Microsoft LERR_2019_H1.xlsx",
      sheet: "Civil Legal Requests",
      csv: "civil/2019-H1.csv",
      name: "B",
      total: 5,
      cols: "D E H J M O",
    },
    {
      file: "Microsoft LERR_2022_H1.xlsx",
      sheet: "Criminal",
      csv: "requests/2022-H1.csv",
      name: "A",
      total: 7,
      cols: "C D G I L N",
    },
    {
      file: "Microsoft LERR_2022_H1.xlsx",
      sheet: "Emergencies",
      csv: "emergency/2022-H1.csv",
      name: "A",
      total: 7,
      cols: "C D G I L N",
    },
    {
      file: "Microsoft LERR_2022_H1.xlsx",
      sheet: "Civil",
      csv: "civil/2022-H1.csv",
      name: "A",
      total: 7,
      cols: "C D G I L N",
    },
  ] as const;
  const COLUMNS = ["requests", "accounts", "content", "non_content", "no_data", "rejected"];

  it.each(READ_BACK)("every figure of $file!$sheet reads back to its cell, or is logged", async (sheetPlan) => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(LAYOUTS, sheetPlan.file));
    const sheet = workbook.getWorksheet(sheetPlan.sheet)!;
    const logged = new Set(report.log.map((entry) => entry.source));
    const outcomesLogged = (r: number): boolean =>
      report.log.some(
        (e) =>
          e.source ===
          `${sheetPlan.file}!${sheetPlan.sheet}!${sheetPlan.cols.split(" ")[2]}${r}:${sheetPlan.cols.split(" ")[5]}${r}`,
      );
    let checked = 0;
    for (let r = sheetPlan.total; r <= sheet.rowCount; r++) {
      const cellName = sheet.getCell(`${sheetPlan.name}${r}`).value;
      const name = typeof cellName === "string" ? cellName.trim() : "";
      if (name === "" || name.startsWith("*")) break;
      const code = r === sheetPlan.total ? "total" : codeForName(name)!;
      const line = row(report, sheetPlan.csv, code);
      sheetPlan.cols.split(" ").forEach((column, i) => {
        const address = `${column}${r}`;
        const value = stored(sheet, address);
        const written = line[COLUMNS[i]!];
        if (typeof value === "number" && Number.isInteger(value)) {
          expect(written, `${sheetPlan.csv} ${code} ${COLUMNS[i]} from ${address}`).toBe(String(value));
        } else {
          expect(written, `${address} holds ${JSON.stringify(value)}`).toBe("");
          expect(
            logged.has(`${sheetPlan.file}!${sheetPlan.sheet}!${address}`) || outcomesLogged(r),
            `${address} is logged`,
          ).toBe(true);
        }
        checked++;
      });
      // Outcomes that do not add up are kept as published, marked, and logged.
      expect(line["as_published"], `${sheetPlan.csv} ${code} as_published`).toBe(outcomesLogged(r) ? "yes" : "");
    }
    expect(checked).toBeGreaterThanOrEqual(12);
  });

  it("keeps worldwide and per-country requests and accounts per period as Microsoft states them", () => {
    // Figures read by hand from the workbooks (2013-H2 row 71; 2022-H1 row 7).
    expect(row(report, "requests/2013-H2.csv", "US")).toMatchObject({
      requests: "5652",
      accounts: "12979",
      content: "612",
      non_content: "3846",
      no_data: "976",
      rejected: "218",
    });
    expect(row(report, "requests/2022-H1.csv", "total")).toMatchObject({
      requests: "26365",
      accounts: "58665",
      content: "992",
      non_content: "14043",
      no_data: "4730",
      rejected: "6600",
    });
    expect(row(report, "emergency/2017-H1.csv", "US")).toMatchObject({
      requests: "108",
      accounts: "188",
      content: "13",
      non_content: "61",
      no_data: "23",
      rejected: "11",
    });
    const periods = [...report.files.keys()].filter((p) => p.startsWith("requests/")).map((p) => p.slice(9, -4));
    expect(periods).toEqual([
      "2013-H1",
      "2013-H2",
      "2014-H1",
      "2015-H2",
      "2017-H1",
      "2017-H2",
      "2018-H1",
      "2019-H1",
      "2022-H1",
    ]);
  });

  it("declares civil outcomes per account, and they add up to the accounts", () => {
    const sections = report.description.sections as { id: string; outcomes?: { per?: string } }[];
    expect(sections.find((s) => s.id === "civil")?.outcomes?.per).toBe("account");
    // 2018-H1 Brazil (source row 7): 44 requests, 61 accounts, outcomes 0 + 42 + 14 + 5 = 61.
    expect(row(report, "civil/2018-H1.csv", "BR")).toMatchObject({
      requests: "44",
      accounts: "61",
      content: "0",
      non_content: "42",
      no_data: "14",
      rejected: "5",
    });
    for (const path of [...report.files.keys()].filter((p) => p.startsWith("civil/"))) {
      for (const r of rows(report, path).filter((x) => x.content !== "" && x.as_published !== "yes")) {
        expect(
          Number(r.content) + Number(r.non_content) + Number(r.no_data) + Number(r.rejected),
          `${path} ${r.country_code}`,
        ).toBe(Number(r.accounts));
      }
    }
  });

  it("keeps outcomes that add up to neither base as published, marked, logged, with a coverage note", () => {
    // 2017-H2 civil, Brazil: 74 requests, 102 accounts, outcomes adding up to 74.
    expect(row(report, "civil/2017-H2.csv", "BR")).toEqual({
      country_code: "BR",
      country: "Brazil",
      requests: "74",
      accounts: "102",
      content: "0",
      non_content: "45",
      no_data: "0",
      rejected: "29",
      as_published: "yes",
    });
    expect(report.log).toContainEqual(
      expect.objectContaining({
        source: "Microsoft LERR_2017_H2.xlsx!Civil Legal Requests!G7:N7",
        before: "0 + 45 + 0 + 29",
        after: "0 + 45 + 0 + 29",
      }),
    );
    const civil = (
      report.description.sections as { id: string; coverage?: { periods: string[]; note: string }[] }[]
    ).find((s) => s.id === "civil");
    expect(civil?.coverage?.filter((c) => c.periods.includes("2017-H2")).map((c) => c.note)).toEqual([
      "Microsoft's sheet for this half-year is headed Civil Legal Request Disclosures, January 2017 - June 2017.",
      "For 2 countries and the total, Microsoft's four outcomes do not add up to the accounts; they are shown as published and left out of the worldwide outcomes.",
    ]);
  });

  it("keeps a fractional formula result as not reported, naming the cell and its value", () => {
    // 2015-H2 Israel (source row 35): I35 = MSFT + Skype adds a percentage cell, giving 6.142857…
    expect(row(report, "requests/2015-H2.csv", "IL")).toMatchObject({
      requests: "",
      accounts: "39",
      content: "0",
      non_content: "",
      no_data: "5",
      rejected: "9",
    });
    expect(report.log).toContainEqual({
      kind: "not-reported",
      source: "Microsoft LERR_2015_H2.xlsx!LERR!I10",
      before: "6.142857142857143",
      after: "",
      note: "A count cannot be fractional and rounding would state a figure the workbook does not hold; kept as not reported.",
    });
  });

  it("keeps TOTAL rows as stated totals beside the row sums, logging each difference", () => {
    expect(row(report, "requests/2013-H2.csv", "total")).toMatchObject({ requests: "35083", accounts: "58676" });
    const sum = rows(report, "requests/2013-H2.csv")
      .filter((r) => r.country_code !== "total")
      .reduce((n, r) => n + Number(r.requests), 0);
    expect(report.log).toContainEqual(
      expect.objectContaining({
        kind: "total-differs",
        source: "Microsoft LERR_2013_H2.xlsx!All Microsoft Services!C5",
        before: "35083",
        after: String(sum),
      }),
    );
    expect(report.log.filter((e) => e.kind === "stated-total")).toHaveLength(READ_BACK.length + 1);
    // Microsoft's percentages are said once per sheet to be left out, never silently.
    expect(report.log.filter((e) => e.before === "%")).toHaveLength(READ_BACK.length + 1);
    expect(report.log).toContainEqual(
      expect.objectContaining({
        kind: "other",
        source: "Microsoft LERR_2018_H1.xlsx!Civil Legal Requests!G4",
        before: "%",
      }),
    );
  });

  it("maps footnoted and misspelt names through the alias table, with a log entry", () => {
    expect(row(report, "requests/2014-H1.csv", "TR").country).toBe("Turkey");
    expect(report.log).toContainEqual(
      expect.objectContaining({
        kind: "name-mapped",
        source: "Microsoft LERR_2014_H1.xlsx!Combined LERR!A10",
        before: "Turkey*",
        after: "TR Turkey",
      }),
    );
    expect(row(report, "requests/2015-H2.csv", "UY").country).toBe("Uruguay");
    expect(report.log).toContainEqual(
      expect.objectContaining({ kind: "name-mapped", before: "Urugay", after: "UY Uruguay" }),
    );
  });

  it("holds the 2013-H1 Skype sheet as its own section that says it is part of the combined figures", () => {
    expect(row(report, "skype/2013-H1.csv", "AR")).toMatchObject({
      requests: "12",
      accounts: "19",
      content: "0",
      non_content: "3",
      no_data: "0",
      rejected: "9",
    });
    const sections = report.description.sections as {
      id: string;
      definition: string;
      coverage?: { periods: string[]; note: string }[];
    }[];
    expect(sections.find((s) => s.id === "law-enforcement-skype")?.definition).toMatch(/already counted/);
    expect(sections.find((s) => s.id === "law-enforcement")?.coverage?.[0]?.periods).toEqual(["2013-H1", "2013-H2"]);
  });

  it("reads the US cross-border warrants and the enterprise disclosures wherever the sheet puts them", () => {
    expect(row(report, "us-warrants-consumer/2018-H1.csv", "US").requests).toBe("133");
    expect(row(report, "us-warrants-enterprise/2018-H1.csv", "US").requests).toBe("1");
    expect(row(report, "us-warrants-consumer/2022-H1.csv", "US").requests).toBe("96");
    expect(row(report, "us-warrants-enterprise/2022-H1.csv", "US").requests).toBe("0");
    expect(row(report, "enterprise-disclosures/2022-H1.csv", "worldwide", "dynamics-365").requests).toBe("0");
    expect(row(report, "enterprise-disclosures/2022-H1.csv", "worldwide", "azure").requests).toBe("0");
  });

  it("writes the national security bands from July 2011 with their bounds", () => {
    expect((report.description.periods as { first: string }).first).toBe("2011-H2");
    expect(rows(report, "national-security/2011-H2.csv")).toEqual([
      {
        country_code: "US",
        country: "United States",
        authority: "fisa-content",
        band_width: "1000",
        demands_low: "0",
        demands_high: "999",
        accounts_low: "11000",
        accounts_high: "11999",
      },
      {
        country_code: "US",
        country: "United States",
        authority: "fisa-non-content",
        band_width: "1000",
        demands_low: "0",
        demands_high: "999",
        accounts_low: "0",
        accounts_high: "999",
      },
      {
        country_code: "US",
        country: "United States",
        authority: "nsl",
        band_width: "1000",
        demands_low: "0",
        demands_high: "999",
        accounts_low: "1000",
        accounts_high: "1999",
      },
    ]);
    // The FISA block's row 18 reads "July - Dec 2019" between Jan - June 2018 and Jan - June 2019.
    expect(rows(report, "national-security/2018-H2.csv").find((r) => r.authority === "fisa-content")).toMatchObject({
      accounts_low: "13500",
      accounts_high: "13999",
    });
    expect(rows(report, "national-security/2019-H2.csv").find((r) => r.authority === "fisa-content")).toMatchObject({
      accounts_low: "14500",
      accounts_high: "14999",
    });
    expect(report.log).toContainEqual(
      expect.objectContaining({
        source: "Microsoft_USNSOR_2021_H2.xlsx!US National Security Orders!C18",
        before: "July - Dec 2019",
        after: "2018-H2",
      }),
    );
    expect(report.log).toContainEqual(
      expect.objectContaining({
        kind: "band",
        source: "Microsoft_USNSOR_2021_H2.xlsx!US National Security Orders!E4",
        before: "11,000 - 11,999",
        after: "11000–11999",
      }),
    );
  });

  it("takes the 2021-H2 bands from the 2022-H1 NS sheet when the orders report is absent, and they agree", async () => {
    const folder = mkdtempSync(join(tmpdir(), "microsoft-ns-"));
    try {
      copyFileSync(join(LAYOUTS, "Microsoft LERR_2022_H1.xlsx"), join(folder, "Microsoft LERR_2022_H1.xlsx"));
      const alone = await importMicrosoft(folder, quiet);
      expect([...alone.files.keys()].filter((p) => p.startsWith("national-security/"))).toEqual([
        "national-security/2021-H2.csv",
      ]);
      expect(rows(alone, "national-security/2021-H2.csv")).toEqual([
        {
          country_code: "US",
          country: "United States",
          authority: "fisa-content",
          band_width: "500",
          demands_low: "0",
          demands_high: "499",
          accounts_low: "12500",
          accounts_high: "12999",
        },
        {
          country_code: "US",
          country: "United States",
          authority: "fisa-non-content",
          band_width: "500",
          demands_low: "0",
          demands_high: "499",
          accounts_low: "0",
          accounts_high: "499",
        },
        {
          country_code: "US",
          country: "United States",
          authority: "nsl",
          band_width: "500",
          demands_low: "0",
          demands_high: "499",
          accounts_low: "500",
          accounts_high: "999",
        },
      ]);
      expect(alone.files.get("national-security/2021-H2.csv")).toBe(report.files.get("national-security/2021-H2.csv"));
      expect((alone.description.periods as { first: string }).first).toBe("2021-H2");
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it("logs the stray names below a table instead of reading them as rows", () => {
    expect(rows(report, "emergency/2017-H2.csv").map((r) => r.country_code)).toEqual(["AU", "US", "total"]);
    expect(report.log).toContainEqual(
      expect.objectContaining({
        kind: "other",
        source: "Microsoft LERR_2017_H2.xlsx!Emergencies (2)!A12",
        before: "United Arab Emirates",
      }),
    );
  });

  it("reports its progress workbook by workbook", () => {
    expect(progressLines[0]).toBe("Microsoft_USNSOR_2021_H2.xlsx: national-security bands for 21 half-years");
    expect(progressLines).toContain(
      "Microsoft LERR_2017_H1.xlsx: 2017-H1: Total - Criminal → law-enforcement (3 countries); Total - Emergencies → emergency (3 countries)",
    );
    expect(progressLines.at(-1)).toMatch(/^9 law enforcement workbooks, \d+ files, \d+ log entries$/);
  });

  it("imports the same files twice into byte-identical output", async () => {
    const again = await importMicrosoft(LAYOUTS, quiet);
    expect(serialise(again)).toBe(serialise(report));
  });

  it("gives every position in the log as file!sheet!cell", () => {
    for (const entry of report.log)
      expect(entry.source).toMatch(/^Microsoft[ _][^!]+\.xlsx![^!]+![A-Z]+\d+(:[A-Z]+\d+)?$/);
  });

  it("maps every country name in the fixtures", async () => {
    let names = 0;
    for (const file of readdirSync(LAYOUTS).filter((f) => f.startsWith("Microsoft LERR"))) {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(join(LAYOUTS, file));
      for (const sheet of workbook.worksheets) {
        sheet.eachRow((line, r) => {
          line.eachCell((cell) => {
            if (typeof cell.value !== "string" || cell.value.trim() !== "TOTAL") return;
            const column = cell.address.replace(/\d+$/, "");
            for (let below = r + 1; below <= sheet.rowCount; below++) {
              const name = sheet.getCell(`${column}${below}`).value;
              if (typeof name !== "string" || name.trim() === "" || name.trim().startsWith("*")) continue;
              expect(codeForName(name), `${file}!${sheet.name}!${column}${below} ${JSON.stringify(name)}`).toMatch(
                /^[A-Z]{2}$/,
              );
              names++;
            }
          });
        });
      }
    }
    expect(names).toBeGreaterThan(50);
  });
});

describe("a count cell", () => {
  const at = "f.xlsx!S!C9";
  it("rounds only floating-point noise, and logs it", () => {
    const log: Adjustment[] = [];
    expect(countFrom(at, { kind: "number", value: 12.000000000001 }, log)).toBe(12);
    expect(log).toEqual([
      expect.objectContaining({ kind: "rounded", source: at, before: "12.000000000001", after: "12" }),
    ]);
  });

  it("keeps a real fraction, an empty cell and a formula without a result as not reported", () => {
    const log: Adjustment[] = [];
    expect(countFrom(at, { kind: "number", value: 20.142857 }, log)).toBeUndefined();
    expect(countFrom(at, { kind: "empty", formula: false }, log)).toBeUndefined();
    expect(countFrom(at, { kind: "empty", formula: true }, log)).toBeUndefined();
    expect(log.map((e) => [e.kind, e.before, e.after])).toEqual([
      ["not-reported", "20.142857", ""],
      ["not-reported", "", ""],
      ["not-reported", "", ""],
    ]);
    expect(log[2]?.note).toMatch(/no stored result/);
  });

  it("refuses an error value, text and a negative number", () => {
    expect(() => countFrom(at, { kind: "error", value: "#REF!" }, [])).toThrow(
      'f.xlsx!S!C9: "#REF!" is an error value where a count belongs',
    );
    expect(() => countFrom(at, { kind: "text", value: "n/a" }, [])).toThrow(
      'f.xlsx!S!C9: "n/a" is text where a count belongs',
    );
    expect(() => countFrom(at, { kind: "number", value: -3 }, [])).toThrow(
      'f.xlsx!S!C9: "-3" is negative where a count belongs',
    );
  });
});

describe("Microsoft importer on a malformed or unexpected source", () => {
  it.each(["missing-sheet", "renamed-column", "unknown-year", "unknown-country", "malformed-cell"])(
    "%s fails with file!sheet!cell, value and reason",
    async (fixture) => {
      const error = await importMicrosoft(join(FIXTURES, fixture), quiet).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(SourceError);
      expect((error as SourceError).message).toMatchSnapshot();
    },
  );
});
