/**
 * The zod schema of `data/report.json`, the report description (docs/report-model.md). Every object is
 * strict, so a misspelt key is an error rather than a setting silently ignored; every text gets the checks
 * site.json's texts get. `scripts/report-schema.ts` writes the same rules as `data/report.schema.json` for
 * editors, and a unit test fails when the two drift apart.
 */
import { z } from "zod";
import { textProblem } from "../text-checks.ts";
import { nameOfAnotherCode } from "../countries.ts";
import { outputCollisions } from "./report-outputs.ts";
import { compareReportPeriods, EARLIEST_REPORT_YEAR, parseReportPeriodId, type ReportPeriod } from "./report-period.ts";

/** Longest label, in characters: headings, menus and legends. */
export const MAX_LABEL_LENGTH = 120;
/** Longest short label: table headers and chart legends. */
export const MAX_SHORT_LABEL_LENGTH = 40;
/** Longest definition or coverage note. */
export const MAX_DEFINITION_LENGTH = 1_000;
/** Most sections, processes, places or authorities in one list. */
export const MAX_LIST_LENGTH = 60;

function text(what: string, maxLength: number) {
  return z.string().superRefine((value, ctx) => {
    const problem = textProblem(value, what, maxLength);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });
}

const label = text("a label", MAX_LABEL_LENGTH).describe("Heading and sentence text, as readers see it.");
const shortLabel = text("a short label", MAX_SHORT_LABEL_LENGTH).describe("For table headers, menus and legends.");
const definition = text("a definition", MAX_DEFINITION_LENGTH).describe("One or two plain sentences.");

/** Ids end up in addresses and file names, so they are kept to one safe form. */
const ID_PATTERN = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const id = z
  .string()
  .max(40, "is longer than 40 characters; an id is a short word for addresses and file names")
  .regex(ID_PATTERN, "is not an id: use lower-case letters, digits and single hyphens, starting with a letter");

const periodId = z.string().superRefine((value, ctx) => {
  const period = parseReportPeriodId(value);
  if (!period || /h/.test(value)) {
    ctx.addIssue({ code: "custom", message: "is not a period: write 2023-H1, 2023-H2 or 2023 for a whole year" });
  } else if (period.year < EARLIEST_REPORT_YEAR) {
    ctx.addIssue({ code: "custom", message: `is before ${EARLIEST_REPORT_YEAR}; no report is that old` });
  }
});

const measure = z.strictObject({ label }).describe("A figure the section reports, with the publisher's word for it.");

const coverage = z
  .array(
    z.strictObject({
      periods: z.array(periodId).min(1).max(500).optional().describe("Period ids; omitted means every period."),
      note: text("a coverage note", MAX_DEFINITION_LENGTH),
    }),
  )
  .max(MAX_LIST_LENGTH)
  .describe("Notes shown beside the figures they qualify, such as what a period's figures include.");

const per = z
  .enum(["request", "account"])
  .default("request")
  .describe("Whether outcomes count requests or accounts; the word is shown wherever the outcome is.");

const outcomes = z.discriminatedUnion("scheme", [
  z.strictObject({
    scheme: z.literal("four").describe("content, non_content, no_data and rejected columns"),
    per,
  }),
  z.strictObject({
    scheme: z.literal("some-data").describe("one figure: requests where some data was produced"),
    given: z.enum(["count", "percent"]).describe("`count`: a some_data column; `percent`: a some_data_percent column"),
    label: label.describe("The publisher's name for it, such as Some data produced or Disclosed."),
    per,
  }),
  z.strictObject({ scheme: z.literal("none").describe("the section gives no outcomes") }),
]);

const process = z.strictObject({
  id,
  label,
  definition: definition.optional(),
  inTotals: z
    .boolean()
    .default(true)
    .describe("False for a process the publisher leaves out of its totals, such as preservation requests."),
});

const place = z.strictObject({
  id,
  label,
  definition: definition.optional(),
  inTotals: z.boolean().default(true).describe("False for a row that must not be added into worldwide totals."),
});

const common = {
  id,
  folder: z
    .string()
    .regex(/^[a-z0-9][a-z0-9_-]*$/, "is not a folder name: use lower-case letters, digits, - and _")
    .max(60)
    .optional()
    .describe("The folder under data/ holding the section's period files; defaults to the id."),
  label,
  shortLabel,
  definition,
  coverage: coverage.optional(),
};

const countsSection = z.strictObject({
  ...common,
  kind: z.literal("counts"),
  measures: z
    .strictObject({
      requests: measure.optional(),
      accounts: measure.optional(),
      notified: measure.optional(),
    })
    .describe(
      "requests, accounts or both: a section that only counts accounts (such as accounts affected) declares no requests.",
    ),
  outcomes,
  processes: z.array(process).min(1).max(MAX_LIST_LENGTH).optional(),
  statedTotals: z
    .boolean()
    .default(false)
    .describe("True when a file may hold a `total` row: the publisher's own total, shown beside the sum."),
  asPublishedRows: z
    .boolean()
    .default(false)
    .describe(
      "True when files may mark a row `as_published`: outcomes that do not add up to (or exceed) the row's base, kept exactly as the publisher gives them and never added into a worldwide outcome.",
    ),
});

/**
 * Authorities are never part of an address or a file name, so they may keep the underscores of the fixed
 * layout's `fisa_content` and `fisa_non_content` (data/national-security.schema.json).
 */
const authorityId = z
  .string()
  .max(40, "is longer than 40 characters")
  .regex(
    /^[a-z][a-z0-9]*(?:[-_][a-z0-9]+)*$/,
    "is not an id: use lower-case letters, digits, hyphens and underscores, starting with a letter",
  );

const authority = z.strictObject({
  id: authorityId,
  label,
  definition: definition.optional(),
  combines: z
    .array(authorityId)
    .min(2)
    .max(10)
    .optional()
    .describe("For one figure published for several authorities together: their ids."),
});

const bandsSection = z.strictObject({
  ...common,
  kind: z.literal("bands"),
  measures: z.strictObject({ demands: measure, accounts: measure.optional() }),
  authorities: z.array(authority).min(1).max(MAX_LIST_LENGTH),
  bandWidths: z
    .array(z.int().min(2).max(1_000_000))
    .min(1)
    .max(10)
    .describe("The band widths the law allows this publisher, such as 250, 500 or 1000."),
  knownMinimum: z
    .boolean()
    .default(false)
    .describe("True when a band may start at a stated minimum inside it, as in 2–499."),
});

const section = z.discriminatedUnion("kind", [countsSection, bandsSection]);

/** Where a list repeats a value that must be unique; zod has no unique-items check of its own. */
function repeats<T>(items: readonly T[], key: (item: T) => string): { index: number; first: number; value: string }[] {
  const seen = new Map<string, number>();
  const found: { index: number; first: number; value: string }[] = [];
  items.forEach((item, index) => {
    const value = key(item);
    const first = seen.get(value);
    if (first === undefined) seen.set(value, index);
    else found.push({ index, first, value });
  });
  return found;
}

/**
 * Labels readers tell things apart by (a section's in menus and legends, a process's in its column, a place's
 * in a table): two the same would show two different rows or columns under one name.
 */
function repeatedLabels(
  ctx: z.RefinementCtx,
  items: readonly Record<string, unknown>[],
  path: readonly (string | number)[],
  key: "label" | "shortLabel",
  what: string,
): void {
  // Compared without case, as "Subpoenas" and "subpoenas" read as one name.
  for (const { index, first } of repeats(items, (item) => String(item[key]).toLocaleLowerCase("en"))) {
    ctx.addIssue({
      code: "custom",
      path: [...path, index, key],
      input: items[index]?.[key],
      message: `is also the ${key === "label" ? "label" : "short label"} of ${path.at(-1) ?? ""}[${first}]; readers tell ${what} apart by it`,
    });
  }
}

/** Ids a place may not take: they have their own meaning in the `country_code` column. */
const RESERVED_PLACE_IDS = new Set(["total", "all"]);

export const reportDescriptionSchema = z
  .strictObject({
    $schema: z.string().optional().describe("The JSON Schema editors check this file against."),
    version: z.literal(1).describe("The description's format; 1 is the only one so far."),
    periods: z
      .strictObject({
        first: periodId.optional().describe("The first period the report may hold (default 2013-H1)."),
        yearsBesideHalves: z
          .enum(["refuse", "stated"])
          .default("refuse")
          .describe("`stated` when the publisher gives a year and its own halves; both are then kept as stated."),
      })
      .default({ yearsBesideHalves: "refuse" }),
    places: z.array(place).max(MAX_LIST_LENGTH).default([]).describe("Rows that are not a country."),
    sections: z
      .array(section)
      .min(1, "is empty; a report has at least one section")
      .max(20, "has more than 20 sections; group some of them as processes of one section"),
  })
  .superRefine((report, ctx) => {
    for (const { index, first, value } of repeats(report.sections, (s) => s.id)) {
      ctx.addIssue({
        code: "custom",
        path: ["sections", index, "id"],
        input: value,
        message: `is also the id of sections[${first}]; ids are unique`,
      });
    }
    for (const { index, first, value } of repeats(report.sections, (s) => s.folder ?? s.id)) {
      ctx.addIssue({
        code: "custom",
        path: ["sections", index, "folder"],
        input: value,
        message: `is also the folder of sections[${first}]; each section has a folder of its own`,
      });
    }
    for (const { index, first, value } of repeats(report.places, (p) => p.id)) {
      ctx.addIssue({
        code: "custom",
        path: ["places", index, "id"],
        input: value,
        message: `is also the id of places[${first}]`,
      });
    }
    repeatedLabels(ctx, report.sections, ["sections"], "label", "sections");
    repeatedLabels(ctx, report.sections, ["sections"], "shortLabel", "sections");
    repeatedLabels(ctx, report.places, ["places"], "label", "places");
    report.places.forEach((p, index) => {
      const country = nameOfAnotherCode("", p.label);
      if (country !== undefined) {
        ctx.addIssue({
          code: "custom",
          path: ["places", index, "label"],
          input: p.label,
          message: `is the name of the country ${country}; a row that is not a country needs a label no reader takes for one`,
        });
      }
      if (RESERVED_PLACE_IDS.has(p.id)) {
        ctx.addIssue({
          code: "custom",
          path: ["places", index, "id"],
          input: p.id,
          message: "is reserved: `total` is a stated total and `all` a row of every process",
        });
      }
    });
    for (const { path, value, message } of outputCollisions(report)) {
      ctx.addIssue({ code: "custom", path, input: value, message });
    }
    const first = report.periods.first === undefined ? undefined : parseReportPeriodId(report.periods.first);
    report.sections.forEach((s, si) => {
      s.coverage?.forEach((c, ci) => {
        c.periods?.forEach((p, pi) => {
          const period = parseReportPeriodId(p);
          if (period && first && compareReportPeriods(period, first) < 0 && !overlapsFirst(period, first)) {
            ctx.addIssue({
              code: "custom",
              path: ["sections", si, "coverage", ci, "periods", pi],
              input: p,
              message: `is before periods.first (${report.periods.first ?? ""})`,
            });
          }
        });
      });
      if (s.kind === "counts") {
        for (const { index, first: firstIndex, value } of repeats(s.processes ?? [], (p) => p.id)) {
          ctx.addIssue({
            code: "custom",
            path: ["sections", si, "processes", index, "id"],
            input: value,
            message: `is also the id of processes[${firstIndex}]`,
          });
        }
        repeatedLabels(ctx, s.processes ?? [], ["sections", si, "processes"], "label", "processes");
        (s.processes ?? []).forEach((p, pi) => {
          if (p.id === "all") {
            ctx.addIssue({
              code: "custom",
              path: ["sections", si, "processes", pi, "id"],
              input: p.id,
              message: "is reserved for a row of every process; give this process another id",
            });
          }
        });
        if (
          s.asPublishedRows &&
          (s.outcomes.scheme === "none" || (s.outcomes.scheme === "some-data" && s.outcomes.given === "percent"))
        ) {
          ctx.addIssue({
            code: "custom",
            path: ["sections", si, "asPublishedRows"],
            input: true,
            message:
              "needs outcomes given as counts (the four scheme or some-data as a count); nothing else is checked against the base",
          });
        }
        if (s.measures.requests === undefined && s.measures.accounts === undefined) {
          ctx.addIssue({
            code: "custom",
            path: ["sections", si, "measures"],
            input: s.measures,
            message: "declares neither requests nor accounts; a counts section reports at least one of them",
          });
        }
        if (s.outcomes.scheme !== "none" && s.outcomes.per === "request" && s.measures.requests === undefined) {
          ctx.addIssue({
            code: "custom",
            path: ["sections", si, "outcomes", "per"],
            input: "request",
            message:
              'counts outcomes per request, but the section declares no requests measure; set "per": "account" or declare requests',
          });
        }
        if (s.outcomes.scheme !== "none" && s.outcomes.per === "account" && s.measures.accounts === undefined) {
          ctx.addIssue({
            code: "custom",
            path: ["sections", si, "outcomes", "per"],
            input: "account",
            message: "counts outcomes per account, but the section declares no accounts measure",
          });
        }
      } else {
        for (const { index, first: firstIndex, value } of repeats(s.authorities, (a) => a.id)) {
          ctx.addIssue({
            code: "custom",
            path: ["sections", si, "authorities", index, "id"],
            input: value,
            message: `is also the id of authorities[${firstIndex}]`,
          });
        }
        repeatedLabels(ctx, s.authorities, ["sections", si, "authorities"], "label", "authorities");
        const plain = new Set(s.authorities.filter((a) => a.combines === undefined).map((a) => a.id));
        s.authorities.forEach((a, ai) => {
          for (const { index } of repeats(a.combines ?? [], (part) => part)) {
            ctx.addIssue({
              code: "custom",
              path: ["sections", si, "authorities", ai, "combines", index],
              input: a.combines?.[index],
              message: "is listed twice; a combined figure names each authority once",
            });
          }
          a.combines?.forEach((part, pi) => {
            if (!plain.has(part)) {
              ctx.addIssue({
                code: "custom",
                path: ["sections", si, "authorities", ai, "combines", pi],
                input: part,
                message: `is not the id of another authority of this section (declare it, without combines, first)`,
              });
            }
          });
        });
        for (const { index, value } of repeats(s.bandWidths, String)) {
          ctx.addIssue({
            code: "custom",
            path: ["sections", si, "bandWidths", index],
            input: value,
            message: "is listed twice",
          });
        }
      }
    });
  });

/** A period that starts before `first` but contains it (the year of a first half-year) still has months in range. */
function overlapsFirst(period: ReportPeriod, first: ReportPeriod): boolean {
  return period.kind === "year" && period.year === first.year;
}

/** report.json as written (before defaults). */
export type ReportDescriptionInput = z.input<typeof reportDescriptionSchema>;
/** report.json with its defaults filled in. */
export type ReportDescription = z.output<typeof reportDescriptionSchema>;
export type SectionDescription = ReportDescription["sections"][number];
export type CountsSectionDescription = Extract<SectionDescription, { kind: "counts" }>;
export type BandsSectionDescription = Extract<SectionDescription, { kind: "bands" }>;
export type PlaceDescription = ReportDescription["places"][number];
export type OutcomeScheme = CountsSectionDescription["outcomes"];
