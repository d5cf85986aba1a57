/**
 * `node scripts/check-feed.ts [dir]`: the built feed and sitemap against the publisher's own files.
 * - `/feed.xml` has one entry per row of `releases.csv` (dated that day, linking to the period's page), or,
 *   without that file, one undated entry per period,
 *   and one per row of `corrections.csv` (dated that day, linking to a note on the corrections page
 *   that carries the same date), and nothing else;
 * - every entry's link reaches a built page, and its `#fragment` an element on it;
 * - in the sitemap, each corrected page's `lastmod` is its latest release or correction day.
 * A described report (a folder with report.json, docs/report-model.md) is checked the same way: its periods
 * may be whole years, its corrections name a `place`, and the pages a correction changes are its period's
 * page and its place's page (which shows every period the place has a row in).
 * The CSVs are read here with papaparse, not through the site's loader, so a loader bug cannot hide.
 * Exits 1 on any problem.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { Parser } from "htmlparser2";

interface FeedItem {
  title: string;
  link: string;
  pubDate: string;
}

function readCsv(path: string): Record<string, string>[] {
  if (!existsSync(path)) return [];
  const text = readFileSync(path, "utf8").replace(/^\uFEFF/, "");
  return Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
}

/** The `<item>`s of an RSS file, with their title, link and pubDate text. */
function feedItems(xml: string): FeedItem[] {
  const items: FeedItem[] = [];
  let current: FeedItem | null = null;
  let field: keyof FeedItem | null = null;
  const parser = new Parser(
    {
      onopentag(name) {
        if (name === "item") current = { title: "", link: "", pubDate: "" };
        else if (current && (name === "title" || name === "link" || name === "pubDate")) field = name;
      },
      ontext(text) {
        if (current && field) current[field] += text;
      },
      onclosetag(name) {
        if (name === "item" && current) items.push(current);
        if (name === "item") current = null;
        field = null;
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(xml);
  parser.end();
  return items;
}

/** `YYYY-MM-DD` of an RSS date (RFC 822, written in GMT by the feed). */
function dayOf(rfc822: string): string {
  const time = Date.parse(rfc822);
  return Number.isNaN(time) ? `(not a date: ${rfc822})` : new Date(time).toISOString().slice(0, 10);
}

/** The ids on a built page, and the `datetime`s of the <time>s inside each element with an id. */
function idsWithTimes(html: string): Map<string, string[]> {
  const ids = new Map<string, string[]>();
  const open: (string | null)[] = [];
  const parser = new Parser(
    {
      onopentag(_name, attrs) {
        const id = attrs["id"] ?? null;
        if (id !== null) ids.set(id, []);
        open.push(id);
        if (attrs["datetime"]) for (const o of open) if (o !== null) ids.get(o)?.push(attrs["datetime"]);
      },
      onclosetag() {
        open.pop();
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return ids;
}

/** The latest of some `YYYY-MM-DD` days. */
function latest(days: readonly (string | undefined)[]): string | undefined {
  return days
    .filter((d): d is string => d !== undefined && d !== "")
    .sort()
    .at(-1);
}

/** A described report's places, each with the periods any section's file has a row for it in. */
function describedPlacePeriods(dataDir: string): Map<string, Set<string>> {
  const report = JSON.parse(readFileSync(join(dataDir, "report.json"), "utf8").replace(/^\uFEFF/, "")) as {
    sections: { id: string; folder?: string }[];
  };
  const out = new Map<string, Set<string>>();
  for (const section of report.sections) {
    const folder = join(dataDir, section.folder ?? section.id);
    for (const name of readdirSync(folder).filter((n) => n.endsWith(".csv")))
      for (const row of readCsv(join(folder, name))) {
        const place = row["country_code"] ?? "";
        out.set(place, (out.get(place) ?? new Set()).add(name.replace(/\.csv$/, "")));
      }
  }
  return out;
}

export function checkFeed(dir: string, dataDir: string): { problems: string[]; entries: number } {
  const problems: string[] = [];
  const feedPath = join(dir, "feed.xml");
  if (!existsSync(feedPath)) return { problems: [`${feedPath} does not exist`], entries: 0 };
  const items = feedItems(readFileSync(feedPath, "utf8"));
  const releases = readCsv(join(dataDir, "releases.csv"));
  const corrections = readCsv(join(dataDir, "corrections.csv"));

  const pageFile = (path: string) => join(dir, path.replace(/^\/+/, ""), path.endsWith("/") ? "index.html" : "");
  const pageIds = new Map<string, Map<string, string[]> | null>();
  /** The element with `id` on the built page at `path`: its <time> datetimes, or a problem. */
  const resolve = (link: string): { times?: string[]; problem?: string } => {
    const url = new URL(link);
    const file = pageFile(decodeURIComponent(url.pathname));
    if (!pageIds.has(file))
      pageIds.set(file, existsSync(file) && statSync(file).isFile() ? idsWithTimes(readFileSync(file, "utf8")) : null);
    const ids = pageIds.get(file);
    if (!ids) return { problem: `${link}: no built page at ${url.pathname}` };
    if (url.hash.length <= 1) return { times: [] };
    const times = ids.get(decodeURIComponent(url.hash.slice(1)));
    return times ? { times } : { problem: `${link}: no element with id="${url.hash.slice(1)}" on ${url.pathname}` };
  };

  const matched = new Set<FeedItem>();
  for (const r of releases) {
    const path = `/periods/${(r["period"] ?? "").toLowerCase()}/`;
    const found = items.filter((i) => new URL(i.link).pathname === path && !new URL(i.link).hash);
    if (found.length !== 1) problems.push(`releases.csv ${r["period"]}: ${found.length} feed entries link to ${path}`);
    for (const item of found) {
      matched.add(item);
      if (dayOf(item.pubDate) !== r["published"])
        problems.push(`${item.link}: dated ${dayOf(item.pubDate)}, but ${r["period"]} was published ${r["published"]}`);
    }
  }
  // Without releases.csv (which, when present, lists every period), each period's entry has no date: any date
  // there would be made up.
  for (const item of releases.length > 0 ? [] : items) {
    const url = new URL(item.link);
    if (url.hash || !/^\/periods\/\d{4}(-h[12])?\/$/.test(url.pathname)) continue;
    matched.add(item);
    if (item.pubDate !== "")
      problems.push(`${item.link}: dated ${dayOf(item.pubDate)}, but releases.csv gives no publication date for it`);
  }
  // A correction's entry links to its note; the note must carry the correction's date.
  const correctionItems = items.filter((i) => new URL(i.link).pathname === "/corrections/");
  for (const c of corrections) {
    const found = correctionItems.filter(
      (i) => !matched.has(i) && dayOf(i.pubDate) === c["date"] && resolve(i.link).times?.includes(c["date"] ?? ""),
    );
    const subject = `corrections.csv ${c["date"]} ${c["period"]} ${c["country_code"] || c["place"] || "(whole period)"}`;
    const [first] = found;
    if (first) matched.add(first);
    else problems.push(`${subject}: no feed entry of that date linking to a note of that date`);
  }
  for (const item of items) {
    const { problem } = resolve(item.link);
    if (problem) problems.push(problem);
    if (!matched.has(item)) problems.push(`${item.link}: a feed entry for no release and no correction`);
  }

  // The sitemap's lastmod of every corrected page.
  const lastmod = new Map<string, string>();
  for (const file of readdirSync(dir).filter((f) => /^sitemap-\d+\.xml$/.test(f)))
    for (const m of readFileSync(join(dir, file), "utf8").matchAll(/<url><loc>([^<]+)<\/loc><lastmod>([^<]+)</g))
      lastmod.set(new URL(m[1] ?? "").pathname, (m[2] ?? "").slice(0, 10));
  const expectLastmod = (path: string, expected: string | undefined, day: string | undefined) => {
    if (lastmod.get(path) !== expected)
      problems.push(
        `sitemap: ${path} has lastmod ${lastmod.get(path) ?? "(none)"}, expected ${expected} (corrected ${day})`,
      );
  };
  if (existsSync(join(dataDir, "report.json"))) {
    const placePeriods = describedPlacePeriods(dataDir);
    for (const c of corrections) {
      const period = c["period"] ?? "";
      const place = c["place"] ?? "";
      const periodPage = latest([
        releases.find((r) => r["period"] === period)?.["published"],
        ...corrections.filter((o) => o["period"] === period).map((o) => o["date"]),
      ]);
      expectLastmod(`/periods/${period.toLowerCase()}/`, periodPage, c["date"]);
      if (place === "total") continue;
      const periods = placePeriods.get(place) ?? new Set<string>();
      const placePage = latest([
        ...releases.filter((r) => periods.has(r["period"] ?? "")).map((r) => r["published"]),
        ...corrections.filter((o) => o["place"] === place).map((o) => o["date"]),
      ]);
      expectLastmod(`/countries/${place.toLowerCase()}/`, placePage, c["date"]);
    }
    return { problems, entries: items.length };
  }
  for (const c of corrections) {
    const period = c["period"] ?? "";
    const code = c["country_code"] ?? "";
    const path = code
      ? `/countries/${code.toLowerCase()}/${period.toLowerCase()}/`
      : `/periods/${period.toLowerCase()}/`;
    // A country page changes with its own corrections and the period-wide ones; a period page with all of its period's.
    const reaching = corrections.filter(
      (o) => o["period"] === period && (!code || !o["country_code"] || o["country_code"] === code),
    );
    const expected = latest([
      releases.find((r) => r["period"] === period)?.["published"],
      ...reaching.map((o) => o["date"]),
    ]);
    if (lastmod.get(path) !== expected)
      problems.push(
        `sitemap: ${path} has lastmod ${lastmod.get(path) ?? "(none)"}, expected ${expected} (corrected ${c["date"]})`,
      );
  }
  return { problems, entries: items.length };
}

if (process.argv[1]?.endsWith("check-feed.ts")) {
  const dir = process.argv[2] ?? process.env["OUT_DIR"] ?? "dist";
  const dataDir = process.env["DATA_DIR"] ?? "data";
  const { problems, entries } = checkFeed(dir, dataDir);
  if (problems.length > 0) {
    for (const p of problems) console.error(`✗ ${p}`);
    process.exit(1);
  }
  console.log(
    `✓ ${entries} feed entries match ${dataDir}/releases.csv and corrections.csv; corrected pages' lastmod too.`,
  );
}
