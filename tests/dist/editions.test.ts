/**
 * The editions (English at /, Russian at /ru/, Ukrainian at /uk/), read from the built site in dist/: each page
 * says its language, names the same page in every edition (hreflang, the language switcher, the sitemap) and its
 * Open Graph locale; a Russian or Ukrainian page reads in its language, with no English interface string left and
 * links that stay in its edition; each edition has its feed. Every file is read and parsed once, for all the checks.
 * Needs `npm run build` first.
 */
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { FileSystemConfigLoader, HtmlElement, Parser } from "html-validate";
import { describe, expect, it } from "vitest";
import { DEFAULT_LOCALE, LOCALES, LOCALE_INFO, localeOfPath, pathInDefault, type Locale } from "../../src/lib/locales";
import { scopesOf } from "../../src/lib/edition-words";
import { textOf } from "../../src/lib/seo";
import { DIST, htmlFiles, urlPath } from "../dist";

const ROOT = resolve(import.meta.dirname, "../..");
const REFRESH = /<meta http-equiv="refresh" content="\d+;url=([^"]+)"/;
/** The editions other than the default: the ones whose words must not be English. */
const TRANSLATED = LOCALES.filter((l) => l !== DEFAULT_LOCALE);

/** An edition's interface strings: every content/editions/<l>/ui/*.json, merged. */
function dictionary(locale: Locale): Record<string, string> {
  const dir = join(ROOT, "content/editions", locale, "ui");
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith(".json"))
    .sort())
    Object.assign(out, JSON.parse(readFileSync(join(dir, name), "utf8")) as Record<string, string>);
  return out;
}
const DICTS = Object.fromEntries(LOCALES.map((l) => [l, dictionary(l)])) as Record<Locale, Record<string, string>>;

/** The index of the `}` that closes the `{` at `open`, or -1. */
function closing(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    if (s[i] === "{") depth++;
    else if (s[i] === "}" && --depth === 0) return i;
  }
  return -1;
}

/**
 * The literal words of a template, split on its placeholders: "Was {country} a State Party on {date}?" →
 * ["Was", "a State Party on", "?"]; inside a plural, each form's words split on "#" too.
 */
export function literalPieces(template: string): string[] {
  const out: string[] = [];
  let text = "";
  for (let i = 0; i < template.length; i++) {
    const close = template[i] === "{" ? closing(template, i) : -1;
    if (close < 0) {
      text += template.charAt(i);
      continue;
    }
    out.push(text);
    text = "";
    const plural = /^\s*\w+\s*,\s*(?:plural|select)\s*,([\s\S]*)$/.exec(template.slice(i + 1, close));
    const body = plural?.[1] ?? "";
    for (let j = 0, m; (m = /^\s*=?\w+\s*\{/.exec(body.slice(j)));) {
      const at = j + m[0].length - 1;
      const end = closing(body, at);
      if (end < 0) break;
      out.push(...literalPieces(body.slice(at + 1, end)).flatMap((p) => p.split("#")));
      j = end + 1;
    }
    i = close;
  }
  out.push(text);
  return out.map((p) => p.replace(/\s+/g, " ").trim()).filter((p) => p !== "");
}

/** The longest run of letters in a piece: looked up in a page's words before the piece is searched for. */
const longestWord = (piece: string) =>
  (piece.match(/\p{L}+/gu) ?? []).reduce((a, b) => (b.length > a.length ? b : a), "");

/**
 * The English interface strings a translated edition must not show: the words of every English value longer than
 * 12 characters once its placeholders are cut out, unless the edition's own value keeps them (a name, a code).
 */
const ENGLISH_PIECES = Object.fromEntries(
  TRANSLATED.map((l) => [
    l,
    Object.entries(DICTS.en)
      .filter(([key]) => !key.startsWith("_"))
      .flatMap(([key, value]) =>
        literalPieces(value)
          .filter((piece) => piece.length > 12 && !(DICTS[l][key] ?? "").includes(piece))
          .map((piece) => ({ key, piece, word: longestWord(piece) })),
      ),
  ]),
) as Record<Locale, { key: string; piece: string; word: string }[]>;

/** Elements whose text a reader never sees as text. */
const SKIP = new Set(["script", "style", "template", "svg"]);
/** Inline elements: their text runs on with their neighbours', as a browser shows it. */
const INLINE = new Set(
  "a abbr b bdi bdo cite code data dfn em i kbd mark q s samp small span strong sub sup time u var".split(" "),
);
/** Attributes a reader meets as words: names read by screen readers, tooltips, hints. */
const WORDY_ATTRS = ["aria-label", "alt", "title", "placeholder"];

interface Link {
  href: string;
  /** Marked as leading to another language (`lang` or `hreflang` on the link). */
  marked: boolean;
  inSwitcher: boolean;
}

interface Page {
  path: string;
  locale: Locale;
  htmlLang: string | null;
  isEmbed: boolean;
  alternates: { hreflang: string; href: string }[];
  ogLocale: string[];
  ogLocaleAlternate: string[];
  /** Every <nav> that holds links marked with hreflang: the language switcher. */
  switchers: { label: string; links: { href: string; hreflang: string; lang: string }[]; current: string[] }[];
  links: Link[];
  /** The words of <main> in the page's language: no element in another language, no source title, URL or code. */
  mainText: string;
  /** The same over the whole page, with its title, description and the words of its attributes. */
  pageText: string;
}

const ENTITIES: Record<string, string> = { amp: "&", quot: '"', apos: "'", lt: "<", gt: ">", nbsp: "\u00a0" };
const decode = (value: string) =>
  value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref.startsWith("#x") || ref.startsWith("#X")) return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith("#")) return String.fromCodePoint(Number(ref.slice(1)));
    return ENTITIES[ref.toLowerCase()] ?? whole;
  });

const primary = (lang: string) => lang.toLowerCase().split("-")[0] ?? "";
const attr = (el: HtmlElement, name: string) => {
  const v = el.getAttributeValue(name);
  return v === null ? null : decode(v);
};

/** The site's origin, from the English home page's canonical link. */
const ORIGIN = existsSync(join(DIST, "index.html"))
  ? new URL(/<link rel="canonical" href="([^"]+)"/.exec(readFileSync(join(DIST, "index.html"), "utf8"))?.[1] ?? "")
      .origin
  : "";

/** Whether an href leaves the site (a source, another host), as opposed to an internal address. */
const offSite = (href: string) => /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(href) && !href.startsWith(`${ORIGIN}/`);

/** Reads one built page: one parse, one walk, everything the checks below need. */
function readPage(path: string, html: string, parser: Parser): Page {
  const locale = localeOfPath(path);
  const root = parser.parseHtml(html);
  const page: Page = {
    path,
    locale,
    htmlLang: root.querySelector("html")?.getAttributeValue("lang") ?? null,
    isEmbed: pathInDefault(path).startsWith("/embed/"),
    alternates: [],
    ogLocale: [],
    ogLocaleAlternate: [],
    switchers: [],
    links: [],
    mainText: "",
    pageText: "",
  };
  for (const link of root.querySelectorAll('head link[rel="alternate"][hreflang]'))
    page.alternates.push({ hreflang: attr(link, "hreflang") ?? "", href: attr(link, "href") ?? "" });
  for (const meta of root.querySelectorAll("head meta[property]")) {
    const property = meta.getAttributeValue("property");
    if (property === "og:locale") page.ogLocale.push(attr(meta, "content") ?? "");
    if (property === "og:locale:alternate") page.ogLocaleAlternate.push(attr(meta, "content") ?? "");
  }
  const words: string[] = [];
  const title = root.querySelector("head title");
  if (title) words.push(title.textContent, "\n");
  const description = root.querySelector('head meta[name="description"]');
  if (description) words.push(attr(description, "content") ?? "", "\n");

  const main: string[] = [];
  /** Walks the body: `inMain` once inside <main>; an element in another language, a source or code is left out. */
  const walk = (el: HtmlElement, inMain: boolean, switcher: Page["switchers"][number] | null) => {
    for (const node of el.childNodes) {
      if (node.nodeType === 3) {
        const text = decode(node.textContent);
        words.push(text);
        if (inMain) main.push(text);
        continue;
      }
      if (!(node instanceof HtmlElement)) continue;
      const child = node;
      const tag = child.tagName;
      if (SKIP.has(tag)) continue;
      const lang = attr(child, "lang");
      const href = tag === "a" ? attr(child, "href") : null;
      let inSwitcher = switcher;
      if (tag === "nav" && child.querySelector("a[hreflang]")) {
        inSwitcher = { label: attr(child, "aria-label") ?? "", links: [], current: [] };
        page.switchers.push(inSwitcher);
      }
      if (inSwitcher && child.getAttributeValue("aria-current") !== null && lang) inSwitcher.current.push(lang);
      if (href !== null) {
        const hreflang = attr(child, "hreflang");
        page.links.push({ href, marked: lang !== null || hreflang !== null, inSwitcher: inSwitcher !== null });
        if (inSwitcher && hreflang !== null) inSwitcher.links.push({ href, hreflang, lang: lang ?? "" });
      }
      // A source's entry in a list (its title linked off-site, its publisher beside it) is the source's own words.
      if (tag === "li" && child.childElements.some((c) => c.tagName === "a" && offSite(attr(c, "href") ?? ""))) {
        for (const a of child.querySelectorAll("a")) {
          page.links.push({ href: attr(a, "href") ?? "", marked: true, inSwitcher: false });
        }
        continue;
      }
      // In another language (lang="en" on English shown in a translated edition), a source's title or address,
      // or code: not the edition's words.
      if ((lang !== null && primary(lang) !== locale) || tag === "code" || (href !== null && offSite(href))) continue;
      // A citation's name ("Source 74: International Criminal Court, Assembly of States Parties") names its publisher.
      const citation = href?.startsWith("#source-") === true;
      for (const name of citation ? [] : WORDY_ATTRS) {
        const value = attr(child, name);
        if (value) words.push("\n", value, "\n");
      }
      const gap = INLINE.has(tag) ? "" : "\n";
      words.push(gap);
      if (inMain) main.push(gap);
      walk(child, inMain || tag === "main", inSwitcher);
      words.push(gap);
      if (inMain) main.push(gap);
    }
  };
  const body = root.querySelector("body");
  if (body) walk(body, false, null);
  // Addresses written out as text are not the edition's words either.
  const clean = (parts: string[]) =>
    parts
      .join("")
      .replace(/\bhttps?:\/\/\S+/g, " ")
      .replace(/\s+/g, " ")
      .trim();
  page.mainText = clean(main);
  page.pageText = clean(words);
  return page;
}

const built = existsSync(join(DIST, "index.html"));
const parser = new Parser(await new FileSystemConfigLoader().getConfigFor("page.html"));
/** Every built page but the redirects (they carry their target's metadata, and are checked in pages.test.ts). */
const pages: Page[] = [];
if (built) {
  for (const file of htmlFiles()) {
    const html = readFileSync(file, "utf8");
    if (!REFRESH.test(html)) pages.push(readPage(urlPath(file), html, parser));
  }
}
const byPath = new Map(pages.map((p) => [p.path, p]));
const inEdition = (l: Locale) => pages.filter((p) => p.locale === l);
/** Full pages: what a search engine indexes and a reader switches between (embeds are pieces for iframes). */
const fullPages = (l: Locale) => inEdition(l).filter((p) => !p.isEmbed);

/** The path of the page at `path` in edition `l`: "/ru/timeline/" in "uk" → "/uk/timeline/". */
const pathIn = (path: string, l: Locale) => {
  const base = pathInDefault(path);
  return l === DEFAULT_LOCALE ? base : `/${l}${base}`;
};

/** The file in dist/ a path is served from, as a static host finds it, or null. */
const fileCache = new Map<string, string | null>();
function fileFor(pathname: string): string | null {
  let found = fileCache.get(pathname);
  if (found === undefined) {
    const base = join(DIST, pathname);
    const candidates = pathname.endsWith("/")
      ? [join(base, "index.html")]
      : [base, join(base, "index.html"), `${base}.html`];
    found = candidates.find((c) => existsSync(c) && statSync(c).isFile()) ?? null;
    fileCache.set(pathname, found);
  }
  return found;
}

/** A failure list as a readable message: the first `n` lines (EDITIONS_SHOW=1000 for more) and how many more. */
function shown(problems: string[], n = Number(process.env["EDITIONS_SHOW"] ?? 25)): string {
  const more = problems.length > n ? [`… and ${String(problems.length - n)} more`] : [];
  return `${String(problems.length)} problems:\n${[...problems.slice(0, n), ...more].join("\n")}\n`;
}

describe("the checks over the editions", () => {
  it("split a template on its placeholders, plural forms too", () => {
    expect(literalPieces("Was {country} a State Party on {date}?")).toEqual(["Was", "a State Party on", "?"]);
    expect(literalPieces("{n, plural, one {# trip abroad} other {# trips abroad}} since the warrant")).toEqual([
      "trip abroad",
      "trips abroad",
      "since the warrant",
    ]);
  });

  it('see English left in a Russian page, but not inside lang="en", a source\'s title or code', () => {
    const read = (body: string) =>
      readPage(
        "/ru/x/",
        `<!DOCTYPE html><html lang="ru"><head><title>Т</title></head><body><main>${body}</main></body></html>`,
        parser,
      );
    const page = read(
      '<p>Проверить страну <span lang="en">Check any country</span> <a href="https://a.example/">Some Title</a> ' +
        '<code>iso2</code></p><button aria-label="Switch to the dark theme">Тема</button>',
    );
    expect(page.mainText).toBe("Проверить страну Тема");
    expect(page.pageText).toContain("Switch to the dark theme");
    expect(page.pageText).not.toContain("Check any country");
  });
});

describe.runIf(built)("every edition", () => {
  it("has every page in every edition, and more than 1500 pages in all", () => {
    expect(pages.length, "run `npx astro build` first").toBeGreaterThan(1500);
    const missing: string[] = [];
    for (const page of pages)
      for (const l of LOCALES) if (!byPath.has(pathIn(page.path, l))) missing.push(`${page.path}: no ${l} page`);
    expect(missing.length, shown(missing)).toBe(0);
  });

  it.each(LOCALES)("%s: every page's <html lang> is its edition", (l) => {
    const wrong = inEdition(l)
      .filter((p) => primary(p.htmlLang ?? "") !== l)
      .map((p) => `${p.path}: lang="${String(p.htmlLang)}"`);
    expect(wrong.length, shown(wrong)).toBe(0);
  });

  it.each(LOCALES)(
    "%s: every page names itself in every edition and x-default, absolute, existing and reciprocal",
    (l) => {
      const problems: string[] = [];
      const expected = (path: string) =>
        [
          ...LOCALES.map((e) => `${e} ${ORIGIN}${pathIn(path, e)}`),
          `x-default ${ORIGIN}${pathIn(path, DEFAULT_LOCALE)}`,
        ].sort();
      const set = (p: Page) => p.alternates.map((a) => `${a.hreflang} ${a.href}`).sort();
      for (const page of fullPages(l)) {
        const own = set(page);
        if (JSON.stringify(own) !== JSON.stringify(expected(page.path))) {
          problems.push(`${page.path}: hreflang links are [${own.join(", ")}]`);
          continue;
        }
        for (const a of page.alternates) {
          const target = byPath.get(a.href.slice(ORIGIN.length));
          if (!target) problems.push(`${page.path}: hreflang="${a.hreflang}" → ${a.href}: no such page`);
          else if (JSON.stringify(set(target)) !== JSON.stringify(own))
            problems.push(`${page.path}: hreflang="${a.hreflang}" → ${target.path} does not name the same pages back`);
        }
      }
      expect(problems.length, shown(problems)).toBe(0);
    },
  );

  it.each(LOCALES)("%s: the language switcher links to the same page in the other editions", (l) => {
    const problems: string[] = [];
    const label = DICTS[l]["language.aria"];
    for (const page of fullPages(l)) {
      if (page.switchers.length !== 1) {
        problems.push(`${page.path}: ${String(page.switchers.length)} language switchers`);
        continue;
      }
      const [nav] = page.switchers;
      if (!nav) continue;
      if (nav.label !== label)
        problems.push(`${page.path}: the switcher is named "${nav.label}", not "${String(label)}"`);
      if (nav.current.join() !== l) problems.push(`${page.path}: the switcher marks [${nav.current.join()}] current`);
      const links = nav.links.map((a) => `${a.hreflang}/${a.lang} ${a.href}`).sort();
      const want = LOCALES.filter((e) => e !== l)
        .map((e) => `${e}/${e} ${pathIn(page.path, e)}`)
        .sort();
      if (JSON.stringify(links) !== JSON.stringify(want))
        problems.push(`${page.path}: the switcher links [${links.join(", ")}], not [${want.join(", ")}]`);
      for (const a of nav.links)
        if (!byPath.has(a.href))
          problems.push(`${page.path}: the switcher's ${a.hreflang} link ${a.href}: no such page`);
    }
    expect(problems.length, shown(problems)).toBe(0);
  });

  it.each(LOCALES)("%s: og:locale is the edition's, and any og:locale:alternate names the others", (l) => {
    const others = LOCALES.filter((e) => e !== l)
      .map((e) => LOCALE_INFO[e].og)
      .sort();
    const problems: string[] = [];
    for (const page of fullPages(l)) {
      if (page.ogLocale.join() !== LOCALE_INFO[l].og)
        problems.push(`${page.path}: og:locale [${page.ogLocale.join()}]`);
      const alt = [...page.ogLocaleAlternate].sort();
      if (alt.length > 0 && alt.join() !== others.join())
        problems.push(`${page.path}: og:locale:alternate [${alt.join()}]`);
    }
    expect(problems.length, shown(problems)).toBe(0);
  });

  it.each(TRANSLATED)("%s: the words of every page's <main> are mostly Cyrillic", (l) => {
    const problems: string[] = [];
    for (const page of inEdition(l)) {
      const cyrillic = page.mainText.match(/\p{Script=Cyrillic}/gu)?.length ?? 0;
      const latin = page.mainText.match(/\p{Script=Latin}/gu)?.length ?? 0;
      if (cyrillic <= latin)
        problems.push(
          `${page.path}: ${String(cyrillic)} Cyrillic, ${String(latin)} Latin letters: “${page.mainText.slice(0, 80)}…”`,
        );
    }
    expect(problems.length, shown(problems)).toBe(0);
  });

  it.each(TRANSLATED)("%s: every declaration's scope on a country page is in the edition's words", (l) => {
    const states = JSON.parse(readFileSync(join(ROOT, "content/data/icc-states.json"), "utf8")) as {
      actions: { scope?: string }[];
    }[];
    const scopes = states.flatMap((s) => scopesOf(s.actions));
    const textAt = (path: string) => decode(readFileSync(fileFor(path) ?? "", "utf8"));
    const english = fullPages(DEFAULT_LOCALE)
      .filter((p) => p.path.startsWith("/countries/"))
      .map((p) => ({ path: p.path, text: textAt(p.path) }));
    const problems: string[] = [];
    let shownOn = 0;
    for (const scope of scopes) {
      const on = english.filter((p) => p.text.includes(scope));
      shownOn += on.length;
      for (const page of on) {
        const there = pathIn(page.path, l);
        if (fileFor(there) === null) problems.push(`${there}: missing`);
        else if (textAt(there).includes(scope)) problems.push(`${there}: “${scope.slice(0, 60)}…”`);
      }
    }
    expect(scopes.length, "declarations with a scope in content/data/icc-states.json").toBeGreaterThan(5);
    expect(shownOn, "English country pages that show a declaration's scope").toBeGreaterThanOrEqual(scopes.length);
    expect(problems, "scopes left in English").toEqual([]);
  });

  it.each(TRANSLATED)('%s: no English interface string is left on any page (outside lang="en")', (l) => {
    /** key → the English piece found and the pages it was found on. */
    const found = new Map<string, { piece: string; pages: Set<string> }>();
    for (const page of inEdition(l)) {
      const words = new Set(page.pageText.match(/\p{L}+/gu) ?? []);
      for (const { key, piece, word } of ENGLISH_PIECES[l]) {
        if (word !== "" && !words.has(word)) continue;
        if (!page.pageText.includes(piece)) continue;
        const entry = found.get(key) ?? { piece, pages: new Set<string>() };
        entry.pages.add(page.path);
        found.set(key, entry);
      }
    }
    const lines = [...found]
      .map(([key, { piece, pages: on }]) => [key, piece, [...on]] as const)
      .sort((a, b) => b[2].length - a[2].length)
      .map(([key, piece, on]) => {
        const where = on.slice(0, 3).join(", ") + (on.length > 3 ? ` and ${String(on.length - 3)} more` : "");
        return `${key} “${piece}”: ${String(on.length)} pages (${where})`;
      });
    expect(
      lines.length,
      `English interface strings on ${l} pages, by key: ${shown(lines, Math.max(60, Number(process.env["EDITIONS_SHOW"] ?? 0)))}`,
    ).toBe(0);
  });

  it.each(LOCALES)("%s: internal links stay in the edition and lead to files that exist", (l) => {
    const problems: string[] = [];
    const shared = /^\/(?:data|og|icons|_astro)\/|^\/favicon|^\/(?:rss\.xml|embed\.js)$/;
    for (const page of inEdition(l)) {
      for (const link of page.links) {
        if (offSite(link.href) || /^(?:mailto|tel):/i.test(link.href)) continue;
        let url: URL;
        try {
          url = new URL(link.href, `${ORIGIN}${page.path}`);
        } catch {
          problems.push(`${page.path}: ${link.href} is not a URL`);
          continue;
        }
        if (url.origin !== ORIGIN) continue;
        const target = decodeURIComponent(url.pathname);
        if (fileFor(target) === null) problems.push(`${page.path}: ${link.href}: no file in dist/`);
        else if (!link.inSwitcher && !link.marked && !shared.test(target) && localeOfPath(target) !== l)
          problems.push(`${page.path}: ${link.href} leads out of the ${l} edition`);
      }
    }
    expect(problems.length, shown(problems)).toBe(0);
  });
});

describe.runIf(built)("the sitemap", () => {
  const index = existsSync(join(DIST, "sitemap-index.xml"))
    ? readFileSync(join(DIST, "sitemap-index.xml"), "utf8")
    : "";
  /** Each <url> of every sitemap: its address and its alternates as "hreflang href". */
  const urls = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].flatMap((m) => {
    const file = fileFor(decode(m[1] ?? "").slice(ORIGIN.length));
    const xml = file ? readFileSync(file, "utf8") : "";
    return [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map((u) => ({
      loc: decode(/<loc>([^<]+)<\/loc>/.exec(u[1] ?? "")?.[1] ?? ""),
      links: [...(u[1] ?? "").matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)]
        .map((x) => `${x[1] ?? ""} ${decode(x[2] ?? "")}`)
        .sort(),
    }));
  });
  const listed = new Map(urls.map((u) => [u.loc.slice(ORIGIN.length), u.links]));

  it.each(LOCALES)("lists every %s page with its editions and x-default as alternates, as its head does", (l) => {
    expect(urls.length, "sitemap-index.xml names sitemaps with pages").toBeGreaterThan(0);
    const problems: string[] = [];
    for (const page of fullPages(l).filter((p) => !/\/404\.html$/.test(p.path))) {
      const links = listed.get(page.path);
      const head = page.alternates.map((a) => `${a.hreflang} ${a.href}`).sort();
      if (links === undefined) problems.push(`${page.path}: not in the sitemap`);
      else if (!links.some((x) => x.startsWith("x-default ")) || links.length !== LOCALES.length + 1)
        problems.push(`${page.path}: sitemap alternates [${links.join(", ")}]`);
      else if (JSON.stringify(links) !== JSON.stringify(head))
        problems.push(`${page.path}: sitemap alternates [${links.join(", ")}] differ from the head's`);
    }
    expect(problems.length, shown(problems)).toBe(0);
  });
});

describe.runIf(built).each(LOCALES)("the %s edition's feed", (l) => {
  const at = l === DEFAULT_LOCALE ? "" : `/${l}`;
  const file = join(DIST, at, "rss.xml");
  const xml = existsSync(file) ? readFileSync(file, "utf8") : "";
  const channel = xml.slice(0, xml.indexOf("<item>"));

  it(`is at ${at}/rss.xml, in the edition's language, and links into the edition`, () => {
    expect(xml, `${at}/rss.xml exists`).not.toBe("");
    const language = textOf(/<language>([^<]*)<\/language>/.exec(channel)?.[1] ?? "");
    expect(primary(language), `${at}/rss.xml <language>`).toBe(l);
    expect(textOf(/<link>([^<]*)<\/link>/.exec(channel)?.[1] ?? ""), "the channel's link").toBe(`${ORIGIN}${at}/`);
    const items = [...xml.matchAll(/<item>[\s\S]*?<link>([^<]*)<\/link>/g)].map((m) => textOf(m[1] ?? ""));
    expect(items.length).toBeGreaterThan(10);
    const outside = items.filter((link) => localeOfPath(new URL(link).pathname) !== l);
    expect(outside.slice(0, 5), `${String(outside.length)} items link out of the edition`).toEqual([]);
  });
});
