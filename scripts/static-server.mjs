// A small static file server for benchmarks: serves a folder as a static host would (index.html for folders,
// 404.html for misses, gzip for text when the client accepts it), so two built sites can be served alike.
import { createReadStream, existsSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize, resolve } from "node:path";
import { gzipSync } from "node:zlib";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".xml": "application/xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".webp": "image/webp",
  ".woff2": "font/woff2",
  ".ico": "image/x-icon",
  ".webmanifest": "application/manifest+json",
  ".txt": "text/plain; charset=utf-8",
};
const TEXT = new Set([".html", ".css", ".js", ".json", ".svg", ".xml", ".webmanifest", ".txt"]);

/**
 * Serves `root` on `port` (0 for any free one), gzipping text when `gzip` is true; resolves with the server, its
 * port in `address().port`.
 */
export function serveStatic(root, port = 0, gzip = true) {
  const base = resolve(root);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    let file = normalize(join(base, decodeURIComponent(url.pathname)));
    if (!file.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    let status = 200;
    if (!existsSync(file)) {
      status = 404;
      file = join(base, "404.html");
      if (!existsSync(file)) {
        res.writeHead(404).end("Not found");
        return;
      }
    }
    const ext = extname(file);
    const headers = { "Content-Type": TYPES[ext] ?? "application/octet-stream", "Cache-Control": "no-cache" };
    if (gzip && TEXT.has(ext) && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""))) {
      const body = gzipSync(readFileSync(file), { level: 6 });
      res.writeHead(status, { ...headers, "Content-Encoding": "gzip", "Content-Length": body.length }).end(body);
      return;
    }
    res.writeHead(status, headers);
    createReadStream(file).pipe(res);
  });
  return new Promise((done) => server.listen(port, "127.0.0.1", () => done(server)));
}

// As a command (`node scripts/static-server.mjs DIR PORT [gzip]`), so a caller that blocks its own event loop
// (spawnSync of Lighthouse) can still be answered: the server runs in its own process.
if (import.meta.filename === resolve(process.argv[1] ?? "")) {
  const [root = "dist", port = "0", mode = "gzip"] = process.argv.slice(2);
  const server = await serveStatic(root, Number(port), mode === "gzip");
  console.log(String(server.address().port));
}
