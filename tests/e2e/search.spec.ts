import { expect, test, watchProblems } from "./fixtures.ts";

test.describe("site search (Pagefind)", () => {
  test("a country's name finds its page first", async ({ page }) => {
    const problems = await watchProblems(page);
    await page.goto("/search/?q=Germany");
    const first = page.locator("[data-search-results] > li").first().locator("a").first();
    await expect(first).toHaveAttribute("href", "/countries/de/");
    await expect(first).toHaveText(/Germany/);
    expect(problems.cspViolations).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
  });

  test("“encryption” finds the FAQ answers about it", async ({ page }) => {
    await page.goto("/search/");
    await page.getByLabel("Search countries, periods, questions and definitions").fill("encryption");
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/\?q=encryption$/);
    // Each answer that speaks of encryption is a result of its own, linked to its place on the FAQ page.
    const links = page.locator("[data-search-results] > li > a:first-child");
    await expect(links.first()).toBeVisible();
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(hrefs).toEqual(
      expect.arrayContaining(["/faq/#encryption-where", "/faq/#encryption-not-universal", "/faq/#encryption-keys"]),
    );
    const answer = page
      .locator("[data-search-results] > li")
      .filter({ has: page.locator('a[href="/faq/#encryption-where"]') });
    await expect(answer.locator("a").first()).toHaveText("Where do we use encryption?");
    await expect(answer.locator("mark").first()).toHaveText(/encrypt/i);
  });

  test("data pages load no search code, and the search page works as links without JavaScript", async ({
    browser,
    page,
  }) => {
    const requested: string[] = [];
    page.on("request", (r) => requested.push(r.url()));
    await page.goto("/countries/de/");
    await page.waitForLoadState("networkidle");
    expect(requested.filter((u) => u.includes("pagefind"))).toEqual([]);

    const context = await browser.newContext({ javaScriptEnabled: false });
    const noJs = await context.newPage();
    await noJs.goto("/search/?q=Germany");
    await expect(noJs.getByRole("link", { name: "countries index" })).toHaveAttribute("href", "/countries/");
    await expect(noJs.getByRole("link", { name: "FAQ" }).last()).toHaveAttribute("href", "/faq/");
    await context.close();
  });
});
