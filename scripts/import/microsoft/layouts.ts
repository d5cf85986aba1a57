/**
 * Every Law Enforcement Requests Report workbook the importer knows, by period: which sheet holds which section and
 * where its columns are. Microsoft moved the table between years (a column to the right in 2018, back in 2022), so
 * each layout is written out and its column titles are checked cell by cell before a figure is read: a renamed or
 * moved column stops the import instead of filling a section with the wrong figures.
 */

export type Measure = "requests" | "accounts" | "content" | "nonContent" | "noData" | "rejected";
export const MEASURES: readonly Measure[] = ["requests", "accounts", "content", "nonContent", "noData", "rejected"];

export type CountsSectionId = "law-enforcement" | "law-enforcement-skype" | "emergency" | "civil";

interface ColumnPlace {
  /** The column whose title row names the measure (for outcomes, the first of its "%" and "#" pair). */
  readonly title: string;
  /** The column holding the count. */
  readonly value: string;
}

export interface TableLayout {
  readonly id: string;
  readonly nameColumn: string;
  readonly titleRow: number;
  /** The row of "%" and "#" marks under the titles, where the sheet has one. */
  readonly markRow?: number;
  readonly totalRow: number;
  readonly columns: Readonly<Record<Measure, ColumnPlace>>;
}

export interface SheetSpec {
  readonly sheet: string;
  readonly section: CountsSectionId;
  readonly layout: TableLayout;
}

export interface WorkbookSpec {
  readonly sheets: readonly SheetSpec[];
  /** The sheet with the US cross-border warrant figures (2018-H1 on). */
  readonly warrants?: string;
  /** The sheet with the enterprise-customer disclosures (2022-H1). */
  readonly enterprise?: string;
  /** The sheet repeating the national-security bands (2022-H1). */
  readonly nationalSecurity?: string;
}

/** What each measure's title says, in every layout (whitespace collapsed). */
export const TITLES: Readonly<Record<Measure, { readonly pattern: RegExp; readonly expected: string }>> = {
  requests: { pattern: /^Total Number of (Law Enforcement )?Requests$/, expected: "Total Number of … Requests" },
  accounts: {
    pattern: /^Accounts ?(\/ ?Users )?Specified in Requests$/,
    expected: "Accounts / Users Specified in Requests",
  },
  content: { pattern: /Disclosure of Content$/, expected: "… Disclosure of Content" },
  nonContent: {
    pattern: /(\(Non-Content\) Data|Only Subscriber\/ ?Transactional Data)$/,
    expected: "… Only Subscriber/Transactional (Non-Content) Data",
  },
  noData: { pattern: /(\(No Data Found\)|^No Data Found|^No Data)$/, expected: "… (No Data Found)" },
  rejected: { pattern: /Rejected/, expected: "… Rejected …" },
};

const COLUMNS_2013_H1: TableLayout["columns"] = {
  requests: { title: "B", value: "B" },
  accounts: { title: "C", value: "C" },
  content: { title: "D", value: "E" },
  nonContent: { title: "F", value: "G" },
  noData: { title: "H", value: "I" },
  rejected: { title: "J", value: "K" },
};

const COLUMNS_A: TableLayout["columns"] = {
  requests: { title: "C", value: "C" },
  accounts: { title: "D", value: "D" },
  content: { title: "F", value: "G" },
  nonContent: { title: "H", value: "I" },
  noData: { title: "K", value: "L" },
  rejected: { title: "M", value: "N" },
};

const COLUMNS_B: TableLayout["columns"] = {
  requests: { title: "D", value: "D" },
  accounts: { title: "E", value: "E" },
  content: { title: "G", value: "H" },
  nonContent: { title: "I", value: "J" },
  noData: { title: "L", value: "M" },
  rejected: { title: "N", value: "O" },
};

/** 2013-H1: names in A, counts from B, titles on row 3. */
const LAYOUT_2013_H1: TableLayout = {
  id: "2013-H1",
  nameColumn: "A",
  titleRow: 3,
  markRow: 4,
  totalRow: 5,
  columns: COLUMNS_2013_H1,
};
/** 2013-H2: names in A, an empty column B, counts from C, titles on row 3. */
const LAYOUT_2013_H2: TableLayout = {
  id: "2013-H2",
  nameColumn: "A",
  titleRow: 3,
  markRow: 4,
  totalRow: 5,
  columns: COLUMNS_A,
};
/** 2014-H1 to 2017-H2 and 2022-H1: as 2013-H2 under a two-line heading, titles on row 5. */
const LAYOUT_2014: TableLayout = {
  id: "2014",
  nameColumn: "A",
  titleRow: 5,
  markRow: 6,
  totalRow: 7,
  columns: COLUMNS_A,
};
/** 2017-H1's emergency sheet: the 2014 table without its heading. */
const LAYOUT_2017_EMERGENCY: TableLayout = {
  id: "2017-H1 emergency",
  nameColumn: "A",
  titleRow: 2,
  markRow: 3,
  totalRow: 4,
  columns: COLUMNS_A,
};
/** 2017-H2's civil sheet: the 2014 table under a one-line heading. */
const LAYOUT_2017_CIVIL: TableLayout = {
  id: "2017-H2 civil",
  nameColumn: "A",
  titleRow: 4,
  markRow: 5,
  totalRow: 6,
  columns: COLUMNS_A,
};
/** 2018-H1 to 2021-H2: one column to the right, no "%"/"#" row. */
const LAYOUT_2018: TableLayout = { id: "2018", nameColumn: "B", titleRow: 4, totalRow: 5, columns: COLUMNS_B };

function criminalEmergencyCivil(layout: TableLayout, names: [string, string, string]): SheetSpec[] {
  return [
    { sheet: names[0], section: "law-enforcement", layout },
    { sheet: names[1], section: "emergency", layout },
    { sheet: names[2], section: "civil", layout },
  ];
}

const SHEETS_2018 = criminalEmergencyCivil(LAYOUT_2018, ["Criminal", "Emergencies", "Civil Legal Requests"]);
const WORKBOOK_2018: WorkbookSpec = { sheets: SHEETS_2018, warrants: "Criminal" };

export const WORKBOOKS: Readonly<Record<string, WorkbookSpec>> = {
  "2013-H1": {
    sheets: [
      { sheet: "MSFT", section: "law-enforcement", layout: LAYOUT_2013_H1 },
      { sheet: "Skype", section: "law-enforcement-skype", layout: LAYOUT_2013_H1 },
    ],
  },
  "2013-H2": { sheets: [{ sheet: "All Microsoft Services", section: "law-enforcement", layout: LAYOUT_2013_H2 }] },
  "2014-H1": { sheets: [{ sheet: "Combined LERR", section: "law-enforcement", layout: LAYOUT_2014 }] },
  "2014-H2": { sheets: [{ sheet: "Combined LERR", section: "law-enforcement", layout: LAYOUT_2014 }] },
  "2015-H1": { sheets: [{ sheet: "LERR", section: "law-enforcement", layout: LAYOUT_2014 }] },
  "2015-H2": { sheets: [{ sheet: "LERR", section: "law-enforcement", layout: LAYOUT_2014 }] },
  "2016-H1": { sheets: [{ sheet: "Sheet1", section: "law-enforcement", layout: LAYOUT_2014 }] },
  "2016-H2": { sheets: [{ sheet: "TOTAL", section: "law-enforcement", layout: LAYOUT_2014 }] },
  "2017-H1": {
    sheets: [
      { sheet: "Total - Criminal", section: "law-enforcement", layout: LAYOUT_2014 },
      { sheet: "Total - Emergencies", section: "emergency", layout: LAYOUT_2017_EMERGENCY },
    ],
  },
  "2017-H2": {
    sheets: [
      { sheet: "TOTAL (2)", section: "law-enforcement", layout: LAYOUT_2014 },
      { sheet: "Emergencies (2)", section: "emergency", layout: LAYOUT_2014 },
      { sheet: "Civil Legal Requests", section: "civil", layout: LAYOUT_2017_CIVIL },
    ],
  },
  "2018-H1": WORKBOOK_2018,
  "2018-H2": WORKBOOK_2018,
  "2019-H1": WORKBOOK_2018,
  "2019-H2": WORKBOOK_2018,
  "2020-H1": WORKBOOK_2018,
  "2020-H2": WORKBOOK_2018,
  "2021-H1": WORKBOOK_2018,
  "2021-H2": WORKBOOK_2018,
  "2022-H1": {
    sheets: criminalEmergencyCivil(LAYOUT_2014, ["Criminal", "Emergencies", "Civil"]),
    warrants: "Criminal",
    enterprise: "Criminal",
    nationalSecurity: "NS",
  },
};

export const KNOWN_PERIODS: readonly string[] = Object.keys(WORKBOOKS);
