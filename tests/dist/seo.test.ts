/**
 * Search and sharing metadata, read from the built site in dist/ (npm test builds before Vitest runs):
 * every page's title, description, canonical address, Open Graph and Twitter tags and share card; the
 * sitemap, robots.txt, RSS feed, JSON-LD, icons and manifest. The helpers behind them (share cards, titles,
 * JSON-LD text) are unit-tested in tests/unit/seo.test.ts.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { textOf } from "../../src/lib/seo";
import { LOCALES, langParam, localeOfPath, pathInDefault, type Locale } from "../../src/lib/locales";
import { pngSize, xmlError } from "../formats";
import { DIST, htmlFiles, urlPath } from "../dist";
import { readEvents, readStates } from "../unit/content-data";
import { countrySlug, redirectSlugs, withCommonName } from "../../src/lib/country-name";

const MAX_CARD_BYTES = 100 * 1024;

/** A built HTML page: its path ("/", "/countries/kyrgyzstan/", "/404.html") and its markup. */
interface Page {
  path: string;
  html: string;
}

function htmlPages(): Page[] {
  return htmlFiles()
    .map((file) => ({ path: urlPath(file), html: readFileSync(file, "utf8") }))
    .sort((a, b) => a.path.localeCompare(b.path));
}

const all = existsSync(DIST) ? htmlPages() : [];
// Redirect pages (/countries/kg/ → /countries/kyrgyzstan/) carry their target's metadata, not their own.
// Embeds (/embed/, /ru/embed/, …) are pieces of their full pages for other sites' iframes, noindex, with no share card of their own.
const pages = all.filter(
  (p) => !p.html.includes('<meta http-equiv="refresh"') && !pathInDefault(p.path).startsWith("/embed/"),
);
const redirects = all.filter((p) => p.html.includes('<meta http-equiv="refresh"'));

const decode = (value: string) => textOf(value);
function attrs(tag: string): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const m of tag.matchAll(/([a-z:-]+)="([^"]*)"/gi)) out[(m[1] ?? "").toLowerCase()] = decode(m[2] ?? "");
  return out;
}
const head = (html: string) => html.slice(0, html.indexOf("</head>"));

/** The page's <meta> tags by property or name, its <link> tags by rel, its title and JSON-LD. */
function meta(page: Page) {
  const h = head(page.html);
  const tags = new Map<string, string[]>();
  for (const m of h.matchAll(/<meta\s[^>]*>/g)) {
    const a = attrs(m[0]);
    const key = a["property"] ?? a["name"];
    if (key !== undefined && a["content"] !== undefined) tags.set(key, [...(tags.get(key) ?? []), a["content"]]);
  }
  const links = [...h.matchAll(/<link\s[^>]*>/g)].map((m) => attrs(m[0]));
  const title = /<title>([^<]*)<\/title>/.exec(h)?.[1];
  const jsonLd = [...page.html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(
    (m) => m[1] ?? "",
  );
  return {
    one: (key: string) => {
      const values = tags.get(key) ?? [];
      expect(values, `${page.path}: exactly one ${key}`).toHaveLength(1);
      return values[0] ?? "";
    },
    link: (rel: string) => links.filter((l) => l["rel"] === rel),
    title: title === undefined ? undefined : decode(title),
    jsonLd,
  };
}

/** The text of each `<tag>` in `xml`, entities decoded. */
const elements = (xml: string, tag: string) =>
  [...xml.matchAll(new RegExp(`<${tag}(?:\\s[^>]*)?>([\\s\\S]*?)</${tag}>`, "g"))].map((m) => m[1] ?? "");

/** The dist file a path on the site is served from, or null when there is none. */
function distFile(path: string): string | null {
  const clean = decodeURIComponent(path.split("#")[0] ?? "");
  const candidates = clean.endsWith("/")
    ? [join(DIST, clean, "index.html")]
    : [join(DIST, clean), join(DIST, `${clean}.html`), join(DIST, clean, "index.html")];
  return candidates.find((f) => existsSync(f) && statSync(f).isFile()) ?? null;
}

const canonicalOf = (page: Page) => meta(page).link("canonical")[0]?.["href"] ?? "";
const origin = pages.length > 0 ? new URL(canonicalOf(pages[0] as Page)).origin : "";
const byPath = (path: string) => pages.find((p) => p.path === path);
/** The path of an absolute URL on the site, or null when it points elsewhere. */
const sitePath = (url: string) => (url.startsWith(`${origin}/`) ? url.slice(origin.length) : null);

/** The site's name in each edition, from its dictionary. */
const SITE_NAME = Object.fromEntries(
  LOCALES.map((l) => {
    const dict = JSON.parse(
      readFileSync(join(import.meta.dirname, `../../content/editions/${l}/ui/main.json`), "utf8"),
    ) as Record<string, string>;
    return [l, dict["site.name"] ?? ""];
  }),
) as Record<Locale, string>;
/** The prefix of an edition's paths: "" for the default, "/ru" for Russian. */
const prefix = (l: Locale) => (langParam(l) === undefined ? "" : `/${l}`);

const events = readEvents();
const states = (readStates() as { iso2: string; name: string; shortName?: string }[]).map(withCommonName);

describe("the built site's pages", () => {
  it.each(LOCALES)(
    "were built in %s: every event and country has a page, with redirects from codes and former slugs",
    (locale) => {
      const at = prefix(locale);
      expect(pages.length, "run `npx astro build` first").toBeGreaterThan(0);
      for (const e of events) expect(byPath(`${at}/timeline/${e.id}/`), e.id).toBeDefined();
      expect(pages.filter((p) => p.path.startsWith(`${at}/countries/`) && p.path !== `${at}/countries/`)).toHaveLength(
        states.length,
      );
      for (const s of states) expect(byPath(`${at}/countries/${countrySlug(s)}/`), s.name).toBeDefined();
      const former = events.flatMap((e) => (e.data as { formerIds?: string[] }).formerIds ?? []);
      for (const id of former) expect(byPath(`${at}/timeline/${id}/`), `${id} is a redirect`).toBeUndefined();
      const slugs = states.flatMap(redirectSlugs);
      expect(slugs).toContain("russian-federation");
      expect(
        redirects
          .map((r) => r.path)
          .filter((p) => localeOfPath(p) === locale)
          .sort(),
      ).toEqual([...slugs.map((s) => `${at}/countries/${s}/`), ...former.map((id) => `${at}/timeline/${id}/`)].sort());
    },
  );

  it("redirect pages carry their target's title, description, canonical address and share card, and noindex", () => {
    for (const redirect of redirects) {
      const to = /<meta http-equiv="refresh" content="0;url=([^"]+)"/.exec(redirect.html)?.[1] ?? "";
      const target = byPath(to);
      expect(target, `${redirect.path} leads to a page: ${to}`).toBeDefined();
      const [r, t] = [meta(redirect), meta(target as Page)];
      expect(r.title, redirect.path).toBe(t.title);
      expect(r.link("canonical"), redirect.path).toEqual(t.link("canonical"));
      for (const key of ["description", "og:title", "og:description", "og:url", "og:image", "og:image:alt"]) {
        expect(r.one(key), `${redirect.path}: ${key}`).toBe(t.one(key));
      }
      for (const key of ["twitter:card", "twitter:title", "twitter:description", "twitter:image"]) {
        expect(r.one(key), `${redirect.path}: ${key}`).toBe(t.one(key));
      }
      expect(r.one("robots"), redirect.path).toBe("noindex");
      expect(redirect.html, `${redirect.path} links its target for a reader whose browser does not refresh`).toContain(
        `<a href="${to}">`,
      );
    }
  });

  it("each have a title, a description, a canonical link and Open Graph and Twitter tags that agree", () => {
    for (const page of pages) {
      const m = meta(page);
      expect(m.title, `${page.path}: <title>`).toBeTruthy();
      const description = m.one("description");
      expect(description.length, `${page.path}: description`).toBeGreaterThan(20);
      const canonical = m.link("canonical");
      expect(canonical, `${page.path}: one canonical link`).toHaveLength(1);
      const url = canonical[0]?.["href"] ?? "";
      expect(url.startsWith(`${origin}/`), `${page.path}: canonical ${url} is on the site`).toBe(true);
      expect(m.one("og:url")).toBe(url);
      expect(m.one("og:title").length).toBeGreaterThan(3);
      const og = m.one("og:title");
      const t = m.title ?? "";
      const site = SITE_NAME[localeOfPath(page.path)];
      const fits = t === og || t === `${og} | ${site}` || (t.endsWith("…") && og.startsWith(t.slice(0, -1)));
      expect(fits, `${page.path}: <title> "${t}" is og:title "${og}", with the site name or cut short`).toBe(true);
      expect(t.length, `${page.path}: <title> fits in search results`).toBeLessThanOrEqual(70);
      expect(m.one("og:description")).toBe(description);
      expect(m.one("og:site_name")).toBe(site);
      expect(["article", "website"]).toContain(m.one("og:type"));
      expect(m.one("og:image:width")).toBe("1200");
      expect(m.one("og:image:height")).toBe("630");
      expect(m.one("og:image:alt").length, `${page.path}: og:image:alt`).toBeGreaterThan(10);
      expect(m.one("twitter:card")).toBe("summary_large_image");
      expect(m.one("twitter:title")).toBe(m.one("og:title"));
      expect(m.one("twitter:description")).toBe(description);
      expect(m.one("twitter:image")).toBe(m.one("og:image"));
      expect(m.one("twitter:image:alt")).toBe(m.one("og:image:alt"));
      expect(m.link("manifest")[0]?.["href"], `${page.path}: manifest`).toBe("/manifest.webmanifest");
      expect(m.link("apple-touch-icon")[0]?.["href"], `${page.path}: apple-touch-icon`).toBe("/apple-touch-icon.png");
    }
  });

  it("the explainer is an article; the others are websites", () => {
    expect(meta(byPath("/") as Page).one("og:type")).toBe("article");
    expect(meta(byPath("/about/") as Page).one("og:type")).toBe("website");
  });

  it.each(LOCALES)("have unique titles and descriptions within the %s edition", (locale) => {
    const own = pages.filter((p) => localeOfPath(p.path) === locale);
    const titles = own.map((p) => meta(p).title);
    const descriptions = own.map((p) => meta(p).one("description"));
    const twice = (list: (string | undefined)[]) => list.filter((t, i) => list.indexOf(t) !== i);
    expect(twice(titles), "titles used on two pages").toEqual([]);
    expect(twice(descriptions), "descriptions used on two pages").toEqual([]);
  });

  it("each have a canonical address that is the page itself", () => {
    for (const page of pages) {
      const path = sitePath(canonicalOf(page));
      expect(path, `${page.path}: canonical on the site`).not.toBeNull();
      const file = distFile(path ?? "");
      expect(file, `${page.path}: canonical ${String(path)} exists in dist`).not.toBeNull();
      expect(file && readFileSync(file, "utf8"), `${page.path}: canonical is this page`).toBe(page.html);
    }
  });

  it("each have their own share card: a 1200×630 PNG under 100 KB in dist", () => {
    const images = new Set<string>();
    for (const page of pages) {
      const url = meta(page).one("og:image");
      const path = sitePath(url);
      expect(path, `${page.path}: og:image ${url} is on the site`).toMatch(/^\/og\/.+\.png$/);
      const file = distFile(path ?? "");
      expect(file, `${page.path}: ${String(path)} exists`).not.toBeNull();
      const bytes = readFileSync(file ?? "");
      expect(pngSize(bytes), `${String(path)} is a 1200×630 PNG`).toEqual({ width: 1200, height: 630 });
      expect(bytes.length, `${String(path)} is under 100 KB`).toBeLessThan(MAX_CARD_BYTES);
      images.add(url);
    }
    expect(images.size, "no two pages share a card").toBe(pages.length);
  });

  it("a country's card describes its status and an event's card its date and kind", () => {
    const kyrgyzstan = meta(byPath("/countries/kyrgyzstan/") as Page).one("og:image:alt");
    expect(kyrgyzstan).toContain("Kyrgyzstan");
    expect(kyrgyzstan).toContain("Signed, not ratified");
    const event = events.find((e) => e.id === "2023-03-17-icc-issues-putin-warrant") ?? events[0];
    const alt = meta(byPath(`/timeline/${event?.id ?? ""}/`) as Page).one("og:image:alt");
    const data = event?.data as { title: string };
    expect(alt).toContain(data.title);
    expect(alt).toMatch(/Timeline · (Court|Travel|Membership|Diplomacy|War)/);
    expect(alt).toMatch(/\d{1,2} [A-Z][a-z]+ \d{4}/);
  });

  it("gives an edition's page the edition's own card, described in its words", () => {
    const ru = meta(byPath("/ru/countries/kyrgyzstan/") as Page);
    expect(sitePath(ru.one("og:image"))).toBe("/og/ru/countries/kyrgyzstan.png");
    expect(ru.one("og:image:alt")).toMatch(/^Страны и МУС\. Кыргызстан\. /);
    expect(ru.one("og:image:alt")).not.toMatch(/Kyrgyzstan|Signed/);
    const uk = meta(byPath("/uk/timeline/2023-03-17-icc-issues-putin-warrant/") as Page);
    expect(sitePath(uk.one("og:image"))).toBe("/og/uk/timeline/2023-03-17-icc-issues-putin-warrant.png");
    expect(uk.one("og:image:alt")).toMatch(/^Хронологія · [А-ЯІЇЄҐ][а-яіїєґ']+\. 17 березня 2023 року/);
    expect(sitePath(meta(byPath("/ru/") as Page).one("og:image"))).toBe("/og/ru.png");
  });
});

describe("the sitemap and robots.txt", () => {
  const index = existsSync(join(DIST, "sitemap-index.xml"))
    ? readFileSync(join(DIST, "sitemap-index.xml"), "utf8")
    : "";
  const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? "");
  const locs = sitemaps.flatMap((url) => {
    const file = distFile(sitePath(url) ?? "");
    return file ? [...readFileSync(file, "utf8").matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => decode(m[1] ?? "")) : [];
  });

  it("is well-formed XML and lists every page but the 404 and the redirects, each once", () => {
    expect(xmlError(index)).toBeNull();
    for (const url of sitemaps) expect(xmlError(readFileSync(distFile(sitePath(url) ?? "") ?? "", "utf8"))).toBeNull();
    expect(sitemaps.length).toBeGreaterThan(0);
    expect(new Set(locs).size).toBe(locs.length);
    const listed = new Set(locs.map((u) => sitePath(u)));
    const expected = pages.filter((p) => pathInDefault(p.path) !== "/404.html").map((p) => p.path);
    expect(
      expected.filter((p) => !listed.has(p)),
      "pages missing from the sitemap",
    ).toEqual([]);
    expect(locs.length).toBe(expected.length);
  });

  it("points only at pages that exist and are not redirects", () => {
    for (const url of locs) {
      const path = sitePath(url);
      expect(path, `${url} is on the site`).not.toBeNull();
      const page = byPath(path ?? "");
      expect(page, `${url} is a page in dist (not a redirect or a missing page)`).toBeDefined();
    }
  });

  it("robots.txt names the sitemap by its absolute address", () => {
    const robots = readFileSync(join(DIST, "robots.txt"), "utf8");
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).toContain(`Sitemap: ${origin}/sitemap-index.xml`);
    expect(robots).not.toMatch(/^Disallow: \/$/m);
  });
});

describe.each(LOCALES)("the %s edition's RSS feed", (locale) => {
  const at = prefix(locale);
  const feed = join(DIST, at, "rss.xml");
  const text = existsSync(feed) ? readFileSync(feed, "utf8") : "";
  const channel = text.slice(0, text.indexOf("<item>"));
  const items = elements(text, "item").map((item) => {
    const field = (tag: string) => {
      const value = elements(item, tag)[0];
      return value === undefined ? undefined : decode(value);
    };
    return { title: field("title"), link: field("link"), pubDate: field("pubDate"), guid: field("guid") };
  });

  it("is well-formed XML with a channel title and link, and is linked from every page", () => {
    expect(xmlError(text)).toBeNull();
    expect(text).toMatch(/^<\?xml[^>]*\?><rss version="2\.0">/);
    expect(elements(channel, "title")[0]).toBe(SITE_NAME[locale]);
    expect(elements(channel, "link")[0]).toBe(`${origin}${at}/`);
    for (const page of pages.filter((p) => localeOfPath(p.path) === locale)) {
      expect(
        meta(page)
          .link("alternate")
          .some((l) => l["href"] === `${at}/rss.xml`),
        page.path,
      ).toBe(true);
    }
  });

  it("has every timeline event and the explainer's updates, each with title, link, pubDate and guid", () => {
    const article = readFileSync(join(import.meta.dirname, "../../content/article/explainer.mdx"), "utf8");
    const updates = (/\nupdates:\n((?: {2}.*\n)+)/.exec(article)?.[1] ?? "").match(/- date:/g)?.length ?? 0;
    expect(updates).toBeGreaterThan(0);
    expect(items).toHaveLength(events.length + updates);
    const guids = new Set<string>();
    for (const item of items) {
      expect((item.title ?? "").length, JSON.stringify(item)).toBeGreaterThan(3);
      const link = item.link ?? "";
      expect(sitePath(link), `${link} is on the site`).not.toBeNull();
      expect(distFile(sitePath(link) ?? ""), `${link} exists`).not.toBeNull();
      expect(Number.isNaN(Date.parse(item.pubDate ?? "")), `${link}: pubDate`).toBe(false);
      expect(item.guid, `${link}: guid`).toBeTruthy();
      guids.add(item.guid ?? "");
    }
    expect(guids.size, "guids are unique").toBe(items.length);
    for (const e of events)
      expect(
        items.some((i) => i["link"] === `${origin}${at}/timeline/${e.id}/`),
        e.id,
      ).toBe(true);
  });

  it("lists items newest first", () => {
    const dates = items.map((i) => Date.parse(i.pubDate ?? ""));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  });
});

describe("structured data (JSON-LD)", () => {
  const ld = (path: string) => {
    const page = byPath(path);
    expect(page, `${path} is built`).toBeDefined();
    return meta(page as Page).jsonLd.map((t) => JSON.parse(t) as Record<string, unknown>);
  };
  const exists = (url: unknown) => typeof url === "string" && distFile(sitePath(url) ?? "") !== null;

  it("parses on every page and never holds a raw '<'", () => {
    for (const page of pages) {
      for (const text of meta(page).jsonLd) {
        expect(text, `${page.path}: JSON-LD has no raw <`).not.toContain("<");
        expect(() => JSON.parse(text) as unknown, page.path).not.toThrow();
      }
    }
  });

  it("the explainer is a NewsArticle with its dates, organisation, image and citations", () => {
    const article = ld("/").find((d) => d["@type"] === "NewsArticle");
    expect(article).toBeDefined();
    const a = article as Record<string, unknown>;
    expect(a["@context"]).toBe("https://schema.org");
    expect(a["headline"]).toBe(meta(byPath("/") as Page).one("og:title"));
    expect(a["datePublished"]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(a["dateModified"]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    for (const who of [a["author"], a["publisher"]] as Record<string, unknown>[]) {
      expect(who["@type"]).toBe("Organization");
      expect(who["name"]).toBe("The Putin Warrant, Explained");
    }
    const images = a["image"] as string[];
    expect(images.length).toBeGreaterThan(0);
    expect(images.every(exists)).toBe(true);
    const citations = a["citation"] as string[];
    expect(citations.length).toBeGreaterThan(5);
    for (const c of citations) expect(c).toMatch(/^https?:\/\//);
  });

  it("the about page has a Dataset for each download, whose files exist", () => {
    const datasets = ld("/about/").filter((d) => d["@type"] === "Dataset");
    const files = datasets.flatMap((d) => (d["distribution"] as { contentUrl: string }[]).map((f) => f.contentUrl));
    expect(files.map((f) => sitePath(f)).sort()).toEqual([
      "/data/icc-states.csv",
      "/data/icc-states.json",
      "/data/timeline.json",
      "/data/trips.json",
    ]);
    for (const d of datasets) {
      expect(typeof d["name"] === "string" && typeof d["description"] === "string").toBe(true);
      expect(d["license"]).toBe("https://creativecommons.org/licenses/by/4.0/");
      expect(d["dateModified"]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      for (const f of d["distribution"] as { contentUrl: string; encodingFormat: string }[]) {
        expect(exists(f.contentUrl), f.contentUrl).toBe(true);
        expect(["application/json", "text/csv"]).toContain(f.encodingFormat);
      }
    }
  });

  it("country and event pages have a BreadcrumbList ending at the page, through pages that exist", () => {
    const nested = pages.filter((p) => /^\/(countries|timeline)\/[^/]+\/$/.test(p.path));
    expect(nested.length).toBe(states.length + events.length);
    for (const page of nested) {
      const crumbs = meta(page)
        .jsonLd.map((t) => JSON.parse(t) as Record<string, unknown>)
        .find((d) => d["@type"] === "BreadcrumbList");
      expect(crumbs, `${page.path}: BreadcrumbList`).toBeDefined();
      const list = (crumbs?.["itemListElement"] ?? []) as { position: number; name: string; item: string }[];
      expect(list.map((c) => c.position)).toEqual(list.map((_, i) => i + 1));
      expect(list.at(-1)?.item).toBe(canonicalOf(page));
      for (const c of list) {
        expect(c.name.length).toBeGreaterThan(1);
        expect(exists(c.item), `${page.path}: ${c.item}`).toBe(true);
      }
    }
  });
});

describe("icons and the web manifest", () => {
  it("the manifest parses and its PNG icons are the sizes it says", () => {
    const manifest = JSON.parse(readFileSync(join(DIST, "manifest.webmanifest"), "utf8")) as {
      name: string;
      start_url: string;
      icons: { src: string; sizes: string; type: string }[];
    };
    expect(manifest.name).toBe("The Putin Warrant, Explained");
    expect(distFile(manifest.start_url)).not.toBeNull();
    const pngs = manifest.icons.filter((i) => i.type === "image/png");
    expect([...new Set(pngs.map((i) => i.sizes))].sort()).toEqual(["192x192", "512x512"]);
    for (const icon of manifest.icons) {
      const file = distFile(icon.src);
      expect(file, icon.src).not.toBeNull();
      if (icon.type !== "image/png") continue;
      const [w, h] = icon.sizes.split("x").map(Number);
      expect(pngSize(readFileSync(file ?? "")), icon.src).toEqual({ width: w, height: h });
    }
  });

  it("the apple-touch-icon is a 180×180 PNG", () => {
    expect(pngSize(readFileSync(join(DIST, "apple-touch-icon.png")))).toEqual({ width: 180, height: 180 });
  });
});
