/**
 * The `_redirects` and `_headers` files that Netlify (and, for a subset,
 * Cloudflare Pages) read from the published folder, parsed and matched the way
 * those hosts do, so the local preview behaves like the real host. Pure
 * functions: the preview server and the unit tests share them.
 *
 * What is supported, following Netlify's documented rules:
 * - paths with `:placeholder` segments and a trailing `*` splat (`:splat` in the target);
 * - query conditions (`key=value` or `key=:name`) that must all be present;
 * - a status (default 301), where 200 rewrites and 404 serves the target as a 404,
 *   and `!` forces the rule even when a file exists at the requested path (shadowing);
 * - first matching rule wins; a trailing slash is optional on both sides.
 * Cookie, country, language and role conditions are not used by this site and are rejected.
 */

export interface RedirectRule {
  from: string;
  /** Query conditions: parameter name to literal value or `:placeholder`. */
  query: ReadonlyMap<string, string>;
  to: string;
  status: number;
  force: boolean;
  line: number;
}

export interface HeaderRule {
  path: string;
  headers: readonly (readonly [name: string, value: string])[];
  line: number;
}

export interface RedirectMatch {
  rule: RedirectRule;
  /** The target with placeholders and the splat filled in. */
  location: string;
}

function meaningfulLines(text: string): { text: string; line: number }[] {
  return text
    .split(/\r?\n/)
    .map((raw, i) => ({ text: raw.replace(/\s+#.*$/, "").trimEnd(), line: i + 1 }))
    .filter((l) => l.text.trim() !== "" && !l.text.trim().startsWith("#"));
}

export function parseRedirects(text: string): RedirectRule[] {
  return meaningfulLines(text).map(({ text: content, line }) => {
    const parts = content.trim().split(/\s+/);
    const from = parts.shift();
    if (!from?.startsWith("/")) throw new Error(`_redirects line ${line}: the source must be a path starting with /`);
    const query = new Map<string, string>();
    while (parts[0]?.includes("=") === true) {
      const [key = "", value = ""] = (parts.shift() ?? "").split("=", 2);
      query.set(key, value);
    }
    const to = parts.shift();
    if (to === undefined) throw new Error(`_redirects line ${line}: no target`);
    let status = 301;
    let force = false;
    const statusText = parts.shift();
    if (statusText !== undefined) {
      const m = /^(\d{3})(!?)$/.exec(statusText);
      if (!m) throw new Error(`_redirects line ${line}: "${statusText}" is not a status such as 301 or 302!`);
      status = Number(m[1]);
      force = m[2] === "!";
    }
    if (parts.length > 0) {
      throw new Error(`_redirects line ${line}: conditions (${parts.join(" ")}) are not supported by the preview`);
    }
    return { from, query, to, status, force, line };
  });
}

export function parseHeaders(text: string): HeaderRule[] {
  const rules: { path: string; headers: [string, string][]; line: number }[] = [];
  for (const { text: content, line } of meaningfulLines(text)) {
    if (!/^\s/.test(content)) {
      if (!content.startsWith("/")) throw new Error(`_headers line ${line}: a path must start with /`);
      rules.push({ path: content.trim(), headers: [], line });
      continue;
    }
    const current = rules.at(-1);
    if (!current) throw new Error(`_headers line ${line}: a header before any path`);
    const colon = content.indexOf(":");
    if (colon <= 0) throw new Error(`_headers line ${line}: expected "Name: value"`);
    current.headers.push([content.slice(0, colon).trim(), content.slice(colon + 1).trim()]);
  }
  return rules;
}

const withoutTrailingSlash = (path: string) => (path.length > 1 && path.endsWith("/") ? path.slice(0, -1) : path);

/** Matches a rule path (`/a/:b/*`) against a request path; returns the captures or null. */
export function matchPath(pattern: string, path: string): Map<string, string> | null {
  const patternParts = withoutTrailingSlash(pattern).split("/");
  // A splat keeps the rest of the path as it came, trailing slash included.
  const pathParts = (pattern.endsWith("/*") ? path : withoutTrailingSlash(path)).split("/");
  const captures = new Map<string, string>();
  for (let i = 0; i < patternParts.length; i++) {
    const want = patternParts[i] ?? "";
    if (want === "*" && i === patternParts.length - 1) {
      captures.set("splat", pathParts.slice(i).join("/"));
      return captures;
    }
    const got = pathParts[i];
    if (got === undefined) return null;
    if (want.startsWith(":")) {
      if (got === "") return null;
      captures.set(want.slice(1), got);
    } else if (want !== got) {
      return null;
    }
  }
  return pathParts.length === patternParts.length ? captures : null;
}

function fill(target: string, captures: ReadonlyMap<string, string>): string {
  return target.replace(/:([A-Za-z_][A-Za-z0-9_]*)/g, (whole, name: string) => captures.get(name) ?? whole);
}

/**
 * The first rule that applies to a request. `fileExists` tells whether a file is
 * published at the path: unforced rules never shadow it, as on Netlify.
 */
export function matchRedirect(
  rules: readonly RedirectRule[],
  path: string,
  search: URLSearchParams,
  fileExists: boolean,
): RedirectMatch | null {
  for (const rule of rules) {
    if (fileExists && !rule.force) continue;
    const captures = matchPath(rule.from, path);
    if (!captures) continue;
    let queryOk = true;
    for (const [key, want] of rule.query) {
      const got = search.get(key);
      if (got === null || got === "") queryOk = false;
      else if (want.startsWith(":")) captures.set(want.slice(1), encodeURIComponent(got));
      else if (want !== got) queryOk = false;
    }
    if (queryOk) return { rule, location: fill(rule.to, captures) };
  }
  return null;
}

/** Every header whose path matches, in file order; repeated names are joined with ", " as the hosts do. */
export function headersFor(rules: readonly HeaderRule[], path: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const rule of rules) {
    if (!matchPath(rule.path, path)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      const previous = out.get(key);
      out.set(key, previous === undefined ? value : `${previous}, ${value}`);
    }
  }
  return out;
}

/**
 * The report's addresses are lower case (`/countries/de/2020-h2/`), but readers type what the definitions page
 * writes (`2020-H2`) and country codes in capitals. Static hosts match paths case-sensitively, so a host rule
 * sends an address under /periods/ or /countries/ that has capitals, and no file of its own, on to its
 * lower-case form (301). `_redirects` cannot express lower-casing, so this rule is the preview's copy of the
 * Apache, nginx, Caddy and Cloudflare rules in docs/hosting.md; on Netlify the 404 page does the same in the
 * browser (src/client/lowercase-address.ts). Returns null when the address should be left alone.
 */
export function lowerCaseLocation(path: string, search: string): string | null {
  if (!/^\/(?:periods|countries)\//i.test(path)) return null;
  const lower = path.toLowerCase();
  return lower === path ? null : `${lower}${search}`;
}
