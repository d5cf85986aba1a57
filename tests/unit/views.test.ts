import { describe, expect, it } from "vitest";
import { periodTotals, sharesOf } from "../../src/data/aggregate.ts";
import { formatAccounts, formatCount, formatShare } from "../../src/data/format.ts";
import { loadDataset } from "../../src/data/load.ts";
import { toHtml } from "../../src/render/tree.ts";
import { countryPayload, periodPayload } from "../../src/payloads/payloads.ts";
import { countryPeriodView, countryView, periodView } from "../../src/views/views.ts";

const dataset = loadDataset({ dataDir: "tests/fixtures/data/cli-good" });
const [p2020h2, p2021h1, p2021h2] = dataset.periods;

/** Text of the first element carrying the attribute, with tags stripped. */
function textOf(html: string, attr: string): string {
  const match = new RegExp(`<[^>]*${attr}[^>]*>(.*?)</`, "s").exec(html);
  return (match?.[1] ?? "").replace(/<[^>]+>/g, "");
}

describe("period view", () => {
  const payload = periodPayload(dataset, p2021h1!);
  const html = toHtml(periodView(payload, false).body);

  it("shows the global totals as the sum over countries", () => {
    const t = periodTotals(p2021h1!);
    expect(t.requests).toBe(100 + 40 + 500 + 7 + 3);
    expect(textOf(html, 'data-figure="requests"')).toBe(formatCount(t.requests));
    expect(textOf(html, 'data-figure="accounts"')).toBe(formatCount(150 + 900 + 9));
  });

  it("says how many countries left accounts blank", () => {
    expect(html).toContain("2 countries did not report accounts");
  });

  it("gives the change against the previous half-year", () => {
    expect(html).toContain("+10 (+1.56%) vs 2020 (Jul–Dec)");
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
  const html = toHtml(periodView(periodPayload(dataset, p2021h2!), false).body);

  it("shows zero, and no share of nothing", () => {
    expect(textOf(html, 'data-figure="requests"')).toBe("0");
    expect(html).toContain('<td class="num" data-share="">–</td>');
    expect(html).not.toContain("NaN");
  });
});

describe("country views", () => {
  const fr = countryPayload(dataset, "FR", "France");

  it("marks periods without requests as such", () => {
    const html = toHtml(countryView(fr).body);
    expect(html).toContain("No requests reported");
    expect(html).toContain('data-period="2021-H2" class="no-requests"');
  });

  it("shows blank accounts as not reported, never 0", () => {
    const html = toHtml(countryPeriodView(fr, p2020h2!.period).body);
    expect(textOf(html, 'data-figure="accounts"')).toBe(formatAccounts(null));
    expect(textOf(html, 'data-figure="requests"')).toBe("40");
  });

  it("compares the country's shares with the worldwide shares", () => {
    const html = toHtml(countryPeriodView(fr, p2020h2!.period).body);
    const world = sharesOf(periodTotals(p2020h2!));
    expect(html).toContain(`data-compare="">${formatShare(world.rejected)}</td>`);
    expect(html).toContain(`data-share="">${formatShare(2500)}</td>`); // 10 of 40 rejected
  });

  it("says so when the country made no requests in the period", () => {
    const html = toHtml(countryPeriodView(fr, p2021h2!.period).body);
    expect(html).toContain("No requests from France were reported for 2021 (Jul–Dec).");
  });
});

describe("download links", () => {
  it("lead from each view to the files behind it", () => {
    const period = toHtml(periodView(periodPayload(dataset, p2021h1!), false).body);
    expect(period).toContain('href="/downloads/transparency-report-2021-h1.pdf"');
    expect(period).toContain('href="/downloads/transparency-report-2021-h1.csv"');
    const fr = countryPayload(dataset, "FR", "France");
    expect(toHtml(countryView(fr).body)).toContain('href="/downloads/countries/transparency-report-fr.csv"');
    const cp = toHtml(countryPeriodView(fr, p2020h2!.period).body);
    expect(cp).toContain('href="/downloads/transparency-report-2020-h2.pdf"');
  });
});
