/**
 * `astro preview` for this site: a small static file server that behaves like
 * the static hosts the site is published on. It serves directory index.html
 * files, adds the trailing slash to directory URLs, answers unknown paths with
 * 404.html and status 404, and applies the published `_redirects` and
 * `_headers` files (see rules.ts). Like every such host it gzips text files for
 * clients that accept it: without that, Lighthouse and the browser tests would
 * time a page at eight to ten times the bytes a reader downloads. Astro calls the
 * default export through the adapter's `previewEntrypoint` (see ../static-host-preview.ts).
 */
import { createReadStream, existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type IncomingMessage, type OutgoingHttpHeaders, type ServerResponse } from "node:http";
import { extname, join, normalize, sep } from "node:path";
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import type { PreviewServer, PreviewServerParams } from "astro";
import {
  headersFor,
  lowerCaseLocation,
  matchRedirect,
  parseHeaders,
  parseRedirects,
  type HeaderRule,
  type RedirectRule,
} from "./rules.ts";

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".svg": "image/svg+xml",
  ".pdf": "application/pdf",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".ttf": "font/ttf",
  ".map": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json",
  ".zip": "application/zip",
};

/** Types a static host compresses; images other than SVG, PDFs, fonts and archives are compressed already. */
const COMPRESSIBLE = new Set([
  ".html",
  ".css",
  ".js",
  ".mjs",
  ".json",
  ".csv",
  ".txt",
  ".xml",
  ".svg",
  ".map",
  ".webmanifest",
]);

/** Whether the request's Accept-Encoding allows gzip (a `q=0` refuses it). */
export function acceptsGzip(acceptEncoding: string | undefined): boolean {
  return (acceptEncoding ?? "").split(",").some((part) => {
    const [coding = "", ...params] = part.trim().toLowerCase().split(";");
    const refused = params.some((p) => /^\s*q=0(\.0*)?\s*$/.test(p));
    return (coding === "gzip" || coding === "*") && !refused;
  });
}

export interface StaticHostOptions {
  /** The published folder (Astro's outDir). */
  root: string;
  /** Extra headers for every response (Astro's `server.headers`). */
  headers?: OutgoingHttpHeaders | undefined;
}

/** A file inside the root, or null; never escapes the root. */
function fileAt(root: string, urlPath: string): string | null {
  const candidate = normalize(join(root, urlPath));
  if (candidate !== root && !candidate.startsWith(root.endsWith(sep) ? root : root + sep)) return null;
  try {
    return statSync(candidate).isFile() ? candidate : null;
  } catch {
    return null;
  }
}

function isDirectoryWithIndex(root: string, urlPath: string): boolean {
  return fileAt(root, join(urlPath, "index.html")) !== null;
}

/** The request handler, separate from the listening server so tests can drive it directly. */
export function createStaticHostHandler(
  options: StaticHostOptions,
): (req: IncomingMessage, res: ServerResponse) => void {
  const root = normalize(options.root);
  const read = (name: string) => (existsSync(join(root, name)) ? readFileSync(join(root, name), "utf8") : "");
  // Read once, as a host reads them at deploy time; a rebuild needs a new preview.
  const redirects: RedirectRule[] = parseRedirects(read("_redirects"));
  const headerRules: HeaderRule[] = parseHeaders(read("_headers"));
  // Compressed bodies by file and modification time, so repeated requests (Lighthouse, e2e) compress once.
  const gzipped = new Map<string, { mtimeMs: number; body: Buffer }>();
  const gzipOf = (file: string): Buffer => {
    const { mtimeMs } = statSync(file);
    const cached = gzipped.get(file);
    if (cached?.mtimeMs === mtimeMs) return cached.body;
    const body = gzipSync(readFileSync(file));
    gzipped.set(file, { mtimeMs, body });
    return body;
  };

  return (req, res) => {
    const url = new URL(req.url ?? "/", "http://preview.invalid");
    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      path = "/";
    }
    const send = (status: number, file: string | null, extra: Record<string, string> = {}) => {
      const headers: OutgoingHttpHeaders = { ...options.headers };
      for (const [name, value] of headersFor(headerRules, url.pathname)) headers[name] = value;
      Object.assign(headers, extra);
      const compressible = file !== null && COMPRESSIBLE.has(extname(file).toLowerCase());
      const body = compressible && acceptsGzip(req.headers["accept-encoding"]) ? gzipOf(file) : null;
      if (file) {
        headers["content-type"] ??= CONTENT_TYPES[extname(file).toLowerCase()] ?? "application/octet-stream";
        headers["content-length"] = String(body ? body.length : statSync(file).size);
        if (compressible) headers["vary"] = "Accept-Encoding";
        if (body) headers["content-encoding"] = "gzip";
      }
      res.writeHead(status, headers);
      if (!file || req.method === "HEAD") {
        res.end();
        return;
      }
      if (body) res.end(body);
      else createReadStream(file).pipe(res);
    };

    if (req.method !== "GET" && req.method !== "HEAD") {
      send(405, null, { allow: "GET, HEAD" });
      return;
    }

    const direct = path.endsWith("/") ? fileAt(root, join(path, "index.html")) : fileAt(root, path);
    const redirect = matchRedirect(redirects, path, url.searchParams, direct !== null);
    if (redirect) {
      const { status } = redirect.rule;
      if (status >= 300 && status < 400) {
        send(status, null, { location: redirect.location });
        return;
      }
      const target = new URL(redirect.location, url);
      const targetPath = decodeURIComponent(target.pathname);
      const file = targetPath.endsWith("/") ? fileAt(root, join(targetPath, "index.html")) : fileAt(root, targetPath);
      if (file) {
        send(status, file);
        return;
      }
    }
    if (direct) {
      send(200, direct);
      return;
    }
    const lower = lowerCaseLocation(url.pathname, url.search);
    if (lower) {
      send(301, null, { location: lower });
      return;
    }
    if (!path.endsWith("/") && isDirectoryWithIndex(root, path)) {
      send(301, null, { location: `${url.pathname}/${url.search}` });
      return;
    }
    send(404, fileAt(root, "404.html"));
  };
}

export default async function preview(params: PreviewServerParams): Promise<PreviewServer> {
  const handler = createStaticHostHandler({ root: fileURLToPath(params.outDir), headers: params.headers });
  const server = createServer(handler);
  const host = params.host ?? "localhost";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(params.port, host, () => {
      resolve();
    });
  });
  const closed = new Promise<void>((resolve) =>
    server.once("close", () => {
      resolve();
    }),
  );
  params.logger.info(
    `Serving ${fileURLToPath(params.outDir)} as a static host would at http://${host}:${params.port}/`,
  );
  return {
    host,
    port: params.port,
    closed: () => closed,
    stop: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) =>
        server.close(() => {
          resolve();
        }),
      );
    },
  };
}
