import { describe, expect, it } from "vitest";
import { periodTotals, sharesOf } from "../../src/data/aggregate.ts";
import { formatAccounts, formatCount, formatShare } from "../../src/data/format.ts";
import { loadDataset } from "../../src/data/load.ts";
import { periodInText } from "../../src/data/period.ts";
import { toHtml } from "../../src/render/tree.ts";
import { countryPayload, periodPayload } from "../../src/payloads/payloads.ts";
import { countryPeriodView, countryView, periodView, type View } from "../../src/views/views.ts";

/** A view's whole markup: its head (heading and figures) and its body (charts and tables). */
function htmlOf(view: View): string {
  return toHtml([view.head, view.body]);
}

const dataset = loadDataset({ dataDir: "tests/fixtures/data/cli-good" });
const [p2020h2, p2021h1, p2021h2] = dataset.periods;

/** Text of the first element carrying the attribute, with tags stripped. */
function textOf(html: string, attr: string): string {
  const match = new RegExp(`<[^>]*${attr}[^>]*>(.*?)</`, "s").exec(html);
  return (match?.[1] ?? "").replace(/<[^>]+>/g, "");
}

describe("period view", () => {
  const payload = periodPayload(dataset, p2021h1!);
  const html = htmlOf(periodView(payload, false));

  it("shows the global totals as the sum over countries", () => {
    const t = periodTotals(p2021h1!);
    expect(t.requests).toBe(100 + 40 + 500 + 7 + 3);
    expect(textOf(html, 'data-figure="requests"')).toBe(formatCount(t.requests));
    expect(textOf(html, 'data-figure="accounts"')).toBe(formatCount(150 + 900 + 9));
  });

  it("names the countries that left accounts blank", () => {
    // The rows of 2021-H1 without accounts, in file order, each name isolated and escaped.
    const blank = p2021h1!.rows.filter((r) => r.accounts === null).map((r) => r.country);
    expect(blank).toEqual(["France", "=Côte d'Ivoire"]);
    expect(html).toContain(
      '<span class="change" data-accounts-gaps=""><bdi>France</bdi> and <bdi>=Côte d&#39;Ivoire</bdi> did not report accounts</span>',
    );
  });

  it("gives the change against the previous half-year like with like, and says which countries it left out", () => {
    // The totals rose from 640 to 650 only because Korea and Côte d'Ivoire are new in 2021-H1; the three countries
    // in both periods sent the same 640 requests, so there is no change, never "+10 (+1.56%)".
    expect(html).not.toContain("+10 (+1.56%)");
    expect(html).toContain('<span class="change">no change since July–December 2020</span>');
    expect(html).toContain(
      "Change over the 3 countries reported in both periods; left out: \u2068Korea, &#34;Republic&#34; of\u2069 and \u2068=Côte d&#39;Ivoire\u2069 (January–June 2021 only).",
    );
    // Accounts: France left them blank in both, Côte d'Ivoire in 2021-H1; Korea's are new.
    expect(html).toContain(
      "Change over the 2 countries reported in both periods; left out: \u2068Korea, &#34;Republic&#34; of\u2069 (January–June 2021 only).",
    );
  });

  it("gives the change with its arrow where the same countries reported in both periods", () => {
    const later = {
      ...p2021h1!,
      rows: p2020h2!.rows.map((r) => ({ ...r, requests: r.requests + 5, content: r.content + 5 })),
    };
    const rise = htmlOf(periodView(periodPayload({ ...dataset, periods: [p2020h2!, later] }, later), false));
    // A rise: the ▲ cue (hidden from screen readers, which read the plus sign) and the previous period.
    expect(rise).toContain(
      '<span class="change change-up"><span class="change-arrow" aria-hidden="true">▲ </span>+15 (+2.34%) since July–December 2020</span>',
    );
    expect(rise).not.toContain("left out");
  });

  it("heads the figures the same way on the overview and on the period's own page", () => {
    expect(html).toContain("<h1>Law enforcement requests worldwide, January–June 2021</h1>");
    expect(htmlOf(periodView(payload, true))).toContain(
      "<h1>Law enforcement requests worldwide, January–June 2021</h1>",
    );
  });

  it("shows each outcome's share with two decimals", () => {
    const shares = sharesOf(periodTotals(p2021h1!));
    expect(html).toContain(`<td class="num" data-share="">${formatShare(shares.content)}</td>`);
    expect(formatShare(shares.content)).toBe("10.00%"); // 65 of 650
  });

  it("escapes names from the data", () => {
    expect(html).toContain("Korea, &#34;Republic&#34; of");
    expect(html).not.toContain('"Republic"');
  });

  it("lists the country table largest first, with totals", () => {
    const order = [...html.matchAll(/data-country="([A-Z]{2})"/g)].map((m) => m[1]);
    expect(order).toEqual(["US", "DE", "FR", "KR", "CI"]);
    expect(html).toContain("All 5 countries");
  });
});

describe("a period with a single country and zero requests", () => {
  const html = htmlOf(periodView(periodPayload(dataset, p2021h2!), false));

  it("shows zero, and no share of nothing", () => {
    expect(textOf(html, 'data-figure="requests"')).toBe("0");
    expect(html).toContain('<td class="num" data-share="">–</td>');
    expect(html).not.toContain("NaN");
  });
});

describe("country views", () => {
  const fr = countryPayload(dataset, "FR", "France");

  it("marks periods without requests as such", () => {
    const html = htmlOf(countryView(fr));
    expect(html).toContain('<tr data-period="2021-h2" class="no-requests">');
    expect(html).toContain('<td colspan="6" class="muted absent">Not in this period&#39;s report</td>');
    expect(html).not.toContain("No requests reported");
  });

  it("names the periods its all-periods accounts sum leaves out", () => {
    const de = countryPayload(dataset, "DE", "Germany");
    const [first, ...rest] = de.series;
    const blanked = { ...de, series: [{ ...first!, row: { ...first!.row!, accounts: null } }, ...rest] };
    const html = htmlOf(countryView(blanked));
    expect(textOf(html, "data-accounts-gaps")).toBe(`Not reported for ${periodInText(first!.period)}`);
    expect(textOf(htmlOf(countryView(de)), "data-accounts-gaps")).toBe("");
  });

  it("shows blank accounts as not reported, never 0", () => {
    const html = htmlOf(countryPeriodView(fr, p2020h2!.period));
    expect(textOf(html, 'data-figure="accounts"')).toBe(formatAccounts(null));
    expect(textOf(html, 'data-figure="requests"')).toBe("40");
  });

  it("compares the country's shares with the worldwide shares", () => {
    const html = htmlOf(countryPeriodView(fr, p2020h2!.period));
    const world = sharesOf(periodTotals(p2020h2!));
    expect(html).toContain(`data-compare="">${formatShare(world.rejected)}</td>`);
    expect(html).toContain(`data-share="">${formatShare(2500)}</td>`); // 10 of 40 rejected
    // France is part of the worldwide figure it is compared with, and the page says so.
    expect(periodTotals(p2020h2!).requests).toBeGreaterThan(40);
    expect(html).toContain(
      '<p class="compare-note" data-compare-note="">Worldwide shares count every country and region in the report, <bdi>France</bdi> included.</p>',
    );
  });

  it("says in words that a period has no row for the country, with no figure, change or breakdown", () => {
    const html = htmlOf(countryPeriodView(fr, p2021h2!.period));
    expect(html).toContain("<bdi>France</bdi> is not in the report for July–December 2021.");
    expect(html).toContain("which is not the same as 0 requests");
    // Never a zero, a share, or a fall to a period with no row (France had 40 requests the period before).
    expect(html).not.toContain("data-figure=");
    expect(html).not.toContain("−");
    expect(html).not.toContain("100.00%");
    expect(html).not.toContain("data-breakdown");
  });

  it("gives no change from a period with no row, and says why", () => {
    // Korea has a row in 2021-H1 but none in 2020-H2: its first period has figures and no change.
    const kr = countryPayload(dataset, "KR", "Korea");
    const html = htmlOf(countryPeriodView(kr, p2021h1!.period));
    expect(textOf(html, 'data-figure="requests"')).toBe("7");
    expect(html).not.toMatch(/change-(up|down)|no change since/);
    expect(html).toContain("No change shown: not reported in both July–December 2020 and January–June 2021.");
    // Germany has rows in both: the change is shown.
    expect(htmlOf(countryPeriodView(countryPayload(dataset, "DE", "Germany"), p2021h1!.period))).toContain(
      "no change since July–December 2020",
    );
  });

  it("shows 0 requests where the row says 0, unlike a missing row", () => {
    const is = countryPayload(dataset, "IS", "Iceland");
    expect(textOf(htmlOf(countryPeriodView(is, p2021h2!.period)), 'data-figure="requests"')).toBe("0");
    expect(htmlOf(countryPeriodView(is, p2021h1!.period))).toContain("is not in the report for January–June 2021");
  });

  it("flags shares of fewer than 20 requests beside the worldwide shares, and not those of more", () => {
    // Côte d'Ivoire sent 3 requests in 2021-H1: each is 33.33% of them.
    const ci = htmlOf(countryPeriodView(countryPayload(dataset, "CI", "Côte d'Ivoire"), p2021h1!.period));
    expect(textOf(ci, "data-small-base")).toBe(
      "Based on only 3 requests: each one is 33.33% of the total, so these shares say little, and less still beside the worldwide shares. Shares of fewer than 20 requests",
    );
    expect(ci).toContain(
      '<a href="/definitions/#small-base">Shares of fewer than 20 requests</a> are flagged this way.',
    );
    const de = htmlOf(countryPeriodView(countryPayload(dataset, "DE", "Germany"), p2021h1!.period));
    expect(de).not.toContain("data-small-base");
    // Zero requests have no shares at all, so nothing to flag.
    const is = htmlOf(countryPeriodView(countryPayload(dataset, "IS", "Iceland"), p2021h2!.period));
    expect(is).not.toContain("data-small-base");
  });

  it("describes each page with its own figures, for its description and link previews", () => {
    const de = countryPayload(dataset, "DE", "Germany");
    expect(countryPeriodView(de, p2021h1!.period).description).toBe(
      "Germany, January–June 2021: 100 law-enforcement requests, 150 accounts/users; 20.00% rejected.",
    );
    expect(countryPeriodView(fr, p2021h2!.period).description).toBe(
      "France is not in the law-enforcement report for July–December 2021.",
    );
    expect(periodView(periodPayload(dataset, p2021h1!), false).description).toBe(
      "Worldwide, January–June 2021: 650 law-enforcement requests, 1,059 accounts/users; 20.31% rejected.",
    );
    expect(countryView(de).description).toBe(
      "Germany, July–December 2020 to January–June 2021: 200 law-enforcement requests, 300 accounts/users; 20.00% rejected.",
    );
  });

  it("isolates the country's name in headings, and keeps titles free of invisible marks", () => {
    const view = countryPeriodView(fr, p2020h2!.period);
    expect(toHtml(view.head)).toContain("<h1><bdi>France</bdi>, July–December 2020</h1>");
    // <title>, og:title and the filter's status line show the title as it is: no U+2068/U+2069 around the name.
    expect(view.title).toBe("France, July–December 2020");
    expect(countryView(fr).title).toBe("France: all periods");
  });
});

describe("download links", () => {
  it("lead from each view to the files behind it", () => {
    const period = htmlOf(periodView(periodPayload(dataset, p2021h1!), false));
    expect(period).toContain('href="/downloads/transparency-report-2021-h1.pdf"');
    expect(period).toContain('href="/downloads/transparency-report-2021-h1.csv"');
    const fr = countryPayload(dataset, "FR", "France");
    expect(htmlOf(countryView(fr))).toContain('href="/downloads/countries/transparency-report-fr.csv"');
    const cp = htmlOf(countryPeriodView(fr, p2020h2!.period));
    expect(cp).toContain('href="/downloads/transparency-report-2020-h2.pdf"');
  });
});
