/**
 * Builds the Pagefind search index for a built folder, as an integration: it starts as soon as Astro has
 * written the pages (astro:build:generated), so Pagefind's own process indexes them while Astro finishes
 * (sitemap, clean-up), and the build waits for it at astro:build:done: a failed index fails the build, and
 * scripts/build.ts then keeps the old site. Started after the build instead, it added its whole time to the
 * build's, all of it on one core. Only the pages a
 * reader searches for are indexed: countries, periods, the FAQ, the definitions
 * and the corrections. Country × period pages are left out: they repeat their
 * country's name thousands of times over and would bury the country page itself.
 * Each FAQ answer is also its own record, linked to its anchor on the FAQ page, so a
 * search for a word in one answer leads to that answer rather than to the top of a long page.
 */
import { readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import * as pagefind from "pagefind";

/** Pages to index, relative to the build folder (Pagefind's glob syntax). */
export const SEARCH_GLOB =
  "{index.html,countries/index.html,countries/*/index.html,periods/index.html,periods/*/index.html,faq/index.html,definitions/index.html,corrections/index.html}";

/**
 * The pages a described report's readers search for (data/report.json, src/described/): the overview, the
 * countries and each country, each period and each legal process of a period, the definitions. It has no FAQ. Its
 * corrections page is not indexed yet, though the fixed layout's is, and its country × period pages are left out for
 * the reason above.
 */
export const DESCRIBED_SEARCH_GLOB =
  "{index.html,countries/index.html,countries/*/index.html,periods/*/index.html,periods/*/*/*/index.html,definitions/index.html}";

/** What one site indexes: its pages, and whether the FAQ's answers are records of their own. */
export interface SearchScope {
  readonly glob: string;
  readonly faq: boolean;
}

const FIXED_LAYOUT: SearchScope = { glob: SEARCH_GLOB, faq: true };

/** A described report's index: its own pages, and no FAQ records, as it has no FAQ. */
export const DESCRIBED_REPORT: SearchScope = { glob: DESCRIBED_SEARCH_GLOB, faq: false };

const FAQ_DIR = "src/content/faq";

/**
 * Left out of the index: the tables of figures. Their words are numbers and the same column and country
 * names the pages' headings and text already carry, so a search for a country still finds its page (and
 * no longer every period page whose table lists it). They were most of Pagefind's indexing time.
 */
export const EXCLUDED = ["table", "chart-figure"];

/** Plain text from an answer's Markdown: link targets and emphasis marks are not words a reader searches for. */
function markdownText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[*_`#>]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** One record per FAQ entry: its question as the title and its answer as the text. */
export function faqRecords(faqDir = FAQ_DIR): { url: string; title: string; content: string }[] {
  const files = readdirSync(faqDir, { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".md"))
    .sort();
  return files.map((name) => {
    const text = readFileSync(join(faqDir, name), "utf8");
    const [, front = "", body = ""] = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(text) ?? [];
    const id = /^id:\s*(.+)$/m.exec(front)?.[1]?.trim();
    const rawQuestion = /^question:\s*(.+)$/m.exec(front)?.[1]?.trim();
    if (!id || !rawQuestion) throw new Error(`${join(faqDir, name)}: no id or question in the front matter`);
    const question = rawQuestion.startsWith('"') ? (JSON.parse(rawQuestion) as string) : rawQuestion;
    return { url: `/faq/#${id}`, title: question, content: `${question} ${markdownText(body)}` };
  });
}

/** Indexes `dir` and writes the index to `dir/pagefind/`. Returns the number of pages indexed. */
export async function writeSearchIndex(
  dir: string,
  language: string,
  scope: SearchScope = FIXED_LAYOUT,
): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: language, excludeSelectors: EXCLUDED });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  try {
    const added = await index.addDirectory({ path: dir, glob: scope.glob });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${dir}: ${added.errors.join("; ")}`);
    if (added.page_count === 0) throw new Error(`Pagefind found no pages to index in ${dir}`);
    for (const record of scope.faq ? faqRecords() : []) {
      const result = await index.addCustomRecord({
        url: record.url,
        content: record.content,
        language,
        meta: { title: record.title },
      });
      if (result.errors.length > 0)
        throw new Error(`Pagefind could not index ${record.url}: ${result.errors.join("; ")}`);
    }
    const written = await index.writeFiles({ outputPath: join(dir, "pagefind") });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
    // The site has its own search form; Pagefind's ready-made interfaces (about 430 KB) are never loaded.
    const output = join(dir, "pagefind");
    for (const name of readdirSync(output)) {
      if (/^pagefind-(ui|component-ui|modular-ui|highlight)\./.test(name)) rmSync(join(output, name));
    }
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}

/**
 * The integration, for the site's language (from site.json): the index is written into the build's own folder,
 * so it is swapped in with the pages.
 */
export function searchIndex(language: string, scope: SearchScope = FIXED_LAYOUT): AstroIntegration {
  let indexing: Promise<void> | undefined;
  return {
    name: "search-index",
    hooks: {
      "astro:build:generated": ({ dir }) => {
        const started = performance.now();
        indexing = writeSearchIndex(fileURLToPath(dir), language, scope).then((pages) => {
          // The bench reads this line (scripts/bench/outputs.ts).
          console.log(`✓ Search index: ${pages} pages in ${((performance.now() - started) / 1000).toFixed(1)} s`);
        });
        // Awaited at astro:build:done; this only stops a failure from counting as unhandled before then.
        indexing.catch(() => undefined);
      },
      "astro:build:done": async () => {
        try {
          await indexing;
        } catch (error) {
          throw new Error(`The search index failed: ${(error as Error).message}`, { cause: error });
        }
      },
    },
  };
}
