import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { acceptsGzip, createStaticHostHandler } from "../../../src/integrations/static-host/preview-server.ts";

let root: string;
let server: Server;
let base: string;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "static-host-"));
  const put = (path: string, body: string) => {
    mkdirSync(join(root, path, ".."), { recursive: true });
    writeFileSync(join(root, path), body);
  };
  put("index.html", "<h1>home</h1>");
  put("big/index.html", `<table>${"<tr><td>1,234</td></tr>".repeat(500)}</table>`);
  put("404.html", "<h1>lost</h1>");
  put("view/index.html", "<h1>choose</h1>");
  put("countries/de/index.html", "<h1>de</h1>");
  put("data/x.json", "{}");
  put("d/r.csv", "a,b\n");
  put("d/r.pdf", "%PDF");
  put("_redirects", "/view/ country=:c /countries/:c/ 302!\n/old/* /countries/:splat 301\n");
  put("_headers", "/*\n  X-Frame-Options: DENY\n/data/*\n  Cache-Control: no-cache\n");
  put("../outside.txt", "secret");
  server = createServer(createStaticHostHandler({ root, headers: { "x-extra": "1" } }));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(root, { recursive: true, force: true });
});

const get = (path: string) => fetch(base + path, { redirect: "manual" });

/** The raw response (fetch would unzip it): status, headers and the bytes as sent. */
function raw(path: string, acceptEncoding: string) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
    const req = request(base + path, { headers: { "accept-encoding": acceptEncoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => {
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) });
      });
    });
    req.on("error", reject);
    req.end();
  });
}

describe("the preview's static host", () => {
  it("serves directory indexes with the content type and the _headers of their path", async () => {
    const res = await get("/countries/de/");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(res.headers.get("x-frame-options")).toBe("DENY");
    expect(res.headers.get("x-extra")).toBe("1");
    expect(res.headers.get("cache-control")).toBeNull();
    expect(await res.text()).toBe("<h1>de</h1>");
  });

  it("adds the trailing slash to directories and answers unknown paths with 404.html", async () => {
    const dir = await get("/countries/de?x=1");
    expect(dir.status).toBe(301);
    expect(dir.headers.get("location")).toBe("/countries/de/?x=1");
    const missing = await get("/nowhere/");
    expect(missing.status).toBe(404);
    expect(await missing.text()).toBe("<h1>lost</h1>");
  });

  it("gives downloads and data their content types", async () => {
    expect((await get("/data/x.json")).headers.get("content-type")).toMatch(/^application\/json/);
    expect((await get("/data/x.json")).headers.get("cache-control")).toBe("no-cache");
    expect((await get("/d/r.csv")).headers.get("content-type")).toMatch(/^text\/csv/);
    expect((await get("/d/r.pdf")).headers.get("content-type")).toBe("application/pdf");
  });

  it("applies _redirects with query conditions and splats", async () => {
    const view = await get("/view/?country=de");
    expect(view.status).toBe(302);
    expect(view.headers.get("location")).toBe("/countries/de/");
    expect((await get("/view/")).status).toBe(200);
    const old = await get("/old/de/");
    expect(old.status).toBe(301);
    expect(old.headers.get("location")).toBe("/countries/de/");
  });

  it("never serves files outside the published folder and only answers GET and HEAD", async () => {
    expect((await get("/../outside.txt")).status).toBe(404);
    expect((await get("/%2e%2e/outside.txt")).status).toBe(404);
    expect((await fetch(base + "/", { method: "POST" })).status).toBe(405);
    const head = await fetch(base + "/", { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe("");
  });

  it("gzips text for clients that accept it, as static hosts do, and leaves binary files and other clients alone", async () => {
    const page = await raw("/big/", "gzip, deflate, br");
    expect(page.status).toBe(200);
    expect(page.headers["content-encoding"]).toBe("gzip");
    expect(page.headers["vary"]).toBe("Accept-Encoding");
    expect(Number(page.headers["content-length"])).toBe(page.body.length);
    const html = gunzipSync(page.body).toString("utf8");
    expect(html).toBe(`<table>${"<tr><td>1,234</td></tr>".repeat(500)}</table>`);
    expect(page.body.length).toBeLessThan(html.length / 10);
    // Twice from the cache gives the same bytes.
    expect((await raw("/big/", "gzip")).body).toEqual(page.body);
    // A 404 page is compressed like any other.
    expect((await raw("/nowhere/", "gzip")).headers["content-encoding"]).toBe("gzip");

    const plain = await raw("/big/", "identity");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.headers["vary"]).toBe("Accept-Encoding");
    expect(plain.body.toString("utf8")).toBe(html);
    const pdf = await raw("/d/r.pdf", "gzip");
    expect(pdf.headers["content-encoding"]).toBeUndefined();
    expect(pdf.body.toString("utf8")).toBe("%PDF");
  });

  it("reads Accept-Encoding as HTTP does: listed codings, the wildcard, and q=0 as a refusal", () => {
    expect(acceptsGzip("gzip")).toBe(true);
    expect(acceptsGzip("br, GZIP;q=0.5")).toBe(true);
    expect(acceptsGzip("*")).toBe(true);
    expect(acceptsGzip("gzip;q=0")).toBe(false);
    expect(acceptsGzip("gzip; q=0.000, br")).toBe(false);
    expect(acceptsGzip("br, deflate")).toBe(false);
    expect(acceptsGzip("x-gzip-not")).toBe(false);
    expect(acceptsGzip(undefined)).toBe(false);
    expect(acceptsGzip("")).toBe(false);
  });
});
