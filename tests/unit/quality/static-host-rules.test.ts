import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  headersFor,
  lowerCaseLocation,
  matchPath,
  matchRedirect,
  parseHeaders,
  parseRedirects,
} from "../../../src/integrations/static-host/rules.ts";

const q = (s: string) => new URLSearchParams(s);

describe("_redirects", () => {
  it("parses paths, query conditions, status and force", () => {
    const [rule] = parseRedirects("# comment\n\n/view/  country=:c  period=all   /countries/:c/   302!  # trailing\n");
    expect(rule).toMatchObject({ from: "/view/", to: "/countries/:c/", status: 302, force: true, line: 3 });
    expect([...rule!.query]).toEqual([
      ["country", ":c"],
      ["period", "all"],
    ]);
  });

  it("defaults to 301 and rejects conditions it cannot honour", () => {
    expect(parseRedirects("/a /b")[0]).toMatchObject({ status: 301, force: false });
    expect(() => parseRedirects("/a /b 302 Country=de")).toThrow(/line 1: conditions/);
    expect(() => parseRedirects("a /b")).toThrow(/line 1/);
    expect(() => parseRedirects("/a /b 30x")).toThrow(/not a status/);
  });

  it("matches placeholders, splats and optional trailing slashes", () => {
    expect(matchPath("/countries/:code/", "/countries/de")).toEqual(new Map([["code", "de"]]));
    expect(matchPath("/countries/:code/", "/countries/de/2020-h2/")).toBeNull();
    expect(matchPath("/countries/:code/", "/countries//")).toBeNull();
    expect(matchPath("/old/*", "/old/a/b.html")).toEqual(new Map([["splat", "a/b.html"]]));
    expect(matchPath("/*", "/")).toEqual(new Map([["splat", ""]]));
    expect(matchPath("/a", "/b")).toBeNull();
  });

  it("applies the first rule whose path and every query condition match", () => {
    const rules = parseRedirects(
      [
        "/view/  country=global  period=all      /periods/               302!",
        "/view/  country=global  period=:period  /periods/:period/       302!",
        "/view/  country=:country  period=all    /countries/:country/    302!",
        "/view/  country=:country  period=:period  /countries/:country/:period/   302!",
      ].join("\n"),
    );
    const at = (search: string) => matchRedirect(rules, "/view/", q(search), true)?.location;
    expect(at("country=global&period=all")).toBe("/periods/");
    expect(at("country=global&period=2020-h2")).toBe("/periods/2020-h2/");
    expect(at("country=de&period=all")).toBe("/countries/de/");
    expect(at("period=2020-h2&country=de&extra=1")).toBe("/countries/de/2020-h2/");
    expect(at("country=de")).toBeUndefined();
    expect(at("country=&period=2020-h2")).toBeUndefined();
    // A captured value is encoded, so it cannot turn the target into another origin.
    expect(at("country=//evil.example&period=all")).toBe("/countries/%2F%2Fevil.example/");
  });

  it("lets a published file shadow an unforced rule, as Netlify does", () => {
    const rules = parseRedirects("/view/ country=:c /countries/:c/ 302");
    expect(matchRedirect(rules, "/view/", q("country=de"), true)).toBeNull();
    expect(matchRedirect(rules, "/view/", q("country=de"), false)?.location).toBe("/countries/de/");
  });

  it("parses the project's own file, and every rule there reaches a view even though /view/ is a page", () => {
    const rules = parseRedirects(readFileSync("public/_redirects", "utf8"));
    expect(rules.length).toBeGreaterThan(0);
    const hit = matchRedirect(rules, "/view/", q("country=de&period=2020-h2"), true);
    expect(hit?.location).toBe("/countries/de/2020-h2/");
    // A shared link with one of the two goes to that country's history or that period's worldwide page.
    const at = (search: string) => matchRedirect(rules, "/view/", q(search), true)?.location;
    expect(at("country=vn")).toBe("/countries/vn/");
    expect(at("period=2019-h2")).toBe("/periods/2019-h2/");
    expect(at("country=global")).toBe("/periods/");
    expect(at("period=all")).toBe("/periods/");
    expect(at("country=global&period=2019-h2")).toBe("/periods/2019-h2/");
  });
});

describe("lower-case addresses", () => {
  it("sends capitals under /periods/ and /countries/ on to the lower-case page, keeping the query", () => {
    expect(lowerCaseLocation("/periods/2020-H2/", "")).toBe("/periods/2020-h2/");
    expect(lowerCaseLocation("/countries/DE/", "")).toBe("/countries/de/");
    expect(lowerCaseLocation("/countries/DE/2020-H2/", "?x=1")).toBe("/countries/de/2020-h2/?x=1");
    expect(lowerCaseLocation("/Countries/de/", "")).toBe("/countries/de/");
  });

  it("leaves lower-case addresses and other paths alone, so it can never loop", () => {
    expect(lowerCaseLocation("/countries/de/2020-h2/", "")).toBeNull();
    expect(lowerCaseLocation("/_astro/App.AbC.js", "")).toBeNull();
    expect(lowerCaseLocation("/FAQ/", "")).toBeNull();
  });
});

describe("_headers", () => {
  const rules = parseHeaders(
    [
      "# every page",
      "/*",
      "  X-Content-Type-Options: nosniff",
      "  Link: </a>; rel=preload",
      "/_astro/*",
      "  Cache-Control: public, max-age=31536000, immutable",
      "  Link: </b>; rel=preload",
    ].join("\n"),
  );

  it("parses blocks of indented headers under a path", () => {
    expect(rules.map((r) => [r.path, r.headers.length])).toEqual([
      ["/*", 2],
      ["/_astro/*", 2],
    ]);
    expect(() => parseHeaders("  X: y")).toThrow(/before any path/);
    expect(() => parseHeaders("/a\n  no colon")).toThrow(/Name: value/);
  });

  it("merges every matching block, joining repeated names", () => {
    expect(headersFor(rules, "/countries/de/")).toEqual(
      new Map([
        ["x-content-type-options", "nosniff"],
        ["link", "</a>; rel=preload"],
      ]),
    );
    const astro = headersFor(rules, "/_astro/x.js");
    expect(astro.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(astro.get("link")).toBe("</a>; rel=preload, </b>; rel=preload");
  });
});
