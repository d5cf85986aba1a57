import { readFileSync } from "node:fs";
import { walkFiles } from "../../../src/data/files.ts";
import { join, relative } from "node:path";
import { parseFrontmatter } from "astro/markdown";

/** A Markdown file split as Astro's glob loader splits it: frontmatter data and the body. */
export interface RawEntry {
  /** Path relative to the project, as error messages name it. */
  file: string;
  frontmatter: Record<string, unknown>;
  body: string;
}

/** Every `.md` file under `dir`, sorted by path, parsed with Astro's own frontmatter parser. */
export function readEntries(dir: string): RawEntry[] {
  return walkFiles(dir)
    .filter((name) => name.endsWith(".md") && name !== "README.md")
    .sort()
    .map((name) => {
      const path = join(dir, name);
      const { frontmatter, content } = parseFrontmatter(readFileSync(path, "utf8"));
      return { file: relative(process.cwd(), path), frontmatter, body: content };
    });
}
