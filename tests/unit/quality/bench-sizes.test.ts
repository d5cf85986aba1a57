import { describe, expect, it } from "vitest";
import { pageType } from "../../../scripts/bench/sizes.ts";

describe("the bench's page types", () => {
  it("names every template the bench measures, from the built file's path", () => {
    expect(
      [
        "index.html",
        "periods/2025-h2/index.html",
        "countries/de/index.html",
        "countries/de/2025-h2/index.html",
        "periods/index.html",
        "periods/emergency/index.html",
        "periods/national-security/index.html",
        "periods/2022/index.html",
        "faq/index.html",
        "definitions/index.html",
        "downloads/index.html",
        "corrections/index.html",
        "search/index.html",
        "view/index.html",
        "404.html",
        "feed/index.html",
      ].map(pageType),
    ).toEqual([
      "overview",
      "period",
      "country",
      "country × period",
      "index pages",
      "section history",
      "section history",
      "period",
      "faq",
      "definitions",
      "downloads",
      "corrections",
      "search",
      "view (no-JS filter)",
      "404",
      "other",
    ]);
  });
});
