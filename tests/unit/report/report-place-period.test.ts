import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { checkReportDir, type ReportData } from "../../../src/data/report/load-report.ts";
import { parseReportPeriodId, reportPeriodId, type ReportPeriod } from "../../../src/data/report/report-period.ts";
import { readViewPages, readViewQuery, viewTarget, writeViewPages } from "../../../src/lib/report-view.ts";
import { reportUrls, reportViewUrl } from "../../../src/lib/urls.ts";
import {
  placePeriods,
  placePeriodsIn,
  placePeriodsOf,
  placePeriodSections,
} from "../../../src/payloads/report-place-period.ts";
import { toHtml } from "../../../src/render/tree.ts";
import { placePeriodSection } from "../../../src/views/report-model/place-period.ts";
import { reportPlaces } from "../../../src/payloads/report-model.ts";
import { reportCardForPath } from "../../../src/previews/report-model.ts";

const DIR = "tests/fixtures/report/valid";

function report(): ReportData {
  const checked = checkReportDir({ dataDir: DIR, today: new Date("2026-11-24T00:00:00Z") });
  if (!checked.report) throw new Error("the fixture did not load");
  return checked.report;
}

function period(id: string): ReportPeriod {
  const p = parseReportPeriodId(id);
  if (!p) throw new Error(id);
  return p;
}

/** The fixture's rows straight from the CSV, so the expected figures do not come from the code under test. */
function csv(file: string): Record<string, string>[] {
  return parse<Record<string, string>>(readFileSync(`${DIR}/${file}`, "utf8"), { columns: true });
}

describe("country × period pages of a described report", () => {
  it("has one page for every place and period with a row, and none for the stated total", () => {
    expect(placePeriods(report()).map((p) => `${p.place.slug}/${reportPeriodId(p.period)}`)).toEqual([
      "br/2023-H1",
      "cross-border/2022",
      "fr/2023-H1",
      "de/2022",
      "us/2022",
      "us/2023-H1",
    ]);
    expect(reportUrls.placePeriod("US", period("2023-H1"))).toBe("/countries/us/2023-h1/");
    expect(reportUrls.placePeriod("cross-border", period("2022"))).toBe("/countries/cross-border/2022/");
  });

  it("lists a place's periods and a period's places as the whole list has them", () => {
    const data = report();
    const ids = (pairs: readonly { place: { slug: string }; period: ReportPeriod }[]) =>
      pairs.map((p) => `${p.place.slug}/${reportPeriodId(p.period)}`);
    expect(ids(placePeriodsOf(data, "US"))).toEqual(["us/2022", "us/2023-H1"]);
    expect(ids(placePeriodsOf(data, "cross-border"))).toEqual(["cross-border/2022"]);
    expect(ids(placePeriodsIn(data, period("2023-H1")))).toEqual(["br/2023-H1", "fr/2023-H1", "us/2023-H1"]);
    expect(ids(placePeriodsIn(data, period("2022")))).toEqual(["cross-border/2022", "de/2022", "us/2022"]);
    expect(placePeriodsOf(data, "ZZ")).toEqual([]);
    // Each page's card: its period's, its place's, and the overview's for any other page.
    expect(reportCardForPath(data, "/periods/2022/")?.name).toBe("period-2022");
    expect(reportCardForPath(data, "/countries/us/")?.name).toBe("place-us");
    expect(reportCardForPath(data, "/countries/cross-border/")?.name).toBe("place-cross-border");
    expect(reportCardForPath(data, "/countries/us/2022/")?.name).toBe("overview");
    expect(reportCardForPath(data, "/")?.name).toBe("overview");
  });

  it("gives a place's figure as the sum of its in-totals process rows when it has no all row", () => {
    const rows = csv("requests/2022.csv");
    const us = rows.filter((r) => r["country_code"] === "US" && r["process"] !== "preservation");
    const sum = us.reduce((n, r) => n + Number(r["requests"]), 0);
    const worldwide = rows
      .filter((r) => r["country_code"] !== "total" && r["process"] !== "preservation")
      .reduce((n, r) => n + Number(r["requests"]), 0);
    const [law] = placePeriodSections(report(), "US", period("2022"));
    if (law?.kind !== "counts") throw new Error("no counts section");
    expect(law.measures.find((m) => m.key === "requests")?.place).toBe(sum);
    expect(law.totals.sum.requests.value).toBe(worldwide);
    expect(law.allRow).toBeUndefined();
    // Declared order, the process outside totals kept in its own row.
    expect(law.processRows.map((r) => r.process)).toEqual(["subpoena", "search-warrant", "preservation"]);
    // Subpoenas give users notified, search warrants leave it blank: the place's figure is blank, never 12.
    expect(us.map((r) => r["notified"])).toEqual(["12", ""]);
    expect(law.measures.find((m) => m.key === "notified")?.place).toBeNull();
    expect(law.totals.sum.notified.value).toBeNull();
  });

  it("keeps the all row apart and takes the place's figure from it, never adding it to its process rows", () => {
    const all = csv("requests/2023-H1.csv").find((r) => r["country_code"] === "US" && r["process"] === "all");
    const [law] = placePeriodSections(report(), "US", period("2023-H1"));
    if (law?.kind !== "counts") throw new Error("no counts section");
    expect(law.allRow?.requests).toBe(Number(all?.["requests"]));
    expect(law.measures.find((m) => m.key === "requests")?.place).toBe(Number(all?.["requests"]));
    const html = toHtml(
      placePeriodSection(
        law,
        reportPlaces(report()).find((p) => p.code === "US")!,
        period("2023-H1"),
      ),
    );
    expect(html).toMatch(/<tfoot><tr><th scope="row">All processes<\/th>/);
    expect(html).toContain("The worldwide figure includes United States.");
  });

  it("counts civil outcomes per account and says that the worldwide outcome is incomplete where France left it blank", () => {
    const sections = placePeriodSections(report(), "BR", period("2023-H1"));
    const civil = sections.find((s) => s.section.id === "civil");
    if (civil?.kind !== "counts") throw new Error("no civil section");
    const brazil = csv("civil/2023-H1.csv").find((r) => r["country_code"] === "BR");
    expect(civil.outcomes.find((o) => o.key === "content")?.place).toBe(Number(brazil?.["content"]));
    expect(civil.totals.outcomes.get("content")?.value).toBeNull();
    const html = toHtml(
      placePeriodSection(
        civil,
        reportPlaces(report()).find((p) => p.code === "BR")!,
        period("2023-H1"),
      ),
    );
    expect(html).toContain("Outcomes count accounts, as the publisher gives them.");
    expect(html).toContain("Content disclosed (accounts)");
    expect(html).toContain("1 place (France) did not report it");
  });

  it("gives bands without any worldwide figure", () => {
    const sections = placePeriodSections(report(), "US", period("2023-H1"));
    const bands = sections.find((s) => s.kind === "bands");
    expect(bands?.kind === "bands" && bands.rows.map((r) => r.authority)).toEqual(["nsl-and-fisa"]);
  });

  it("leaves out a section the place has no row in", () => {
    expect(placePeriodSections(report(), "DE", period("2022")).map((s) => s.section.id)).toEqual(["law-enforcement"]);
  });
});

describe("the view form's addresses", () => {
  const pages = {
    sections: new Set(["law-enforcement", "civil"]),
    periods: new Set(["2022", "2023-h1"]),
    places: readViewPages(
      writeViewPages(
        new Map([
          ["us", ["2022", "2023-h1"]],
          ["fr", ["2023-h1"]],
        ]),
      ),
    ),
  };
  const go = (query: string) => {
    const choice = readViewQuery(new URLSearchParams(query));
    return choice && viewTarget(choice, pages);
  };

  it("leads every choice to its static page, with the section's anchor", () => {
    expect(go("section=civil&country=US&period=2023-H1")).toEqual({
      kind: "page",
      href: "/countries/us/2023-h1/#civil",
    });
    expect(go("section=all&country=fr&period=all")).toEqual({ kind: "page", href: "/countries/fr/" });
    expect(go("country=global&period=2022")).toEqual({ kind: "page", href: "/periods/2022/" });
    expect(go("section=law-enforcement&country=global&period=all")).toEqual({
      kind: "page",
      href: "/#law-enforcement",
    });
    expect(reportViewUrl(null, null, null)).toBe("/");
  });

  it("wants the form when the address names no choice", () => {
    expect(go("")).toBeUndefined();
    expect(go("q=x")).toBeUndefined();
  });

  it("says which part names nothing, and when a place has no figures in a period", () => {
    expect(go("country=fr&period=2022")).toEqual({ kind: "no-page", place: "fr", period: "2022" });
    expect(go("country=zz")).toEqual({ kind: "unknown", field: "country", value: "zz" });
    expect(go("period=2019")).toEqual({ kind: "unknown", field: "period", value: "2019" });
    expect(go("section=<b>")).toEqual({ kind: "unknown", field: "section", value: "<b>" });
  });
});
