import { describe, expect, it } from "vitest";
import type { Dataset } from "../../../src/data/dataset.ts";
import { loadDataset } from "../../../src/data/load.ts";
import { periodLongLabel } from "../../../src/data/period.ts";
import { pageShell } from "../../../src/layouts/page-shell.ts";
import { previewCards } from "../../../src/previews/previews.ts";

const dataset = loadDataset({ dataDir: "data", today: new Date("2026-11-24T00:00:00Z") });
const site = new URL("https://transparency.example.com");

/** The same data under a publisher whose names carry markup. */
const hostile: Dataset = {
  ...dataset,
  site: { ...dataset.site, organisation: 'Evil <script>alert("x")</script> & Co', title: "Report's <b>title</b>" },
};

describe("the page frame", () => {
  it("titles the page with the report and the publisher, and marks the current navigation item", () => {
    const shell = pageShell(dataset, { title: "Germany", section: "countries", pathname: "/countries/de/", site });
    expect(shell.lang).toBe("en");
    expect(shell.head).toContain("<title>Germany · Law Enforcement Requests Report · Example Cloud Ltd.</title>");
    expect(shell.top).toContain('<a href="/countries/" aria-current="page">Countries</a>');
    expect(shell.top.match(/aria-current/g)).toHaveLength(1);
    expect(shell.head).toContain('<link rel="canonical" href="https://transparency.example.com/countries/de/">');
  });

  it("shares a country's page with that country's card, and other pages with the overview's", () => {
    const de = previewCards(dataset).find((c) => c.name === "country-de")!;
    const country = pageShell(dataset, { title: "x", pathname: "/countries/de/2020-h2/", site });
    expect(country.head).toContain('content="https://transparency.example.com/previews/country-de.png"');
    expect(country.head).toContain(`<meta property="og:image:alt" content="${de.alt}">`);
    const faq = pageShell(dataset, { title: "FAQ", pathname: "/faq/", site });
    expect(faq.head).toContain("/previews/overview.png");
  });

  it("names the licence site.json states in the footer, and says when none is stated", () => {
    const shell = pageShell(dataset, { title: "x", pathname: "/faq/", site });
    expect(shell.bottom).toContain(
      '<a href="/downloads/#reuse" data-footer-licence="">Licence: Creative Commons Attribution 4.0 International</a>',
    );
    const { licence: _licence, ...unlicensed } = dataset.site;
    const none = pageShell({ ...dataset, site: unlicensed }, { title: "x", pathname: "/faq/", site });
    expect(none.bottom).toContain('data-footer-licence="">Licence: not stated</a>');
  });

  it("leaves the canonical link out where asked, or where the site has no address", () => {
    expect(pageShell(dataset, { title: "x", pathname: "/404.html", site, canonical: false }).head).not.toContain(
      "canonical",
    );
    const noSite = pageShell(dataset, { title: "x", pathname: "/faq/", site: undefined });
    expect(noSite.head).not.toContain("canonical");
    // og:url still needs an absolute address: the one in site.json.
    expect(noSite.head).toContain('<meta property="og:url" content="https://transparency.example.com/faq/">');
  });

  it("names the latest period and the contact address in the footer", () => {
    const { bottom } = pageShell(dataset, { title: "x", pathname: "/", site });
    expect(bottom).toContain(`(latest period: ${periodLongLabel(dataset.periods.at(-1)!.period)})`);
    expect(bottom).toContain('<a href="mailto:transparency@example.com">transparency@example.com</a>');
    expect(bottom).toContain("Download the data</a> · <a");
  });

  it("escapes every name from the data", () => {
    const shell = pageShell(hostile, { title: "<i>Page</i>", pathname: "/", site });
    const all = shell.head + shell.top + shell.bottom;
    expect(all).not.toMatch(/<script|<b>|<i>/);
    expect(shell.head).toContain("<title>&#60;i&#62;Page&#60;/i&#62; · Report&#39;s &#60;b&#62;title&#60;/b&#62;");
    expect(shell.top).toContain("Evil &#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62; &#38; Co");
  });
});
