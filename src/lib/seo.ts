import * as routes from "./routes";
import type { Locale } from "./locales";
/**
 * Search and sharing metadata: page titles, absolute addresses, structured data (JSON-LD) and heading ids.
 * Pure functions; the site's address is passed in (it is `site` in astro.config.mjs, or SITE_URL).
 */

/** The longest <title> search results show in full (and html-validate's `long-title` limit). */
export const TITLE_MAX = 70;

/**
 * The <title>: "Timeline | The Putin Warrant, Explained" when that fits in `max` characters, else the page's
 * own title, cut at a word with "…" if even that is too long. The site's own name stands alone. Lengths
 * count characters as the HTML source writes them (an apostrophe is `&#39;`), as validators measure them.
 */
export function pageTitle(title: string, siteName: string, max: number = TITLE_MAX): string {
  if (title === siteName) return title;
  const full = `${title} | ${siteName}`;
  if (htmlLength(full) <= max) return full;
  if (htmlLength(title) <= max) return title;
  return clip(title, max - (htmlLength(title) - title.length));
}

/** Length of `text` once Astro escapes it for HTML: & < > " ' become entities. */
export function htmlLength(text: string): number {
  const escaped: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
  return text.replace(/[&<>"']/g, (c) => escaped[c] ?? c).length;
}

/** An absolute address on the site: ("/about/", "https://x.example") → "https://x.example/about/". */
export function absoluteUrl(path: string, site: URL | string): string {
  return new URL(path, site).href;
}

/**
 * JSON for a `<script type="application/ld+json">`: "<" is written as \u003c so no text in the data can
 * close the script element or open a comment; JSON parsers read it back unchanged.
 */
export function jsonLdText(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

/** The newsroom, as author and publisher. */
export function organization(name: string, site: URL | string) {
  return {
    "@type": "Organization",
    name,
    url: absoluteUrl(routes.home(), site),
    logo: { "@type": "ImageObject", url: absoluteUrl(routes.icon(512), site), width: 512, height: 512 },
  };
}

/** One step of a breadcrumb trail: a name and a path on the site. */
export interface Crumb {
  name: string;
  path: string;
}

/** schema.org BreadcrumbList for a nested page, from the home page down to the page itself. */
export function breadcrumbList(crumbs: readonly Crumb[], site: URL | string) {
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: crumbs.map((c, i) => ({
      "@type": "ListItem",
      position: i + 1,
      name: c.name,
      item: absoluteUrl(c.path, site),
    })),
  };
}

/** What the explainer's NewsArticle needs. */
export interface ArticleFacts {
  headline: string;
  description: string;
  published: string;
  updated: string;
  /** Path of the share card, e.g. "/og/index.png". */
  image: string;
  sources: readonly { url: string; title: string; publisher: string }[];
}

/** schema.org NewsArticle for the explainer, citing its sources. */
export function newsArticle(article: ArticleFacts, siteName: string, site: URL | string, locale: Locale = "en") {
  const org = organization(siteName, site);
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: article.headline,
    description: article.description,
    datePublished: article.published,
    dateModified: article.updated,
    mainEntityOfPage: absoluteUrl(routes.home(undefined, locale), site),
    url: absoluteUrl(routes.home(undefined, locale), site),
    inLanguage: locale,
    image: [absoluteUrl(article.image, site)],
    author: org,
    publisher: org,
    // The addresses of the sources alone: their titles and publishers are in the page, and each byte here is one
    // a phone downloads before the page is complete.
    citation: article.sources.map((s) => s.url),
  };
}

/** A file of a download: its path and media type. */
export interface DataFile {
  path: string;
  encodingFormat: string;
}

/** What one open-data download's Dataset needs. */
export interface DatasetFacts {
  name: string;
  description: string;
  /** Path of the page that documents it, e.g. "/about/#data-trips". */
  page: string;
  files: readonly DataFile[];
  dateModified: string;
}

export const CC_BY = "https://creativecommons.org/licenses/by/4.0/";

/** schema.org Dataset for a download, under CC BY 4.0. */
export function dataset(data: DatasetFacts, siteName: string, site: URL | string) {
  return {
    "@context": "https://schema.org",
    "@type": "Dataset",
    name: data.name,
    description: data.description,
    url: absoluteUrl(data.page, site),
    license: CC_BY,
    isAccessibleForFree: true,
    dateModified: data.dateModified,
    creator: organization(siteName, site),
    distribution: data.files.map((f) => ({
      "@type": "DataDownload",
      contentUrl: absoluteUrl(f.path, site),
      encodingFormat: f.encodingFormat,
    })),
  };
}

/**
 * A heading's id, as GitHub (and Astro's Markdown) makes it: lower case, punctuation dropped, spaces
 * as hyphens. "Doesn’t a sitting president have immunity?" → "doesnt-a-sitting-president-have-immunity".
 */
export function headingId(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, "")
    .replace(/ /g, "-");
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

/** The text of an HTML fragment: tags dropped, entities decoded, white space collapsed. */
export function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, "")
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
      if (code.startsWith("#x") || code.startsWith("#X")) return String.fromCodePoint(parseInt(code.slice(2), 16));
      if (code.startsWith("#")) return String.fromCodePoint(parseInt(code.slice(1), 10));
      return ENTITIES[code.toLowerCase()] ?? whole;
    })
    .replace(/\s+/g, " ")
    .trim();
}

/** Ids for the explainer's updates, `update-YYYY-MM-DD`, with `-2`, `-3` … for a second one on a day. */
export function updateIds(updates: readonly { date: string }[]): string[] {
  const seen = new Map<string, number>();
  return updates.map((u) => {
    const n = (seen.get(u.date) ?? 0) + 1;
    seen.set(u.date, n);
    return n === 1 ? `update-${u.date}` : `update-${u.date}-${String(n)}`;
  });
}

/** `text` cut at a word to at most `max` characters, with "…" when cut. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, "")}…`;
}
