/**
 * Every page's frame (the head's tags, the site header with its navigation, and the footer) as three HTML
 * strings: Page.astro writes them around its slot, and the country × period pages write them themselves.
 *
 * Why strings rather than Astro markup: the country × period pages are nearly all of a large site, and each
 * Astro component with a slot between a page and its content adds a fixed cost to every one of them.
 * Written with the element tree (src/render/tree.ts), so every value from data is escaped as in the views.
 */
import type { Dataset } from "../data/dataset.ts";
import { periodLongLabel } from "../data/period.ts";
import { urls } from "../lib/urls.ts";
import { CARD_HEIGHT, CARD_WIDTH } from "../previews/card.ts";
import { previewCards, previewNameForPath, previewUrl } from "../previews/previews.ts";
import { type Child, h, toHtml } from "../render/tree.ts";

/** The main navigation's items, in order. */
const NAV = [
  { key: "overview", href: urls.home, label: "Overview" },
  { key: "periods", href: urls.periods, label: "Periods" },
  { key: "countries", href: urls.countries, label: "Countries" },
  { key: "downloads", href: urls.downloads, label: "Downloads" },
  { key: "faq", href: urls.faq, label: "FAQ" },
  { key: "definitions", href: urls.definitions, label: "Definitions" },
  { key: "search", href: urls.search, label: "Search" },
] as const;

/** Which navigation item is current. */
export type NavSection = (typeof NAV)[number]["key"];

/** What a page says about itself. */
export interface PageFrame {
  /** The page's own title; the report title is appended. */
  title: string;
  description?: string | undefined;
  /** Which navigation item is current, if any. */
  section?: NavSection | undefined;
  /** False for pages that are served at addresses other than their own, such as the 404 page. */
  canonical?: boolean | undefined;
  /** The page's own path, such as /countries/de/2020-h2/. */
  pathname: string;
  /** The configured site address (Astro.site), if any. */
  site: URL | undefined;
}

/** The frame's markup: inside `<head>`, before `<main>` and after it. */
export interface PageShell {
  lang: string;
  head: string;
  top: string;
  bottom: string;
}

const meta = (name: string, content: string) => h("meta", { name, content });
const property = (key: string, content: string) => h("meta", { property: key, content });

/** The frame of one page of the report in `dataset`. */
export function pageShell(dataset: Dataset, frame: PageFrame): PageShell {
  const { site, periods } = dataset;
  const canonical = frame.site && frame.canonical !== false ? new URL(frame.pathname, frame.site).href : undefined;
  const description =
    frame.description ??
    `${site.organisation} reports the law-enforcement requests for customer data it received, by country and half-year.`;
  // Link previews: the page's own card (its period's or country's), or the overview's.
  const previewName = previewNameForPath(dataset, frame.pathname);
  const preview = previewCards(dataset).find((card) => card.name === previewName);
  const previewImage = preview && new URL(previewUrl(preview.name), frame.site ?? site.siteUrl).href;
  const pageUrl = canonical ?? new URL(frame.pathname, frame.site ?? site.siteUrl).href;
  const latest = periods.at(-1);

  // The colour-scheme tag: global.css follows the reader's preference on screen and prints light.
  const head: Child[] = [
    h("meta", { charset: "utf-8" }),
    meta("viewport", "width=device-width, initial-scale=1"),
    meta("color-scheme", "light dark"),
    h("title", {}, `${frame.title} · ${site.title} · ${site.organisation}`),
    meta("description", description),
    canonical && h("link", { rel: "canonical", href: canonical }),
    h("link", { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" }),
    h("link", {
      rel: "alternate",
      type: "application/rss+xml",
      title: `${site.title}: new figures and corrections`,
      href: urls.feed,
    }),
    meta("referrer", "strict-origin-when-cross-origin"),
    property("og:type", "website"),
    property("og:site_name", `${site.organisation} · ${site.title}`),
    property("og:title", frame.title),
    property("og:description", description),
    property("og:url", pageUrl),
    preview &&
      previewImage && [
        property("og:image", previewImage),
        property("og:image:type", "image/png"),
        property("og:image:width", String(CARD_WIDTH)),
        property("og:image:height", String(CARD_HEIGHT)),
        property("og:image:alt", preview.alt),
        meta("twitter:image", previewImage),
        meta("twitter:image:alt", preview.alt),
      ],
    meta("twitter:card", "summary_large_image"),
    meta("twitter:title", frame.title),
    meta("twitter:description", description),
  ];

  const top: Child[] = [
    h("a", { class: "skip-link", href: "#main" }, "Skip to content"),
    h(
      "header",
      { class: "site-header" },
      h(
        "div",
        { class: "wrap" },
        h("a", { class: "site-title", href: urls.home }, `${site.organisation} · ${site.title}`),
        h(
          "nav",
          { class: "site-nav", "aria-label": "Main" },
          h(
            "ul",
            {},
            NAV.map((item) =>
              h(
                "li",
                {},
                h(
                  "a",
                  { href: item.href, "aria-current": item.key === frame.section ? "page" : undefined },
                  item.label,
                ),
              ),
            ),
          ),
        ),
      ),
    ),
  ];

  const bottom = h(
    "footer",
    { class: "site-footer" },
    h(
      "div",
      { class: "wrap" },
      h(
        "p",
        {},
        "Every figure on this site is computed at build time from the published data files",
        latest && ` (latest period: ${periodLongLabel(latest.period)})`,
        ". ",
        h("a", { href: urls.definitions }, "How the figures are defined"),
        " · ",
        h("a", { href: urls.downloads }, "Download the data"),
        " · ",
        h("a", { href: urls.corrections }, "Corrections"),
        " · ",
        h("a", { href: urls.feed }, "Feed (RSS)"),
        " · ",
        // Never a licence the publisher did not state.
        h(
          "a",
          { href: `${urls.downloads}#reuse`, "data-footer-licence": "" },
          site.licence ? `Licence: ${site.licence.name}` : "Licence: not stated",
        ),
        site.contactEmail && [" · Questions: ", h("a", { href: `mailto:${site.contactEmail}` }, site.contactEmail)],
      ),
    ),
  );

  return { lang: site.language, head: toHtml(head), top: toHtml(top), bottom: toHtml(bottom) };
}
