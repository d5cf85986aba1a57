/**
 * The link-preview tags of a described report's pages: og: and Twitter card tags with the page's own card
 * (src/previews/report-model.ts), its address and its words, and the feed's link.
 */
import type { ReportData } from "../data/report/load-report.ts";
import { reportUrls, urls } from "../lib/urls.ts";
import { CARD_HEIGHT, CARD_WIDTH } from "../previews/card.ts";
import { reportCardForPath } from "../previews/report-model.ts";
import { type Child, h } from "../render/tree.ts";

/** The description a period or place page gets when it gives none: its card's figures in words. */
export function reportPageDescription(report: ReportData, pathname: string): string | undefined {
  const card = reportCardForPath(report, pathname);
  return card && card.name !== "overview" ? card.alt : undefined;
}

export function reportSocialTags(
  report: ReportData,
  page: { title: string; description: string; pathname: string; site: URL | undefined },
): Child[] {
  const { site } = report;
  const base = page.site ?? site.siteUrl;
  const card = reportCardForPath(report, page.pathname);
  const image = card && new URL(reportUrls.preview(card.name), base).href;
  const property = (name: string, content: string) => h("meta", { property: name, content });
  const meta = (name: string, content: string) => h("meta", { name, content });
  return [
    h("link", {
      rel: "alternate",
      type: "application/rss+xml",
      title: `${site.title}: new figures and corrections`,
      href: urls.feed,
    }),
    property("og:type", "website"),
    property("og:site_name", `${site.organisation} · ${site.title}`),
    property("og:title", page.title),
    property("og:description", page.description),
    property("og:url", new URL(page.pathname, base).href),
    card &&
      image && [
        property("og:image", image),
        property("og:image:type", "image/png"),
        property("og:image:width", String(CARD_WIDTH)),
        property("og:image:height", String(CARD_HEIGHT)),
        property("og:image:alt", card.alt),
        meta("twitter:image", image),
        meta("twitter:image:alt", card.alt),
      ],
    meta("twitter:card", "summary_large_image"),
    meta("twitter:title", page.title),
    meta("twitter:description", page.description),
  ];
}
