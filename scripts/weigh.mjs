// What a built page costs a reader, in gzipped bytes of the files in dist/ it references: shared by the byte-budget
// test (tests/dist/budgets.test.ts) and `npm run bench`.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join, posix } from "node:path";
import { gzipSync } from "node:zlib";

/** Bytes of `text` after gzip at level 6, the level most hosts and CDNs use. */
export const gz = (text) => gzipSync(text, { level: 6 }).length;

/** The file in `dist` a URL path is served from. */
export const fileOf = (dist, urlPath) => join(dist, urlPath.endsWith("/") ? `${urlPath}index.html` : urlPath);

/** Every JS file a module loads, following its static and dynamic imports inside dist/. */
export function jsGraph(dist, entry, seen = new Set()) {
  if (seen.has(entry) || !existsSync(fileOf(dist, entry))) return seen;
  seen.add(entry);
  const code = readFileSync(fileOf(dist, entry), "utf8");
  for (const m of code.matchAll(/(?:from|import)\s*\(?\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g)) {
    jsGraph(dist, posix.join(posix.dirname(entry), m[1]), seen);
  }
  return seen;
}

/** A page's HTML, CSS and JS in gzipped bytes, and its first screen (HTML to the first h2 after "At a glance", plus CSS). */
export function weigh(dist, urlPath) {
  const html = readFileSync(fileOf(dist, urlPath), "utf8");
  const css = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]);
  const entries = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]);
  const js = new Set();
  for (const e of entries) if (e.startsWith("/")) jsGraph(dist, e, js);
  // Inline scripts that run: no type, or a JavaScript/module type (not JSON-LD or other data blocks).
  const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter(([, attrs]) => !/\bsrc=/.test(attrs))
    .filter(([, attrs]) => {
      const type = /\btype="([^"]*)"/.exec(attrs)?.[1]?.toLowerCase() ?? "";
      return type === "" || type === "module" || /javascript|ecmascript/.test(type);
    })
    .map((m) => m[2])
    .join("\n");
  const cssText = css.map((href) => readFileSync(fileOf(dist, href), "utf8")).join("\n");
  const jsFiles = [...js].map((src) => gz(readFileSync(fileOf(dist, src))));
  const bytes = {
    html: gz(html),
    css: css.reduce((n, href) => n + gz(readFileSync(fileOf(dist, href))), 0),
    jsFiles: jsFiles.reduce((n, b) => n + b, 0),
    jsInline: inline.trim() ? gz(inline) : 0,
  };
  let cut = -1;
  const glance = html.search(/id="at-a-glance"/);
  if (glance >= 0) {
    const boxEnd = html.indexOf("</aside>", glance);
    cut = html.indexOf("<h2", boxEnd >= 0 ? boxEnd : glance);
  }
  if (cut < 0) cut = html.indexOf("<h2", Math.max(0, html.indexOf("<main")));
  const firstScreen = gz(cut > 0 ? html.slice(0, cut) : html) + gz(cssText);
  return { ...bytes, js: bytes.jsFiles + bytes.jsInline, total: bytes.html + bytes.css + bytes.jsFiles, firstScreen };
}

/** The gzipped JavaScript of one island: its bundled script (found by the component's name) and all it imports. */
export function island(dist, component) {
  const file = readdirSync(join(dist, "_astro")).find((f) => f.startsWith(`${component}.astro_`) && f.endsWith(".js"));
  if (!file) return 0;
  return [...jsGraph(dist, `/_astro/${file}`)].reduce((n, src) => n + gz(readFileSync(fileOf(dist, src))), 0);
}
