import { describe, expect, it } from "vitest";
import { countryOptionsHtml } from "../../src/components/country-options.ts";

const list = [
  { code: "CI", name: "Côte d'Ivoire" },
  { code: "DE", name: "Germany" },
  { code: "XX", name: 'A <b>"bold"</b> & odd name' },
];

describe("the filter's country options", () => {
  it("mark only the page's country as selected, escaping names as Astro does", () => {
    expect(countryOptionsHtml(list, "de")).toBe(
      '<option value="ci">Côte d&#39;Ivoire</option>' +
        '<option value="de" selected>Germany</option>' +
        '<option value="xx">A &lt;b&gt;&quot;bold&quot;&lt;/b&gt; &amp; odd name</option>',
    );
  });

  it("select none for Global, and follow the selection from one page to the next", () => {
    expect(countryOptionsHtml(list, "global")).not.toContain("selected");
    expect(countryOptionsHtml(list, "ci")).toContain('<option value="ci" selected>Côte d&#39;Ivoire</option>');
    expect(countryOptionsHtml(list, "ci")).toContain('<option value="de">Germany</option>');
  });
});
