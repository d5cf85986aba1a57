import { FAQ_SECTIONS } from "../../src/content/schemas/faq.ts";
import { readEntries } from "../../src/features/faq/load-entries.test-helper.ts";
import { expect, test, LAW } from "./fixtures.ts";
import AxeBuilder from "@axe-core/playwright";
import type { Locator, Page } from "@playwright/test";

// The expectations come from the Markdown files, not from the page's own search code. The filter searches
// a question, its answer and its section's title.
const sectionTitle = (id: string) => FAQ_SECTIONS.find((s) => s.id === id)?.title ?? "";
const entries = readEntries("src/content/faq").map((e) => ({
  id: String(e.frontmatter["id"]),
  section: String(e.frontmatter["section"]),
  text: `${String(e.frontmatter["question"])} ${e.body} ${sectionTitle(String(e.frontmatter["section"]))}`.toLowerCase(),
}));
const total = entries.length;
const idsWith = (...words: string[]) => entries.filter((e) => words.every((w) => e.text.includes(w))).map((e) => e.id);

const items = (page: Page) => page.locator("details[data-faq-item]");
const section = (page: Page, id: string) => page.locator(`[data-faq-section="${id}"]`);
const openIds = (page: Page) =>
  page.locator("details[data-faq-item][open]").evaluateAll((els) => els.map((el) => el.id));
const shownIds = (page: Page) =>
  page.locator("details[data-faq-item]:not([hidden])").evaluateAll((els) => els.map((el) => el.id));

async function expectInViewport(locator: Locator) {
  await expect(locator).toBeInViewport();
}

test.describe("FAQ with JavaScript", () => {
  test("renders every question once, with its anchor, and no console or CSP errors", async ({ page, problems }) => {
    await page.goto("/faq/");
    await expect(items(page)).toHaveCount(total);
    expect((await items(page).evaluateAll((els) => els.map((el) => el.id))).sort()).toEqual(
      entries.map((e) => e.id).sort(),
    );
    await expect(page.locator("[data-faq-status]")).toHaveText(`Showing all ${total} questions.`);
    // Chromium reports CSP violations as console errors, so this also proves the scripts ran under the CSP.
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
  });

  test("expand all and collapse all, for the page and for one section, by keyboard", async ({ page }) => {
    await page.goto("/faq/");
    const all = page.getByRole("button", { name: "Expand all questions" });
    await expect(all).toHaveAttribute("aria-expanded", "false");
    await all.focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("button", { name: "Collapse all questions" })).toHaveAttribute("aria-expanded", "true");
    expect(await openIds(page)).toHaveLength(total);
    await expect(page.locator("[data-faq-announcer]")).toHaveText(`Expanded ${total} questions.`);
    // Every section's own button follows: all its questions are open now.
    for (const b of await page.locator('button[data-faq-toggle="section"]').all()) {
      await expect(b).toHaveAttribute("aria-expanded", "true");
      await expect(b).toContainText("Collapse all");
    }
    await page.keyboard.press("Space");
    await expect(page.getByRole("button", { name: "Expand all questions" })).toHaveAttribute("aria-expanded", "false");
    expect(await openIds(page)).toEqual([]);
    await expect(page.locator("[data-faq-announcer]")).toHaveText(`Collapsed ${total} questions.`);

    const handling = entries.filter((e) => e.section === "handling").map((e) => e.id);
    const sectionButton = section(page, "handling").locator("button[data-faq-toggle]");
    await expect(sectionButton).toHaveAccessibleName("Expand all in How we handle requests");
    await sectionButton.click();
    expect((await openIds(page)).sort()).toEqual([...handling].sort());
    await expect(sectionButton).toHaveAttribute("aria-expanded", "true");
    await expect(sectionButton).toHaveAccessibleName("Collapse all in How we handle requests");
    await expect(page.locator("[data-faq-announcer]")).toHaveText(
      `Expanded ${handling.length} questions in “How we handle requests”.`,
    );
    // Closing one question by hand puts the section's button back to "Expand all".
    await page.locator(`#${handling[0]!} > summary`).click();
    await expect(sectionButton).toHaveAttribute("aria-expanded", "false");
    await expect(sectionButton).toHaveAccessibleName("Expand all in How we handle requests");
  });

  test("a deep link opens its question and brings it into view, also on hashchange", async ({ page }) => {
    await page.goto("/faq/#gag-orders");
    const gag = page.locator("#gag-orders");
    await expect(gag).toHaveAttribute("open", "");
    await expectInViewport(gag.locator("summary"));
    await expect(gag.getByText("A non-disclosure order, often called a gag order")).toBeVisible();
    expect(await openIds(page)).toEqual(["gag-orders"]);

    // A "See also" link to another question opens that one too.
    await gag.getByRole("link", { name: "Challenging non-disclosure orders" }).click();
    await expect(page).toHaveURL(/\/faq\/#challenge-gag-orders$/);
    await expect(page.locator("#challenge-gag-orders")).toHaveAttribute("open", "");
    await expectInViewport(page.locator("#challenge-gag-orders summary"));

    await page.evaluate(() => (location.hash = "#calea"));
    await expect(page.locator("#calea")).toHaveAttribute("open", "");
    await expectInViewport(page.locator("#calea summary"));
  });

  test("copy link puts the question's address on the clipboard and says so", async ({ page, context, baseURL }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto("/faq/#emergency-requests");
    const item = page.locator("#emergency-requests");
    await expect(item.locator("[data-faq-permalink]")).toBeHidden();
    await item.getByRole("button", { name: "Copy link to this question" }).click();
    await expect(page.locator("[data-faq-announcer]")).toHaveText("Link copied");
    await expect(item.getByRole("button", { name: "Link copied" })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL ?? ""}/faq/#emergency-requests`);
  });

  test("the filter narrows questions, hides empty sections, counts matches and says when none match", async ({
    page,
  }) => {
    await page.goto("/faq/");
    const filter = page.getByLabel("Filter the questions");
    const status = page.locator("[data-faq-status]");

    const encryption = idsWith("encrypt");
    expect(encryption.length).toBeGreaterThan(1);
    await filter.fill("Encrypt");
    await expect(status).toHaveText(`${encryption.length} of ${total} questions match “Encrypt”.`);
    expect((await shownIds(page)).sort()).toEqual([...encryption].sort());

    // Several words must all occur, in any order.
    const gag = idsWith("court", "secret");
    expect(gag.length).toBeGreaterThan(0);
    await filter.fill("secret court");
    await expect(status).toHaveText(new RegExp(`^${gag.length} of ${total} questions? match`));
    expect((await shownIds(page)).sort()).toEqual([...gag].sort());

    await filter.fill("calea");
    await expect(status).toHaveText(`1 of ${total} questions matches “calea”.`);
    expect(await shownIds(page)).toEqual(["calea"]);
    await expect(section(page, "data")).toBeVisible();
    for (const other of ["about", "handling", "secrecy", "enterprise"]) {
      await expect(section(page, other)).toBeHidden();
      await expect(page.locator(`[data-faq-toc="${other}"]`)).toBeHidden();
    }
    // The filter opened the match; Collapse all acts on what the filter shows.
    expect(await openIds(page)).toEqual(["calea"]);
    await page.getByRole("button", { name: "Collapse all questions" }).click();
    expect(await openIds(page)).toEqual([]);
    await expect(page.locator("[data-faq-announcer]")).toHaveText("Collapsed 1 question.");

    await filter.fill("zzzz quux");
    await expect(status).toHaveText(
      "No questions match “zzzz quux”. Try fewer or different words, or clear the filter.",
    );
    await expect(page.locator("[data-faq-empty]")).toBeVisible();
    await expect(page.locator("[data-faq-section]:visible")).toHaveCount(0);

    await filter.fill("");
    await expect(status).toHaveText(`Showing all ${total} questions.`);
    await expect(page.locator("details[data-faq-item]:visible")).toHaveCount(total);
    await expect(page.locator("[data-faq-empty]")).toBeHidden();
  });

  test("the filter finds words in answers and section titles, marks them, opens matches and counts per section", async ({
    page,
  }) => {
    await page.goto("/faq/");
    const filter = page.getByLabel("Filter the questions");
    const status = page.locator("[data-faq-status]");

    // A section title: every question under "Notification, secrecy and national security" is shown.
    const secrecy = entries.filter((e) => e.section === "secrecy").map((e) => e.id);
    await filter.fill("notification");
    for (const id of secrecy) await expect(page.locator(`#${id}`)).toBeVisible();
    await expect(section(page, "secrecy").locator("h2 mark")).toHaveText(/notification/i);
    await expect(page.locator('[data-faq-count="secrecy"]')).toHaveText(`(${secrecy.length} of ${secrecy.length})`);
    await expect(status).toHaveText(new RegExp(`^\\d+ of ${total} questions match “notification”\\.$`));

    // A word only in an answer ("criminals" is in the back-doors answer, not its question): shown, opened, marked.
    expect(idsWith("criminals")).toContain("back-doors");
    await filter.fill("criminals");
    await expect(page.locator("#back-doors")).toHaveAttribute("open", "");
    await expect(page.locator("#back-doors .faq-answer mark").first()).toHaveText("criminals");
    const data = entries.filter((e) => e.section === "data").length;
    const dataShown = idsWith("criminals").filter((id) => entries.find((e) => e.id === id)?.section === "data");
    await expect(page.locator('[data-faq-count="data"]')).toHaveText(`(${dataShown.length} of ${data})`);

    // What readers type for what the answers say.
    await filter.fill("backdoor");
    await expect(page.locator("#back-doors")).toBeVisible();
    await expect(page.locator("#back-doors mark").first()).toHaveText(/back door/i);
    for (const word of ["police", "FBI"]) {
      await filter.fill(word);
      await expect(status).toHaveText(new RegExp(`^\\d+ of ${total} questions? match(es)? “${word}”\\.$`));
      await expect(page.locator("details[data-faq-item]:visible mark").first()).toBeVisible();
    }

    // Clearing the filter removes every mark and closes what the filter opened.
    await filter.fill("");
    await expect(page.locator("mark.faq-match")).toHaveCount(0);
    expect(await openIds(page)).toEqual([]);
    await expect(page.locator('[data-faq-count="data"]')).toHaveText(`(${data})`);
  });

  test("with every answer open and a filter applied, axe finds no WCAG A/AA violations", async ({ page }) => {
    await page.goto("/faq/#calea");
    await page.getByRole("button", { name: "Expand all questions" }).click();
    await page.getByLabel("Filter the questions").fill("encryption");
    await expect(page.locator("[data-faq-status]")).toContainText("match");
    const result = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
      .analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  });

  test("a deep link to a question the filter hides clears the filter and opens it", async ({ page }) => {
    await page.goto("/faq/");
    await page.getByLabel("Filter the questions").fill("calea");
    await page.evaluate(() => (location.hash = "#user-notification"));
    await expect(page.locator("#user-notification")).toHaveAttribute("open", "");
    await expect(page.getByLabel("Filter the questions")).toHaveValue("");
    await expect(page.locator("details[data-faq-item]:visible")).toHaveCount(total);
  });

  test("printing opens every answer and closes them again afterwards", async ({ page }) => {
    await page.goto("/faq/#calea");
    await expect(page.locator("#calea")).toHaveAttribute("open", "");
    await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
    expect(await openIds(page)).toHaveLength(total);
    await page.emulateMedia({ media: "print" });
    await expect(page.locator("[data-faq-tools]")).toBeHidden();
    await expect(page.locator(".faq-link").first()).toBeHidden();
    await page.emulateMedia({ media: "screen" });
    await page.evaluate(() => window.dispatchEvent(new Event("afterprint")));
    expect(await openIds(page)).toEqual(["calea"]);
  });
});

test.describe("FAQ without JavaScript", () => {
  test("questions open on click, JavaScript-only controls stay hidden, permalinks show", async ({ noJsPage: page }) => {
    await page.goto("/faq/");
    await expect(items(page)).toHaveCount(total);
    await expect(page.getByLabel("Filter the questions")).toBeHidden();
    await expect(page.locator("button[data-faq-toggle]:visible")).toHaveCount(0);
    await expect(page.locator("button[data-faq-copy]:visible")).toHaveCount(0);
    expect(await openIds(page)).toEqual([]);

    const item = page.locator("#encryption-keys");
    await item.locator("summary").click();
    await expect(item).toHaveAttribute("open", "");
    await expect(item.getByText("We do not give our encryption keys to any government")).toBeVisible();
    const permalink = item.getByRole("link", { name: "Link to this question" });
    await expect(permalink).toBeVisible();
    await expect(permalink).toHaveAttribute("href", "#encryption-keys");
    await item.locator("summary").press("Enter");
    await expect(item).not.toHaveAttribute("open", "");
  });

  test("a deep link still reaches its question, closed, and marks it", async ({ noJsPage: page }) => {
    await page.goto("/faq/#national-security-ranges");
    const item = page.locator("#national-security-ranges");
    await expectInViewport(item.locator("summary"));
    expect(await item.evaluate((el) => el.matches(":target"))).toBe(true);
  });

  test("when printed, closed answers are shown where the browser supports ::details-content", async ({
    noJsPage: page,
  }) => {
    await page.goto("/faq/");
    test.skip(!(await page.evaluate(() => CSS.supports("selector(::details-content)"))), "no ::details-content");
    const answer = page.locator("#back-doors .faq-answer p").first();
    await expect(answer).toBeHidden();
    await page.emulateMedia({ media: "print" });
    await expect(answer).toBeVisible();
  });
});

test.describe("definitions page", () => {
  test("has every anchor the charts, figures and FAQ link to", async ({ page }) => {
    await page.goto("/definitions/");
    for (const id of [
      "requests",
      "accounts",
      "content",
      "non-content",
      "no-data",
      "rejected",
      "outcomes",
      "methodology",
      "periods",
      "totals",
      "shares",
      "absent-countries",
      "change",
      "data-files",
      "sections",
      "def-law-enforcement",
      "def-emergency",
      "def-civil",
      "def-national-security",
      "bands",
    ]) {
      await expect(page.locator(`[id="${id}"]`), id).toHaveCount(1);
    }
    await expect(page.locator("#accounts")).toContainText("not reported");
    await expect(page.locator("#periods")).toContainText("1 January to 30 June");
  });

  test("the worked example shows rounded shares that add up to 100.01%", async ({ page }) => {
    await page.goto("/definitions/");
    // 1, 1, 1 and 3 of 6 requests: 16.666…% rounds to 16.67% three times, plus 50.00%.
    await expect(page.locator("[data-example-share]")).toHaveText(["16.67%", "16.67%", "16.67%", "50.00%"]);
    await expect(page.locator("[data-example-sum]")).toHaveText("100.01%");
  });

  test("the headline figure's label leads to its definition", async ({ page }) => {
    await page.goto("/");
    await page.locator(LAW).getByRole("link", { name: "Total number of requests" }).click();
    await expect(page).toHaveURL(/\/definitions\/#requests$/);
    await expectInViewport(page.locator("#requests h3"));
  });
});
