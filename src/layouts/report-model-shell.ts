/**
 * The frame of a described report's pages (data/report.json): head tags, header with navigation, footer,
 * written with the element tree so every value from data is escaped in one place.
 */
import type { ReportData } from "../data/report/load-report.ts";
import { urls } from "../lib/urls.ts";
import { type Child, h, toHtml } from "../render/tree.ts";
import { reportPageDescription, reportSocialTags } from "./report-model-social.ts";

const NAV = [
  { key: "overview", href: urls.home, label: "Overview" },
  { key: "countries", href: urls.countries, label: "Countries" },
  { key: "downloads", href: urls.downloads, label: "Downloads" },
  { key: "corrections", href: urls.corrections, label: "Corrections" },
  { key: "definitions", href: urls.definitions, label: "Definitions" },
  { key: "view", href: urls.view, label: "Choose a view" },
  { key: "search", href: urls.search, label: "Search" },
] as const;

export type ReportNav = (typeof NAV)[number]["key"];

export interface ReportFrame {
  title: string;
  description?: string | undefined;
  section?: ReportNav | undefined;
  canonical?: boolean | undefined;
  pathname: string;
  site: URL | undefined;
}

export function reportShell(
  report: ReportData,
  frame: ReportFrame,
): { lang: string; head: string; top: string; bottom: string } {
  const { site } = report;
  const canonical = frame.site && frame.canonical !== false ? new URL(frame.pathname, frame.site).href : undefined;
  const description =
    frame.description ??
    reportPageDescription(report, frame.pathname) ??
    `${site.organisation} reports the government demands for customer data it received, section by section, country by country and period by period.`;
  const head: Child[] = [
    h("meta", { charset: "utf-8" }),
    h("meta", { name: "viewport", content: "width=device-width, initial-scale=1" }),
    h("meta", { name: "color-scheme", content: "light dark" }),
    h("title", {}, `${frame.title} · ${site.title} · ${site.organisation}`),
    h("meta", { name: "description", content: description }),
    canonical && h("link", { rel: "canonical", href: canonical }),
    h("link", { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" }),
    reportSocialTags(report, { title: frame.title, description, pathname: frame.pathname, site: frame.site }),
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
        "Every figure on this site is read from the published data files, as the report description declares them. ",
        h("a", { href: urls.definitions }, "How the figures are defined"),
        " · ",
        h("a", { href: urls.downloads }, "Download the data"),
        site.contactEmail && [" · Questions: ", h("a", { href: `mailto:${site.contactEmail}` }, site.contactEmail)],
      ),
    ),
  );
  return { lang: site.language, head: toHtml(head), top: toHtml(top), bottom: toHtml(bottom) };
}
