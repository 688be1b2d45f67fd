/**
 * What every built page must be, read from its HTML, for all ~530 pages (the e2e page sweep loads one page of each
 * kind in a browser; this covers the rest without one): a page that answers with one heading, scripts its CSP lets
 * run, nothing loaded from another host, and redirects that lead to a page that exists. Needs `npm run build` first.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { localeOfPath } from "../../src/lib/locales";
import { describe, expect, it } from "vitest";
import { DIST, htmlFiles, urlPath } from "../dist";

const REFRESH = /<meta http-equiv="refresh" content="\d+;url=([^"]+)"/;
const all = existsSync(join(DIST, "index.html"))
  ? htmlFiles().map((file) => {
      const html = readFileSync(file, "utf8");
      return { path: urlPath(file), html, redirectTo: REFRESH.exec(html)?.[1] ?? null };
    })
  : [];
const pages = all.filter((p) => p.redirectTo === null);
const redirects = all.filter((p) => p.redirectTo !== null);

/** The directives of the page's <meta> Content-Security-Policy, as name -> list of sources. */
function policy(html: string): Map<string, string[]> {
  const content = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html)?.[1] ?? "";
  const out = new Map<string, string[]>();
  for (const part of content.replaceAll("&#39;", "'").split(";")) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) out.set(name.toLowerCase(), values);
  }
  return out;
}

const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

describe("every built page", () => {
  it("was built: hundreds of pages, and the redirects beside them", () => {
    expect(pages.length, "run `npm run build` first").toBeGreaterThan(250);
    expect(redirects.length).toBeGreaterThan(190);
  });

  it("has exactly one h1, inside <main>, with words in it", () => {
    const wrong: string[] = [];
    for (const { path, html } of pages) {
      const h1s = [...html.matchAll(/<h1\b[^>]*>([\s\S]*?)<\/h1>/g)];
      const main = /<main\b[\s\S]*<\/main>/.exec(html)?.[0] ?? "";
      const text = (h1s[0]?.[1] ?? "").replace(/<[^>]+>/g, "").trim();
      if (h1s.length !== 1) wrong.push(`${path}: ${String(h1s.length)} h1`);
      else if (!main.includes(h1s[0]?.[0] ?? "\u0000")) wrong.push(`${path}: the h1 is outside <main>`);
      else if (text === "") wrong.push(`${path}: an empty h1`);
    }
    expect(wrong.slice(0, 10), `${String(wrong.length)} pages`).toEqual([]);
  });

  it("names its icon, so no browser asks for a /favicon.ico the site does not have", () => {
    const without = pages.filter(({ html }) => !/<link rel="icon" href="\/favicon\.svg"/.test(html));
    expect(without.map((p) => p.path).slice(0, 10), `${String(without.length)} pages without an icon`).toEqual([]);
  });

  it("runs only inline scripts its CSP allows by hash, and never allows 'unsafe-inline' or 'unsafe-eval'", () => {
    const blocked: string[] = [];
    for (const { path, html } of all) {
      const csp = policy(html);
      const scriptSrc = csp.get("script-src-elem") ?? csp.get("script-src") ?? csp.get("default-src");
      expect(scriptSrc, `${path}: a script-src in its <meta> CSP`).toBeDefined();
      expect(scriptSrc, path).not.toContain("'unsafe-inline'");
      expect(scriptSrc, path).not.toContain("'unsafe-eval'");
      // A <meta> policy governs only what follows it: the theme script before it runs unhashed, by design.
      const after = html.slice(html.search(/<meta http-equiv="content-security-policy"/i));
      for (const m of after.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
        const attrs = m[1] ?? "";
        if (/\bsrc=/.test(attrs)) continue;
        const type = /\btype="([^"]*)"/.exec(attrs)?.[1] ?? "";
        // Data blocks (JSON-LD) are not run, so no CSP applies to them.
        if (!["", "module", "text/javascript"].includes(type)) continue;
        const hash = sha256(m[2] ?? "");
        if (!scriptSrc?.includes(hash)) blocked.push(`${path}: an inline script ${hash} the CSP would block`);
      }
    }
    expect(blocked.slice(0, 10), `${String(blocked.length)} scripts`).toEqual([]);
  });

  it("loads nothing from another host: every script, stylesheet, icon, image and frame is on the site", () => {
    const offsite: string[] = [];
    const onSite = (url: string) => url.startsWith("data:") || !/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(url);
    for (const { path, html } of all) {
      const tags = html.replace(/<(template|noscript)\b[\s\S]*?<\/\1>/g, "");
      for (const m of tags.matchAll(
        /<(script|img|iframe|source|video|audio|embed|object)\b[^>]*\b(?:src|data)="([^"]+)"/g,
      )) {
        if (!onSite(m[2] ?? "")) offsite.push(`${path}: <${m[1] ?? ""}> ${m[2] ?? ""}`);
      }
      for (const m of tags.matchAll(/\bsrcset="([^"]+)"/g)) {
        for (const candidate of (m[1] ?? "").split(",")) {
          const url = candidate.trim().split(/\s+/)[0] ?? "";
          if (!onSite(url)) offsite.push(`${path}: srcset ${url}`);
        }
      }
      for (const m of tags.matchAll(/<link\b[^>]*>/g)) {
        const rel = /\brel="([^"]+)"/.exec(m[0])?.[1] ?? "";
        const href = /\bhref="([^"]+)"/.exec(m[0])?.[1] ?? "";
        // canonical, alternate and the like name addresses; these are what a browser fetches.
        if (
          /\b(stylesheet|icon|apple-touch-icon|preload|modulepreload|manifest|prefetch|preconnect|dns-prefetch)\b/.test(
            rel,
          ) &&
          !onSite(href)
        )
          offsite.push(`${path}: <link rel="${rel}"> ${href}`);
      }
    }
    expect(offsite.slice(0, 10), `${String(offsite.length)} off-site loads`).toEqual([]);
  });
});

describe("every redirect (alpha-2 codes, former slugs, events' former addresses)", () => {
  it("lives at a code, a country's former slug or an event's former id, and leads to a page that exists", () => {
    expect(redirects.length).toBeGreaterThan(190);
    for (const { path, redirectTo } of redirects) {
      expect(path, "a redirect lives at a code, a country's former slug or an event's former id").toMatch(
        /^(?:\/(?:ru|uk))?(?:\/countries\/[a-z0-9-]+\/|\/timeline\/\d{4}-\d{2}-\d{2}-[a-z0-9-]+\/)$/,
      );
      const target = pages.find((p) => p.path === redirectTo);
      expect(target, `${path} → ${String(redirectTo)} exists`).toBeDefined();
      expect(localeOfPath(redirectTo ?? ""), `${path} leads to a page of its own edition`).toBe(localeOfPath(path));
    }
  });

  it("sends a code, a former slug and an event's former id where they belong", () => {
    const to = (path: string) => redirects.find((p) => p.path === path)?.redirectTo;
    expect(to("/countries/kg/")).toBe("/countries/kyrgyzstan/");
    expect(to("/countries/russian-federation/")).toBe("/countries/russia/");
    expect(to("/timeline/2024-06-18-putin-visits-north-korea/")).toBe("/timeline/2024-06-19-putin-visits-north-korea/");
  });
});
