/**
 * Framing: other sites may put /embed/ (and the editions' /ru/embed/, /uk/embed/) in an <iframe>, and nothing else. public/_headers (Netlify, Cloudflare
 * Pages, which join the headers of every matching rule) gives each built file one framing policy, and nginx with
 * deploy/nginx.conf sends the same; a browser then shows an embed in another origin's page and refuses the map page.
 * Needs `npm run build` first; the nginx part is skipped, with a message, where nginx is not installed.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { join, relative, sep } from "node:path";
import { chromium } from "@playwright/test";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM_ARGS, findChromium } from "../browser.mjs";
import { DIST } from "../dist";
import { findNginx, freePort, headersFor, parseHeadersFile, startNginx, type NginxServer } from "../nginx-server";

const ROOT = join(DIST, "..");
const rules = parseHeadersFile(readFileSync(join(ROOT, "public/_headers"), "utf8"));
const isEmbed = (path: string) => /^\/(?:(?:ru|uk)\/)?embed\//.test(path);
const frameAncestors = (csp: string | null | undefined) =>
  csp
    ?.split(";")
    .map((d) => d.trim())
    .filter((d) => d.startsWith("frame-ancestors"))
    .map((d) => d.replace(/^frame-ancestors\s+/, "")) ?? [];

function builtPaths(dir = DIST): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = join(dir, name);
    if (statSync(file).isDirectory()) return builtPaths(file);
    return [`/${relative(DIST, file).split(sep).join("/")}`.replace(/\/index\.html$/, "/")];
  });
}

describe("public/_headers: who may frame what", () => {
  const paths = builtPaths().filter((p) => p !== "/_headers");

  it("has embeds to frame", () => {
    expect(paths).toContain("/embed/lookup/");
    expect(paths).toContain("/embed/lookup/kyrgyzstan/");
    expect(paths).toContain("/embed/map/");
    expect(paths).toContain("/ru/embed/map/");
    expect(paths).toContain("/uk/embed/lookup/");
  });

  it("frames the editions' embeds like the English ones, and none of the editions' pages", () => {
    for (const path of ["/ru/embed/map/", "/uk/embed/lookup/", "/uk/embed/lookup/kyrgyzstan/"]) {
      expect(frameAncestors(headersFor(rules, path).get("content-security-policy")), path).toEqual(["*"]);
      expect(headersFor(rules, path).get("x-frame-options"), path).toBeUndefined();
    }
    for (const path of ["/ru/map/", "/ru/", "/uk/countries/kyrgyzstan/"]) {
      expect(frameAncestors(headersFor(rules, path).get("content-security-policy")), path).toEqual(["'self'"]);
      expect(headersFor(rules, path).get("x-frame-options"), path).toBe("SAMEORIGIN");
    }
  });

  it("lets any site frame /embed/ and no other path but the site itself, with one policy per file", () => {
    const problems: string[] = [];
    for (const path of paths) {
      const h = headersFor(rules, path);
      const csp = h.get("content-security-policy");
      const ancestors = frameAncestors(csp);
      const xfo = h.get("x-frame-options");
      const want = isEmbed(path) ? "*" : "'self'";
      if (csp?.includes(", ")) problems.push(`${path}: two CSP rules joined: ${csp}`);
      if (ancestors.length !== 1 || ancestors[0] !== want)
        problems.push(`${path}: frame-ancestors ${ancestors.join(" | ")}`);
      if (isEmbed(path) ? xfo !== undefined : xfo !== "SAMEORIGIN")
        problems.push(`${path}: X-Frame-Options ${String(xfo)}`);
    }
    expect(problems).toEqual([]);
  });

  it("lets any origin read the hashed assets and the open data, and nothing else", () => {
    expect(headersFor(rules, "/_astro/x.js").get("access-control-allow-origin")).toBe("*");
    expect(headersFor(rules, "/data/lookup.json").get("access-control-allow-origin")).toBe("*");
    for (const path of ["/", "/map/", "/embed/map/", "/embed.js"])
      expect(headersFor(rules, path).get("access-control-allow-origin"), path).toBeUndefined();
  });
});

const nginx = findNginx();
describe.skipIf(!nginx)(
  nginx
    ? "nginx with deploy/nginx.conf: framing"
    : "nginx: framing — skipped: nginx is not installed (apt-get install nginx)",
  () => {
    let server: NginxServer | null = null;
    let host: Server | null = null;
    let hostBase = "";
    beforeAll(async () => {
      server = await startNginx(DIST);
      const port = await freePort();
      hostBase = `http://127.0.0.1:${String(port)}`;
      const site = server.base.replace("127.0.0.1", "localhost");
      host = createServer((req, res) => {
        res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
        res.end(`<!doctype html><title>Host</title><iframe id="embed" src="${site}${req.url ?? "/"}"></iframe>`);
      });
      await new Promise<void>((r) => host?.listen(port, "127.0.0.1", r));
    });
    afterAll(async () => {
      await server?.stop();
      await new Promise((r) => host?.close(r));
    });
    const get = (path: string) => fetch(`${server?.base ?? ""}${path}`, { redirect: "manual" });

    it("sends an embed only frame-ancestors * and no X-Frame-Options, as public/_headers does", async () => {
      for (const path of [
        "/embed/lookup/",
        "/embed/lookup/kyrgyzstan/",
        "/embed/map/",
        "/embed/map/oembed.json",
        "/ru/embed/map/",
        "/uk/embed/lookup/",
        "/ru/embed/map/oembed.json",
      ]) {
        const res = await get(path);
        expect(res.status, path).toBe(200);
        expect(res.headers.get("x-frame-options"), path).toBeNull();
        expect(frameAncestors(res.headers.get("content-security-policy")), path).toEqual(["*"]);
        expect(res.headers.get("content-security-policy"), path).toBe(
          headersFor(rules, path).get("content-security-policy"),
        );
        expect(res.headers.get("strict-transport-security"), path).toMatch(/^max-age=/);
      }
    });

    it("sends every other page frame-ancestors 'self' and X-Frame-Options SAMEORIGIN, as public/_headers does", async () => {
      for (const path of ["/", "/map/", "/countries/", "/countries/kyrgyzstan/", "/embed.js", "/ru/map/", "/uk/"]) {
        const res = await get(path);
        expect(res.status, path).toBe(200);
        expect(res.headers.get("x-frame-options"), path).toBe("SAMEORIGIN");
        expect(frameAncestors(res.headers.get("content-security-policy")), path).toEqual(["'self'"]);
        expect(res.headers.get("content-security-policy"), path).toBe(
          headersFor(rules, path).get("content-security-policy"),
        );
        expect(res.headers.get("access-control-allow-origin"), path).toBeNull();
      }
      const missing = await get("/embed-nothing-here/");
      expect(missing.status).toBe(404);
      expect(missing.headers.get("x-frame-options")).toBe("SAMEORIGIN");
    });

    it("lets any origin read a hashed asset (an embed's module script in a sandboxed iframe)", async () => {
      const js = readdirSync(join(DIST, "_astro")).find((f) => f.endsWith(".js")) ?? "";
      const res = await fetch(`${server?.base ?? ""}/_astro/${js}`, { headers: { origin: "null" } });
      expect(res.status).toBe(200);
      expect(res.headers.get("access-control-allow-origin")).toBe("*");
    });

    const browserPath = findChromium();
    it.skipIf(browserPath === null)(
      "a browser shows an embed inside another origin's page and refuses to show the map page there",
      async () => {
        const browser = await chromium.launch({
          ...(browserPath ? { executablePath: browserPath } : {}),
          args: CHROMIUM_ARGS,
        });
        try {
          const page = await browser.newPage();
          const heading = async (path: string) => {
            await page.goto(`${hostBase}${path}`);
            const frame = page.frameLocator("#embed");
            return frame
              .locator("h1")
              .textContent({ timeout: 3000 })
              .catch(() => null);
          };
          expect(await heading("/embed/map/")).toBe("Where Putin has travelled since the ICC warrant");
          expect(await heading("/embed/lookup/kyrgyzstan/")).toBe("Kyrgyzstan and the ICC");
          // The editions' headings, whatever their words, as built.
          const h1 = (file: string) =>
            /<h1[^>]*>([^<]+)<\/h1>/.exec(readFileSync(join(DIST, file), "utf8"))?.[1]?.trim() ?? "";
          expect(await heading("/ru/embed/map/"), "the Russian edition's map embed").toBe(
            h1("ru/embed/map/index.html"),
          );
          expect(await heading("/ru/map/"), "nor the Russian map page").not.toBe(h1("ru/map/index.html"));
          // A refused frame shows the browser's own error page ("… is blocked"), not ours.
          expect(await heading("/map/"), "the map page is not shown in another site's frame").not.toBe("Travel map");
          expect(await heading("/countries/"), "nor the countries page").not.toBe("Countries and the ICC");
          expect(await heading("/"), "nor the explainer").not.toMatch(/Putin/);
        } finally {
          await browser.close();
        }
      },
      60_000,
    );
  },
);
