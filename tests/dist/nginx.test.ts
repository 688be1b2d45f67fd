/**
 * The production headers. Starts nginx with deploy/nginx.conf over the built dist/ and checks what a reader's
 * browser receives: security headers, caching, the 404 page, and that the pages still run under the header CSP.
 * Also checks that public/_headers (Netlify, Cloudflare Pages) sends the same headers for the same paths.
 * Needs `npm run build` first; skipped, with a message, where nginx is not installed.
 */
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { chromium } from "@playwright/test";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM_ARGS, findChromium } from "../browser.mjs";
import { findNginx, headersFor, parseHeadersFile, startNginx, type NginxServer } from "../nginx-server";

const ROOT = resolve(import.meta.dirname, "../..");
const DIST = join(ROOT, "dist");

const nginx = findNginx();

/** Headers every response must carry, with the exact value both hosts send. */
const SECURITY = ["strict-transport-security", "x-content-type-options", "x-frame-options", "referrer-policy"];
const SHORT_CACHE = /^public, max-age=(\d+)$/;

// ---------- public/_headers, read the way Netlify and Cloudflare Pages read it ----------

/** URL path of every file in dist/ (a folder's index.html as the folder), except the host's own config. */
function builtPaths(): string[] {
  const paths: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const file = join(dir, name);
      if (statSync(file).isDirectory()) walk(file);
      else paths.push(`/${relative(DIST, file).split(sep).join("/")}`.replace(/\/index\.html$/, "/"));
    }
  };
  walk(DIST);
  return paths.filter((p) => p !== "/_headers" && p !== "/_redirects").sort();
}

/** The directives of a CSP as name -> value. */
function directives(policy: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of policy.split(";")) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) out.set(name.toLowerCase(), values.join(" "));
  }
  return out;
}

function metaPolicy(file: string): Map<string, string> {
  const html = readFileSync(join(DIST, file), "utf8");
  const content = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html)?.[1];
  if (content === undefined) throw new Error(`dist/${file} has no <meta> Content-Security-Policy`);
  return directives(content.replaceAll("&#39;", "'"));
}

function requireBuild(): void {
  if (!existsSync(join(DIST, "index.html"))) throw new Error("dist/ is missing: run `npm run build` first");
}

describe("public/_headers (Netlify, Cloudflare Pages)", () => {
  const text = readFileSync(join(ROOT, "public/_headers"), "utf8");
  const rules = parseHeadersFile(text);

  it("is copied into the build unchanged", () => {
    requireBuild();
    expect(readFileSync(join(DIST, "_headers"), "utf8")).toBe(text);
  });

  it("gives every built file exactly one Cache-Control: a year for hashed assets, minutes for the rest", () => {
    requireBuild();
    const problems: string[] = [];
    const paths = builtPaths();
    expect(paths.length).toBeGreaterThan(10);
    for (const path of paths) {
      const value = headersFor(rules, path).get("cache-control");
      if (path.startsWith("/_astro/")) {
        if (value !== "public, max-age=31536000, immutable") problems.push(`${path}: ${String(value)}`);
      } else if (value === undefined || !SHORT_CACHE.test(value) || Number(SHORT_CACHE.exec(value)?.[1]) > 3600) {
        problems.push(`${path}: ${String(value)} (add a rule for its top folder to public/_headers)`);
      }
    }
    expect(problems, "paths with a missing, doubled or wrong Cache-Control").toEqual([]);
  });

  it("sends the security headers on every path", () => {
    const h = headersFor(rules, "/countries/kyrgyzstan/");
    expect(h.get("strict-transport-security")).toMatch(/^max-age=(\d{8,}); includeSubDomains$/);
    expect(Number(/max-age=(\d+)/.exec(h.get("strict-transport-security") ?? "")?.[1])).toBeGreaterThanOrEqual(
      31536000,
    );
    expect(h.get("x-content-type-options")).toBe("nosniff");
    expect(h.get("referrer-policy")).toMatch(
      /^(no-referrer|same-origin|strict-origin|strict-origin-when-cross-origin)$/,
    );
    expect(h.get("permissions-policy")).toMatch(/camera=\(\)/);
    expect(h.get("permissions-policy")).toMatch(/geolocation=\(\)/);
    expect(h.get("permissions-policy")).toMatch(/microphone=\(\)/);
  });

  it("has a CSP that adds frame-ancestors, repeats the page's non-hash directives, and cannot block its scripts", () => {
    requireBuild();
    const header = directives(headersFor(rules, "/").get("content-security-policy") ?? "");
    expect(header.get("frame-ancestors")).toBe("'self'");
    for (const name of ["default-src", "script-src", "style-src", "script-src-elem", "style-src-elem"]) {
      expect(header.has(name), `the header CSP must leave ${name} to the page's hashed <meta> policy`).toBe(false);
    }
    for (const file of ["index.html", "countries/index.html", "404.html"]) {
      const meta = metaPolicy(file);
      for (const [name, value] of header) {
        if (name !== "frame-ancestors")
          expect(`${name} ${value}`, `as in dist/${file}`).toBe(`${name} ${String(meta.get(name))}`);
      }
      for (const name of ["object-src", "base-uri", "form-action"]) expect(header.has(name), name).toBe(true);
    }
  });
});

// ---------- nginx ----------

describe.skipIf(!nginx)(
  nginx
    ? "nginx with deploy/nginx.conf"
    : "nginx with deploy/nginx.conf — skipped: nginx is not installed (apt-get install nginx)",
  () => {
    let server: NginxServer | null = null;
    let base = "";
    const rules = parseHeadersFile(readFileSync(join(ROOT, "public/_headers"), "utf8"));

    beforeAll(async () => {
      requireBuild();
      expect(
        [...new Set(readFileSync(join(ROOT, "deploy/nginx.conf"), "utf8").match(/__[A-Z]+__/g))].sort(),
        "deploy/nginx.conf has only its two placeholders, which the test fills in",
      ).toEqual(["__PORT__", "__ROOT__"]);
      server = await startNginx(DIST);
      base = server.base;
    });

    afterAll(async () => {
      await server?.stop();
    });

    const get = (path: string) => fetch(`${base}${path}`, { redirect: "manual" });

    function expectSecurityHeaders(res: Response, path: string): void {
      const expected = headersFor(rules, path);
      for (const name of [...SECURITY, "permissions-policy", "content-security-policy"]) {
        expect(res.headers.get(name), `${path}: ${name} as in public/_headers`).toBe(expected.get(name));
      }
      expect(res.headers.get("content-security-policy")).toContain("frame-ancestors 'self'");
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(res.headers.get("server"), "no version in the Server header").toBe("nginx");
    }

    it("serves the pages with the security headers and a short cache, as public/_headers does", async () => {
      for (const path of ["/", "/timeline/", "/countries/kyrgyzstan/"]) {
        const res = await get(path);
        expect(res.status, path).toBe(200);
        expect(res.headers.get("content-type"), path).toBe("text/html; charset=utf-8");
        expectSecurityHeaders(res, path);
        expect(res.headers.get("cache-control"), path).toBe(headersFor(rules, path).get("cache-control"));
        expect(res.headers.get("cache-control"), path).toMatch(SHORT_CACHE);
        expect(await res.text(), path).toContain("<h1");
      }
    });

    it("caches a hashed /_astro/ asset for a year, immutable", async () => {
      const assets = readdirSync(join(DIST, "_astro")).filter((f) => /\.(css|js)$/.test(f));
      expect(assets.length, "the build has hashed assets").toBeGreaterThan(0);
      const path = `/_astro/${assets[0] ?? ""}`;
      const res = await get(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get("content-type"), path).toMatch(/^(text\/css|application\/javascript|text\/javascript)/);
      expect(res.headers.get("cache-control"), path).toBe("public, max-age=31536000, immutable");
      expect(res.headers.get("cache-control"), path).toBe(headersFor(rules, path).get("cache-control"));
      expectSecurityHeaders(res, path);
    });

    it("serves the open data as JSON with a short cache", async () => {
      const path = "/data/icc-states.json";
      const res = await get(path);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toMatch(/^application\/json/);
      expect(res.headers.get("cache-control")).toBe(headersFor(rules, path).get("cache-control"));
      expectSecurityHeaders(res, path);
      const data = (await res.json()) as unknown[];
      expect(data.length).toBeGreaterThan(190);
    });

    it("answers an unknown address with our 404 page, status 404, with the same headers", async () => {
      const res = await get("/no-such-page/");
      expect(res.status).toBe(404);
      expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
      expect(await res.text()).toContain("Page not found");
      // nginx sends the headers of the page it serves, /404.html; Netlify and Cloudflare those of the address asked.
      expectSecurityHeaders(res, "/404.html");
    });

    it("answers an unknown address under /ru/ or /uk/ with that edition's 404 page", async () => {
      for (const [prefix, lang] of [
        ["/ru/", "ru"],
        ["/uk/", "uk"],
      ] as const) {
        const res = await get(`${prefix}no-such-page/`);
        expect(res.status, prefix).toBe(404);
        const html = await res.text();
        expect(html, prefix).toContain(`<html lang="${lang}"`);
        expect(html, prefix).not.toContain("Page not found");
        // The server's headers, as for /404.html: public/_headers has no rules of the editions' own yet.
        expectSecurityHeaders(res, "/404.html");
      }
    });

    it("redirects a folder without its slash and never serves the host config files", async () => {
      const res = await get("/timeline");
      expect(res.status).toBe(301);
      expect(res.headers.get("location")).toBe("/timeline/");
      for (const path of ["/_headers", "/.git/config"]) {
        const hidden = await get(path);
        expect(hidden.status, path).toBe(404);
        expect(await hidden.text(), path).toContain("Page not found");
      }
    });

    it("compresses text responses", async () => {
      const res = await fetch(`${base}/timeline/`, { headers: { "accept-encoding": "gzip" } });
      expect(res.headers.get("content-encoding")).toBe("gzip");
      expect(res.headers.get("vary")).toMatch(/Accept-Encoding/i);
    });

    const browserPath = findChromium();
    it.skipIf(browserPath === null)(
      "the pages still run in a browser under the header CSP (scripts run, no violation, no console error)",
      async () => {
        const browser = await chromium.launch({
          ...(browserPath ? { executablePath: browserPath } : {}),
          args: CHROMIUM_ARGS,
        });
        try {
          const page = await browser.newPage();
          const problems: string[] = [];
          page.on("console", (msg) => {
            if (msg.type() === "error") problems.push(`${page.url()}: console error: ${msg.text()}`);
          });
          page.on("pageerror", (err) => problems.push(`${page.url()}: page error: ${err.message}`));
          await page.addInitScript(() => {
            document.addEventListener("securitypolicyviolation", (e) => {
              console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
            });
          });
          for (const path of ["/", "/timeline/", "/map/", "/countries/"]) {
            const res = await page.goto(`${base}${path}`, { waitUntil: "load" });
            expect(res?.status(), path).toBe(200);
            // Module scripts ran: every custom element on the page (the theme toggle's, the islands') is defined and
            // upgraded. A visible toggle would not show it: the classic head script that adds the "js" class
            // shows the toggle even when the header CSP blocks every module script.
            await expect
              .poll(
                () =>
                  page.evaluate(() => ({
                    toggle: customElements.get("theme-toggle") !== undefined,
                    pending: [...document.querySelectorAll(":not(:defined)")].map((el) => el.localName),
                  })),
                { message: `${path}: module scripts ran`, timeout: 15_000 },
              )
              .toEqual({ toggle: true, pending: [] });
          }
          const input = page.getByLabel("Country", { exact: true });
          await input.fill("Kyrgyzstan");
          await input.press("ArrowDown");
          await input.press("Enter");
          await expect
            .poll(() => page.locator('[data-lookup-result] [data-iso2="KG"]').count(), {
              message: "lookup answers",
              timeout: 15_000,
            })
            .toBeGreaterThan(0);
          expect(problems).toEqual([]);
        } finally {
          await browser.close();
        }
      },
      60_000,
    );
  },
);
