/**
 * Every internal link in the built site leads somewhere: each href and src that starts with "/" or is relative
 * (or is an absolute URL on the site's own address) names a file in dist/, and each #fragment names an id on the
 * page it points to. External links are not fetched. Needs `npm run build` first.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { DIST, htmlFiles, urlPath } from "../dist";

const ROOT = resolve(import.meta.dirname, "../..");
import { FileSystemConfigLoader, Parser, type HtmlElement } from "html-validate";
import { describe, expect, it } from "vitest";

/** Stands for the site's address while resolving relative links; never requested. */
const LOCAL = "http://dist.invalid";

const ENTITIES: Record<string, string> = { amp: "&", quot: '"', apos: "'", lt: "<", gt: ">", nbsp: "\u00a0" };
/** Attribute values come back from the parser as written: decode the character references. */
function decode(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref.startsWith("#x") || ref.startsWith("#X")) return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith("#")) return String.fromCodePoint(Number(ref.slice(1)));
    return ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

/** The file in dist/ a path is served from, as a static host finds it, or null. */
function fileFor(pathname: string): string | null {
  const base = join(DIST, pathname);
  const candidates = pathname.endsWith("/")
    ? [join(base, "index.html")]
    : [base, join(base, "index.html"), `${base}.html`];
  for (const c of candidates) if (existsSync(c) && statSync(c).isFile()) return c;
  return null;
}

describe("internal links in the built site", () => {
  it("every internal href and src names a file in dist/, and every #fragment an id on that page", async () => {
    expect(existsSync(join(DIST, "index.html")), "dist/ is missing: run `npm run build` first").toBe(true);
    const config = await new FileSystemConfigLoader().getConfigFor("page.html");
    const parsed = new Map<string, HtmlElement>();
    const parse = (file: string): HtmlElement => {
      let root = parsed.get(file);
      if (!root) {
        root = new Parser(config).parseHtml(readFileSync(file, "utf8"));
        parsed.set(file, root);
      }
      return root;
    };
    const idsCache = new Map<string, Set<string>>();
    const idsOf = (file: string): Set<string> => {
      let ids = idsCache.get(file);
      if (!ids) {
        ids = new Set(
          parse(file)
            .querySelectorAll("[id]")
            .map((el) => decode(el.id ?? "")),
        );
        idsCache.set(file, ids);
      }
      return ids;
    };

    // The site's own address, from the home page's canonical link: absolute links to it are internal too.
    const canonical = parse(join(DIST, "index.html")).querySelector('link[rel="canonical"]')?.getAttributeValue("href");
    expect(canonical, "the home page has a canonical link").toBeTruthy();
    const siteOrigin = new URL(canonical ?? LOCAL).origin;

    const files = htmlFiles(DIST);
    const problems: string[] = [];
    let checked = 0;
    let fragments = 0;
    for (const file of files) {
      const page = urlPath(file);
      const name = relative(ROOT, file).split(sep).join("/");
      const refs: { what: string; value: string }[] = [];
      for (const el of parse(file).querySelectorAll("[href], [src], [srcset], meta")) {
        for (const attr of ["href", "src"]) {
          const v = el.getAttributeValue(attr);
          if (v !== null) refs.push({ what: `<${el.tagName} ${attr}>`, value: decode(v) });
        }
        const srcset = el.getAttributeValue("srcset");
        if (srcset !== null) {
          for (const part of decode(srcset).split(",")) {
            const url = part.trim().split(/\s+/)[0];
            if (url) refs.push({ what: `<${el.tagName} srcset>`, value: url });
          }
        }
        if (el.tagName === "meta") {
          const content = decode(el.getAttributeValue("content") ?? "");
          const refresh = /^\d+;\s*url=(.+)$/i.exec(content);
          if (el.getAttributeValue("http-equiv")?.toLowerCase() === "refresh" && refresh?.[1]) {
            refs.push({ what: "<meta refresh>", value: refresh[1] });
          }
          const property = el.getAttributeValue("property") ?? el.getAttributeValue("name") ?? "";
          if (/^(og|twitter):(image|url)$/.test(property) && content)
            refs.push({ what: `<meta ${property}>`, value: content });
        }
      }

      for (const { what, value } of refs) {
        const raw = value.trim();
        if (/^javascript:/i.test(raw)) {
          problems.push(`${name}: ${what} "${raw}": a javascript: URL`);
          continue;
        }
        if (raw.startsWith("//")) continue;
        let url: URL;
        try {
          url = new URL(raw, `${LOCAL}${page}`);
        } catch {
          problems.push(`${name}: ${what} "${raw}": not a valid URL`);
          continue;
        }
        const internal = url.origin === LOCAL || url.origin === siteOrigin;
        if (!internal) continue; // another host, mailto:, tel:, data: — not fetched
        checked += 1;
        let pathname: string;
        try {
          pathname = decodeURIComponent(url.pathname);
        } catch {
          problems.push(`${name}: ${what} "${raw}": malformed percent-encoding`);
          continue;
        }
        const target = fileFor(pathname);
        if (!target) {
          problems.push(`${name}: ${what} "${raw}": no file in dist/ for ${pathname}`);
          continue;
        }
        if (url.hash.length > 1) {
          fragments += 1;
          let id: string;
          try {
            id = decodeURIComponent(url.hash.slice(1));
          } catch {
            problems.push(`${name}: ${what} "${raw}": malformed percent-encoding in the fragment`);
            continue;
          }
          if (!target.endsWith(".html")) {
            problems.push(`${name}: ${what} "${raw}": a #fragment on a file that is not a page`);
          } else if (id !== "top" && !idsOf(target).has(id)) {
            const on = target === file ? "this page" : relative(ROOT, target).split(sep).join("/");
            problems.push(`${name}: ${what} "${raw}": no id="${id}" on ${on}`);
          }
        }
      }
    }

    expect(files.length).toBeGreaterThan(5);
    expect(checked, "internal links found").toBeGreaterThan(files.length);
    expect(fragments, "fragment links found (skip links at least)").toBeGreaterThan(0);
    const shown = problems.slice(0, 80);
    const more = problems.length > shown.length ? [`… and ${problems.length - shown.length} more`] : [];
    expect(
      problems.length,
      `${problems.length} broken internal links (of ${checked} checked in ${files.length} pages):\n` +
        [...shown, ...more].join("\n") +
        "\n",
    ).toBe(0);
  }, 180_000);
});
